package org.learningmechanics.sim;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One typed, bounded parameter of a simulation. Its {@link #name()} is public contract: it appears in links, saved
 * experiments and the HTTP API, so it must never be renamed.
 *
 * <p>Numbers and integers carry a closed range {@code [min, max]}, a slider step and a scale (log scales are used
 * for quantities that span decades, such as an initialisation scale). Choices carry their allowed values.
 */
public record ParameterSpec(
        String name,
        String label,
        String unit,
        Type type,
        double min,
        double max,
        double step,
        Object defaultValue,
        Scale scale,
        List<String> choices,
        String description) {

    public enum Type { NUMBER, INTEGER, CHOICE }

    public enum Scale { LINEAR, LOG }

    public ParameterSpec {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        choices = List.copyOf(choices);
        if (type != Type.CHOICE && !(min < max)) {
            throw new IllegalArgumentException(name + ": min must be below max");
        }
        if (scale == Scale.LOG && min <= 0) {
            throw new IllegalArgumentException(name + ": a log-scale parameter needs a positive minimum");
        }
        if (type == Type.CHOICE && !choices.contains(defaultValue)) {
            throw new IllegalArgumentException(name + ": the default must be one of the choices");
        }
    }

    public static ParameterSpec number(String name, String label, String unit, double min, double max, double step,
                                       double defaultValue, Scale scale, String description) {
        return new ParameterSpec(name, label, unit, Type.NUMBER, min, max, step, defaultValue, scale, List.of(),
                description);
    }

    public static ParameterSpec integer(String name, String label, int min, int max, int defaultValue,
                                        String description) {
        return new ParameterSpec(name, label, "", Type.INTEGER, min, max, 1, (long) defaultValue, Scale.LINEAR,
                List.of(), description);
    }

    public static ParameterSpec choice(String name, String label, List<String> choices, String defaultValue,
                                       String description) {
        return new ParameterSpec(name, label, "", Type.CHOICE, Double.NaN, Double.NaN, Double.NaN, defaultValue,
                Scale.LINEAR, choices, description);
    }

    /**
     * Reads a value from its text form (as typed in a field, a link or a query string) and checks it.
     *
     * @throws InvalidParameterException with a message in plain words when the text is not an allowed value
     */
    public Object parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty()) {
            throw new InvalidParameterException(name, label + " needs a value.");
        }
        if (type == Type.CHOICE) {
            return checked(trimmed);
        }
        double value;
        try {
            value = Double.parseDouble(trimmed);
        } catch (NumberFormatException notANumber) {
            throw new InvalidParameterException(name, label + " must be a number, not \"" + abbreviate(trimmed) + "\".");
        }
        return checked(type == Type.INTEGER && isWhole(value) ? (Object) (long) value : (Object) value);
    }

    /** Checks a value of the right Java type (Double, Long or String) and returns it in canonical form. */
    public Object checked(Object value) {
        switch (type) {
            case CHOICE -> {
                if (!(value instanceof String s) || !choices.contains(s)) {
                    throw new InvalidParameterException(name,
                            label + " must be one of " + String.join(", ", choices) + ".");
                }
                return s;
            }
            case INTEGER -> {
                double d = asDouble(value);
                if (!isWhole(d)) {
                    throw new InvalidParameterException(name, label + " must be a whole number.");
                }
                checkRange(d);
                return (long) d;
            }
            default -> {
                double d = asDouble(value);
                checkRange(d);
                return d;
            }
        }
    }

    private double asDouble(Object value) {
        if (!(value instanceof Number number)) {
            throw new InvalidParameterException(name, label + " must be a number.");
        }
        double d = number.doubleValue();
        if (!Double.isFinite(d)) {
            throw new InvalidParameterException(name, label + " must be a finite number.");
        }
        return d;
    }

    private void checkRange(double d) {
        if (d < min || d > max) {
            throw new InvalidParameterException(name,
                    label + " must be between " + format(min) + " and " + format(max) + formattedUnit() + ".");
        }
    }

    /** Formats a value the way the UI and messages show it: short, without trailing zeros. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        double abs = Math.abs(value);
        return formatSignificant(value, abs != 0 && (abs < 1e-3 || abs >= 1e6) ? 3 : 6);
    }

    /** A value to a few significant digits, without trailing zeros: 0.00152, 1e-06, 100, 2.5. */
    public static String formatSignificant(double value, int digits) {
        String text = String.format(Locale.ROOT, "%." + digits + "g", value);
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        String exponent = e < 0 ? "" : text.substring(e);
        if (mantissa.contains(".")) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }

    private String formattedUnit() {
        return unit == null || unit.isEmpty() ? "" : " " + unit;
    }

    private static boolean isWhole(double d) {
        return Double.isFinite(d) && d == Math.rint(d);
    }

    /** A value as quoted back in a message: its first 24 characters, so an error never echoes a whole request. */
    public static String abbreviate(String text) {
        return text.length() > 24 ? text.substring(0, 24) + "…" : text;
    }
}
