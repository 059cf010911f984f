package org.learningmechanics.book;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What counts as a right prediction for a checkpoint: one of several options, a number within a tolerance, or an
 * open question whose written prediction the learner compares with the answer themselves.
 */
public sealed interface AnswerSpec {

    Checkpoint.Result grade(String response);

    /** Multiple choice: the options as plain text (math as TeX), exactly one of them right. */
    record Choice(List<String> options, int rightIndex) implements AnswerSpec {

        public Choice {
            options = List.copyOf(options);
            if (rightIndex < 0 || rightIndex >= options.size()) {
                throw new IllegalArgumentException("no option " + rightIndex + " among " + options.size());
            }
        }

        public String right() {
            return options.get(rightIndex);
        }

        /** The response is the text of the option chosen. */
        @Override
        public Checkpoint.Result grade(String response) {
            int chosen = options.indexOf(response.strip());
            if (chosen < 0) {
                return Checkpoint.Result.invalid("Choose one of the options.");
            }
            return chosen == rightIndex ? Checkpoint.Result.right("Right.")
                    : Checkpoint.Result.wrong("Not quite — the answer is “" + right() + "”.");
        }
    }

    /**
     * A number: right when it lies within {@code tolerance} of {@code value} — an absolute distance, or when
     * {@code relative}, a fraction of {@code |value|}.
     *
     * @param unit shown beside the input and in messages; may be empty
     */
    record Numeric(double value, double tolerance, boolean relative, String unit) implements AnswerSpec {

        /** Plain decimal notation only: Java would also read "NaN", "Infinity", "1d" or hexadecimal as numbers. */
        private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

        public Numeric {
            if (!Double.isFinite(value) || !Double.isFinite(tolerance) || tolerance < 0) {
                throw new IllegalArgumentException("answer " + value + " ± " + tolerance);
            }
            unit = unit == null ? "" : unit;
        }

        @Override
        public Checkpoint.Result grade(String response) {
            String text = response.strip();
            if (text.isEmpty()) {
                return Checkpoint.Result.invalid("Enter a number.");
            }
            Double guess = parse(text);
            if (guess == null) {
                return Checkpoint.Result.invalid(NUMBER.matcher(normalise(text)).matches()
                        ? "That number is too large to compare."
                        : "“" + abbreviate(text) + "” is not a number: write it like 0.77, -2 or 1e-3.");
            }
            double bound = relative ? tolerance * Math.abs(value) : tolerance;
            // A little slack so that a guess written exactly on the boundary (0.82 for 0.77 ± 0.05) counts.
            boolean right = Math.abs(guess - value) <= bound + 1e-9 * Math.max(bound, Math.ulp(value));
            String answer = format(value) + withUnit() + " (give or take " + margin() + ")";
            return right ? Checkpoint.Result.right("Right: the answer is " + answer + ".")
                    : Checkpoint.Result.wrong("Not quite — the answer is " + answer + "; you said "
                    + format(guess) + withUnit() + ".");
        }

        /** A number in plain decimal notation (a Unicode minus is fine), or null when it is not a finite one. */
        static Double parse(String text) {
            String plain = normalise(text);
            if (!NUMBER.matcher(plain).matches()) {
                return null;
            }
            double x = Double.parseDouble(plain);
            return Double.isFinite(x) ? x : null;
        }

        private static String normalise(String text) {
            return text.strip().replace('\u2212', '-').replace(" ", "");
        }

        private String margin() {
            return relative ? format(100 * tolerance) + "%" : format(tolerance) + withUnit();
        }

        private String withUnit() {
            return unit.isEmpty() ? "" : " " + unit;
        }

        private static String format(double x) {
            String plain = String.format(Locale.ROOT, "%.6g", x);
            if (plain.contains("e")) {
                return plain.replaceFirst("\\.?0+e", "e");
            }
            return plain.contains(".") ? plain.replaceFirst("\\.?0+$", "") : plain;
        }

        private static String abbreviate(String text) {
            return text.length() <= 40 ? text : text.substring(0, 39) + "…";
        }
    }

    /** A conceptual question: any written prediction is accepted; the learner then judges it against the answer. */
    record Open() implements AnswerSpec {

        public static final int MAX_LENGTH = 2000;

        @Override
        public Checkpoint.Result grade(String response) {
            String text = response.strip();
            if (text.isEmpty()) {
                return Checkpoint.Result.invalid("Write down your prediction first, in a sentence or two.");
            }
            if (text.length() > MAX_LENGTH) {
                return Checkpoint.Result.invalid("Keep it to " + MAX_LENGTH + " characters; yours has "
                        + text.length() + ".");
            }
            return Checkpoint.Result.open("Prediction committed. Compare it with the answer below.");
        }
    }
}
