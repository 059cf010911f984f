package org.learningmechanics.progress;

import java.io.Serializable;
import java.time.Instant;

/**
 * A learner's latest answer to one checkpoint and how many times they have answered it.
 *
 * @param correct null for an open question not (yet) self-assessed
 */
public record CheckpointRecord(String response, Boolean correct, int attempts, Instant answeredAt)
        implements Serializable {
}
