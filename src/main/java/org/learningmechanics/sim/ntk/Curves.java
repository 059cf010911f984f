package org.learningmechanics.sim.ntk;

import java.util.function.DoubleUnaryOperator;
import java.util.function.IntToDoubleFunction;

import org.learningmechanics.sim.Series;

/** Small builders for the series {@link NtkWidth} draws: single points, curves over steps, curves over angles. */
final class Curves {

    private Curves() {
    }

    /** One point, for a measurement streamed as it is made. */
    static Series point(double x, double y) {
        return new Series(new double[] {x}, new double[] {y});
    }

    /** Values against their step number 0, 1, 2, … */
    static Series steps(double[] values) {
        double[] t = new double[values.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        return new Series(t, values);
    }

    /** f(x) at the points x(0), …, x(count − 1). */
    static Series of(int count, IntToDoubleFunction x, DoubleUnaryOperator f) {
        double[] xs = new double[count];
        double[] ys = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = x.applyAsDouble(i);
            ys[i] = f.applyAsDouble(xs[i]);
        }
        return new Series(xs, ys);
    }

    /** Measured values at the points x(0), …, x(count − 1). */
    static Series of(int count, IntToDoubleFunction x, double[] values) {
        double[] xs = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = x.applyAsDouble(i);
        }
        return new Series(xs, values);
    }
}
