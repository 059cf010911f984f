package org.learningmechanics.book;

/**
 * Hears each prediction a learner commits to a checkpoint, to keep their progress. A Spring bean of this type, if
 * there is one, is told by the chapter page; without one nothing is recorded.
 *
 * <p>An open question is heard twice per attempt: when the prediction is committed ({@code correct} null), then
 * again, with the same {@code attempt}, when the learner judges it against the answer. Keep the last per attempt.
 */
public interface CheckpointListener {

    /**
     * @param response the prediction as the learner gave it: the option's text, the number as typed, or their words
     * @param correct  right or wrong; null while an open question is not yet judged by the learner
     * @param attempt  1 for the first committed prediction, then one more for each "Try again"
     */
    void answered(String chapterId, String checkpointId, String response, Boolean correct, int attempt);
}
