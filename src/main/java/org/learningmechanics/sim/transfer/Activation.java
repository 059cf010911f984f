package org.learningmechanics.sim.transfer;

import java.util.Locale;

/** The hidden layer's nonlinearity φ, with its slope written in terms of its value (both cases allow it). */
enum Activation {
    RELU {
        @Override
        double value(double z) {
            return Math.max(z, 0);
        }

        @Override
        double slopeAt(double value) {
            return value > 0 ? 1 : 0;
        }
    },
    TANH {
        @Override
        double value(double z) {
            return Math.tanh(z);
        }

        @Override
        double slopeAt(double value) {
            return 1 - value * value;
        }
    };

    abstract double value(double z);

    /** φ'(z) given φ(z): 1 − φ² for tanh, the indicator of φ &gt; 0 for ReLU (slope 0 taken at z = 0). */
    abstract double slopeAt(double value);

    static Activation named(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
