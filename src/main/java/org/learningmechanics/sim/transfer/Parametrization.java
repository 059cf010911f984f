package org.learningmechanics.sim.transfer;

import java.util.Locale;

/**
 * How initial readout scale, output multiplier and learning rate depend on the width N (Yang &amp; Hu 2021,
 * arXiv:2011.14522; for one hidden layer μP coincides with the mean-field parametrisation).
 */
enum Parametrization {
    /** Standard: f = Σ aᵢ φ(wᵢ·x), aᵢ ~ N(0, 1/N), one rate η for every parameter. */
    SP {
        @Override
        double readoutStd(int width) {
            return 1 / Math.sqrt(width);
        }

        @Override
        double outputScale(int width) {
            return 1;
        }

        @Override
        double rateScale(int width) {
            return 1;
        }
    },
    /** Maximal update: f = (1/N) Σ aᵢ φ(wᵢ·x), aᵢ ~ N(0, 1), every parameter trained with rate η·N. */
    MUP {
        @Override
        double readoutStd(int width) {
            return 1;
        }

        @Override
        double outputScale(int width) {
            return 1.0 / width;
        }

        @Override
        double rateScale(int width) {
            return width;
        }
    };

    abstract double readoutStd(int width);

    abstract double outputScale(int width);

    abstract double rateScale(int width);

    static Parametrization named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
