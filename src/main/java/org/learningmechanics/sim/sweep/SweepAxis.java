package org.learningmechanics.sim.sweep;

import java.util.Arrays;

import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterSpec;

/**
 * One swept parameter: {@code points} values from {@code from} to {@code to}, evenly spaced on the parameter's own
 * scale (geometrically for log-scale parameters). Integer parameters are rounded and duplicates dropped, so a sweep
 * of depth 2–6 over 20 points runs 5 networks, not 20.
 */
public record SweepAxis(ParameterSpec parameter, double from, double to, int points) {

    public static final int MAX_POINTS = 40;

    public SweepAxis {
        if (parameter.type() == ParameterSpec.Type.CHOICE) {
            throw new InvalidParameterException(parameter.name(), parameter.label() + " has no range to sweep.");
        }
        parameter.checked(from);
        parameter.checked(to);
        if (!(from < to)) {
            throw new InvalidParameterException(parameter.name(),
                    "A sweep of " + parameter.label() + " must go from a smaller to a larger value.");
        }
        if (points < 2 || points > MAX_POINTS) {
            throw new InvalidParameterException(parameter.name(),
                    "A sweep takes between 2 and " + MAX_POINTS + " points.");
        }
    }

    /** The swept values, ascending. */
    public double[] values() {
        double[] values = new double[points];
        boolean log = parameter.scale() == ParameterSpec.Scale.LOG;
        for (int i = 0; i < points; i++) {
            double f = (double) i / (points - 1);
            values[i] = log ? from * Math.pow(to / from, f) : from + f * (to - from);
        }
        values[points - 1] = to; // exactly, whatever the rounding on the way
        if (parameter.type() == ParameterSpec.Type.INTEGER) {
            return Arrays.stream(values).map(Math::rint).distinct().toArray();
        }
        return values;
    }

    /** The value in the form the parameter takes (Long for integers). */
    Object typed(double value) {
        return parameter.type() == ParameterSpec.Type.INTEGER ? (Object) (long) value : (Object) value;
    }
}
