package org.learningmechanics.book;

/**
 * A "predict, then run" question of a chapter: its question and answer as plain text (math as TeX, for progress
 * tracking and search), and how a learner's prediction is judged.
 */
public record Checkpoint(String id, String question, String answer, AnswerSpec spec) {

    /** Judges a learner's prediction; never throws, whatever the input. */
    public Result grade(String response) {
        return spec.grade(response == null ? "" : response);
    }

    /**
     * How a prediction fared.
     *
     * @param valid   false when the input cannot be judged (not a number, empty): nothing is committed
     * @param correct right or wrong; null for an open question, which the learner judges themselves, or invalid input
     * @param message what to tell the learner, in plain words
     */
    public record Result(boolean valid, Boolean correct, String message) {

        static Result right(String message) {
            return new Result(true, true, message);
        }

        static Result wrong(String message) {
            return new Result(true, false, message);
        }

        static Result invalid(String message) {
            return new Result(false, null, message);
        }

        static Result open(String message) {
            return new Result(true, null, message);
        }
    }
}
