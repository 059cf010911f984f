package org.learningmechanics.progress;

import java.util.Map;

/**
 * What a learner does while reading, recorded as it happens. One implementation keeps it in the browser session
 * for a visitor; the other writes it to PostgreSQL for a signed-in learner.
 */
public interface ProgressLog {

    void opened(String chapterId);

    void reached(String chapterId, String sectionId);

    void ran(String chapterId, String simulationId);

    /**
     * A committed prediction. {@code attempt} counts from 1 for the learner's first answer to this checkpoint; an
     * open question is reported twice with the same attempt (on commit, unjudged, then with the learner's own
     * verdict), so the stored attempts are the highest number reported, not a count of calls.
     */
    void answered(String chapterId, String checkpointId, String response, Boolean correct, int attempt);

    /** Every chapter the learner has opened, by chapter id. */
    Map<String, ChapterProgress> all();
}
