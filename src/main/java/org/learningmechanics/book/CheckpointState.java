package org.learningmechanics.book;

/**
 * What a learner last committed to a checkpoint, so a returning learner sees it.
 *
 * @param correct  as in {@link CheckpointListener#answered}: null for an open question not yet judged
 * @param attempts how many predictions they have committed (the last one is {@code response})
 */
public record CheckpointState(String response, Boolean correct, int attempts) {
}
