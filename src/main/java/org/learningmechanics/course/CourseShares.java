package org.learningmechanics.course;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Work a learner shares with their courses, contributed by another feature (saved experiments with the visibility
 * "course") so that courses need not know it. Instructors see it beside the learner's answers.
 */
public interface CourseShares {

    /** What {@code owner} shares with the courses they are in, newest first. */
    List<SharedWork> sharedBy(UUID owner);

    /**
     * One shared item.
     *
     * @param path where it opens, relative to the application (e.g. {@code x/<slug>})
     */
    record SharedWork(String title, String simulationId, String path, Instant createdAt) {
    }
}
