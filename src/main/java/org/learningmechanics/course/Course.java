package org.learningmechanics.course;

import java.time.Instant;
import java.util.UUID;

/**
 * A class an instructor teaches: what it is called, its join code (which learners type, or follow as a link), and
 * whether it still takes part (an archived course takes no one new and marks nothing in the contents).
 */
public record Course(UUID id, String title, String term, String description, String joinCode, boolean joinEnabled,
                     boolean archived, Instant createdAt) {

    /** The path a learner follows to join: {@code join/<code>}. */
    public String joinPath() {
        return "join/" + joinCode;
    }

    /** "Title (term)", or the title alone when there is no term. */
    public String label() {
        return term.isEmpty() ? title : title + " (" + term + ")";
    }
}
