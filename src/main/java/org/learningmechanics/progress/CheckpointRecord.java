package org.learningmechanics.progress;

import java.io.Serializable;
import java.time.Instant;

/**
 * A learner's latest answer to one checkpoint, how many times they have answered it, and when they first did.
 *
 * @param correct         null for an open question not (yet) self-assessed
 * @param answeredAt      when the latest answer was given
 * @param firstAnsweredAt when the checkpoint was first answered: what an assignment's completion time counts
 */
public record CheckpointRecord(String response, Boolean correct, int attempts, Instant answeredAt,
                               Instant firstAnsweredAt) implements Serializable {

    /** An answer given once, or whose first time is not known apart from its latest. */
    public CheckpointRecord(String response, Boolean correct, int attempts, Instant answeredAt) {
        this(response, correct, attempts, answeredAt, answeredAt);
    }

    public CheckpointRecord {
        if (firstAnsweredAt == null || firstAnsweredAt.isAfter(answeredAt)) {
            firstAnsweredAt = answeredAt;
        }
    }
}
