package org.learningmechanics.course;

import java.time.Instant;
import java.util.UUID;

/** A learner in a course, as its instructors see them. */
public record RosterEntry(UUID accountId, String name, String email, Instant joinedAt) {
}
