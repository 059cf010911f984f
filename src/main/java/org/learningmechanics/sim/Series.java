package org.learningmechanics.sim;

import java.util.Arrays;

/** A named curve: y against x, both of the same length. Arrays are defensive copies. */
public record Series(double[] x, double[] y) {

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        x = x.clone();
        y = y.clone();
    }

    public int size() {
        return x.length;
    }

    public double lastY() {
        return y[y.length - 1];
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Series s && Arrays.equals(x, s.x) && Arrays.equals(y, s.y);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(x) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Series[" + x.length + " points]";
    }
}
