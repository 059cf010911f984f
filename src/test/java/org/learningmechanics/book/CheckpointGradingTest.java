package org.learningmechanics.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Judging predictions: options, numbers within a tolerance, open questions; bad input is explained, never thrown. */
class CheckpointGradingTest {

    private static Checkpoint checkpoint(AnswerSpec spec) {
        return new Checkpoint("q", "Question?", "Answer.", spec);
    }

    private final Checkpoint choice = checkpoint(new AnswerSpec.Choice(
            List.of("About 0.77 time units later", "Twice as late", "No later"), 0));
    private final Checkpoint absolute = checkpoint(new AnswerSpec.Numeric(0.77, 0.05, false, "time units"));
    private final Checkpoint relative = checkpoint(new AnswerSpec.Numeric(50, 0.1, true, ""));
    private final Checkpoint open = checkpoint(new AnswerSpec.Open());

    @Test
    void theRightOptionIsRightAndAWrongOneNamesTheRightOne() {
        assertThat(choice.grade("About 0.77 time units later")).isEqualTo(new Checkpoint.Result(true, true, "Right."));
        assertThat(choice.grade("Twice as late")).isEqualTo(new Checkpoint.Result(true, false,
                "Not quite — the answer is “About 0.77 time units later”."));
    }

    @Test
    void noOptionOrAnUnknownOneIsNotJudged() {
        assertThat(choice.grade("")).isEqualTo(new Checkpoint.Result(false, null, "Choose one of the options."));
        assertThat(choice.grade(null).valid()).isFalse();
        assertThat(choice.grade("Three times as late").valid()).isFalse();
    }

    @Test
    void aNumberOnTheEdgeOfTheToleranceIsRightAndJustBeyondItIsWrong() {
        assertThat(absolute.grade("0.82").correct()).isTrue();
        assertThat(absolute.grade("0.72").correct()).isTrue();
        assertThat(absolute.grade("0.77").correct()).isTrue();
        assertThat(absolute.grade("0.8201").correct()).isFalse();
        assertThat(absolute.grade("0.7199").correct()).isFalse();
        assertThat(absolute.grade(" 7.7e-1 ").correct()).isTrue();
        assertThat(absolute.grade("0.8").message())
                .isEqualTo("Right: the answer is 0.77 time units (give or take 0.05 time units).");
        assertThat(absolute.grade("1.5").message())
                .isEqualTo("Not quite — the answer is 0.77 time units (give or take 0.05 time units); you said "
                        + "1.5 time units.");
    }

    @Test
    void aRelativeToleranceIsAFractionOfTheAnswer() {
        assertThat(relative.grade("55").correct()).isTrue();
        assertThat(relative.grade("45").correct()).isTrue();
        assertThat(relative.grade("55.01").correct()).isFalse();
        assertThat(relative.grade("44.99").correct()).isFalse();
        assertThat(relative.grade("60").message()).isEqualTo("Not quite — the answer is 50 (give or take 10%); you said 60.");
        Checkpoint negative = checkpoint(new AnswerSpec.Numeric(-2, 0.5, true, ""));
        assertThat(negative.grade("−3.1").correct()).as("a Unicode minus, 55% off").isFalse();
        assertThat(negative.grade("-2.5").correct()).isTrue();
    }

    @Test
    void aZeroToleranceAsksForTheExactNumber() {
        Checkpoint exact = checkpoint(new AnswerSpec.Numeric(50, 0, false, ""));
        assertThat(exact.grade("50").correct()).isTrue();
        assertThat(exact.grade("50.0000001").correct()).isFalse();
    }

    @Test
    void whatIsNotAPlainFiniteNumberIsExplainedNotThrown() {
        assertThat(absolute.grade("abc")).isEqualTo(new Checkpoint.Result(false, null,
                "“abc” is not a number: write it like 0.77, -2 or 1e-3."));
        assertThat(absolute.grade("")).isEqualTo(new Checkpoint.Result(false, null, "Enter a number."));
        assertThat(absolute.grade("   ").valid()).isFalse();
        for (String bad : List.of("NaN", "Infinity", "-Infinity", "∞", "0x1p3", "1d", "1f", "0.77 time units",
                "1,5", "--1", "1e", ".")) {
            assertThat(absolute.grade(bad).valid()).as(bad).isFalse();
            assertThat(absolute.grade(bad).message()).as(bad).contains("is not a number");
        }
        assertThat(absolute.grade("1e400")).isEqualTo(new Checkpoint.Result(false, null,
                "That number is too large to compare."));
        assertThat(absolute.grade("x".repeat(100)).message()).hasSizeLessThan(100);
    }

    @Test
    void anOpenQuestionAcceptsAnyPredictionUpToTwoThousandCharacters() {
        var committed = open.grade("It reaches half strength later, by about ln(100)/6.");
        assertThat(committed.valid()).isTrue();
        assertThat(committed.correct()).isNull();
        assertThat(open.grade("x".repeat(2000)).valid()).isTrue();
        assertThat(open.grade("x".repeat(2001))).isEqualTo(new Checkpoint.Result(false, null,
                "Keep it to 2000 characters; yours has 2001."));
        assertThat(open.grade("  \n ")).isEqualTo(new Checkpoint.Result(false, null,
                "Write down your prediction first, in a sentence or two."));
    }
}
