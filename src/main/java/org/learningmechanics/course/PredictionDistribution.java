package org.learningmechanics.course;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.learningmechanics.book.AnswerSpec;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.CheckpointRecord;

/**
 * What a class predicted for one checkpoint, against the right answer: for multiple choice, how many chose each
 * option; for a number, how many were too low, right (within the tolerance) or too high, and the median guess.
 * Open questions have no answer to count against and are left out.
 *
 * @param median the middle numeric guess, or null (choice questions, no answers)
 */
public record PredictionDistribution(String chapterId, String chapterTitle, Checkpoint checkpoint, String rightAnswer,
                                     List<Bar> bars, int answered, Double median) {

    /** One bar: a label, how many answered so, and whether that is the right answer. */
    public record Bar(String label, int count, boolean right) {
    }

    /** The distribution of the class's latest answers, or null for an open question. */
    public static PredictionDistribution of(String chapterId, String chapterTitle, Checkpoint checkpoint,
                                            Collection<ChapterProgress> classProgress) {
        List<String> responses = classProgress.stream().filter(Objects::nonNull)
                .map(p -> p.checkpoints().get(checkpoint.id())).filter(Objects::nonNull)
                .map(CheckpointRecord::response).toList();
        return switch (checkpoint.spec()) {
            case AnswerSpec.Choice choice -> {
                List<Bar> bars = new ArrayList<>();
                for (int i = 0; i < choice.options().size(); i++) {
                    String option = choice.options().get(i);
                    int n = (int) responses.stream().filter(r -> r.strip().equals(option)).count();
                    bars.add(new Bar(option, n, i == choice.rightIndex()));
                }
                yield new PredictionDistribution(chapterId, chapterTitle, checkpoint, choice.right(), bars,
                        responses.size(), null);
            }
            case AnswerSpec.Numeric numeric -> numeric(chapterId, chapterTitle, checkpoint, numeric, responses);
            case AnswerSpec.Open open -> null;
        };
    }

    private static PredictionDistribution numeric(String chapterId, String chapterTitle, Checkpoint checkpoint,
                                                  AnswerSpec.Numeric spec, List<String> responses) {
        double bound = spec.relative() ? spec.tolerance() * Math.abs(spec.value()) : spec.tolerance();
        List<Double> guesses = new ArrayList<>();
        int low = 0;
        int right = 0;
        int high = 0;
        for (String response : responses) {
            Checkpoint.Result graded = checkpoint.grade(response);
            Double guess = number(response);
            if (!graded.valid() || guess == null) {
                continue;
            }
            guesses.add(guess);
            if (Boolean.TRUE.equals(graded.correct())) {
                right++;
            } else if (guess < spec.value()) {
                low++;
            } else {
                high++;
            }
        }
        String unit = spec.unit().isEmpty() ? "" : " " + spec.unit();
        String answer = format(spec.value()) + " ± " + format(bound) + unit;
        List<Bar> bars = List.of(new Bar("Below " + format(spec.value() - bound) + unit, low, false),
                new Bar("Right: " + answer, right, true),
                new Bar("Above " + format(spec.value() + bound) + unit, high, false));
        guesses.sort(Double::compare);
        Double median = guesses.isEmpty() ? null : guesses.size() % 2 == 1 ? guesses.get(guesses.size() / 2)
                : (guesses.get(guesses.size() / 2 - 1) + guesses.get(guesses.size() / 2)) / 2;
        return new PredictionDistribution(chapterId, chapterTitle, checkpoint, answer, bars, guesses.size(), median);
    }

    private static Double number(String response) {
        try {
            double x = Double.parseDouble(response.strip().replace('\u2212', '-').replace(" ", ""));
            return Double.isFinite(x) ? x : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A number in at most four significant digits, without trailing zeros. */
    public static String format(double x) {
        String plain = String.format(Locale.ROOT, "%.4g", x);
        if (plain.contains("e")) {
            return plain.replaceFirst("\\.?0+e", "e");
        }
        return plain.contains(".") ? plain.replaceFirst("\\.?0+$", "") : plain;
    }
}
