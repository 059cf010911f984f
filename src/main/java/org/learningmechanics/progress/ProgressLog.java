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

    void answered(String chapterId, String checkpointId, String response, Boolean correct);

    /** Every chapter the learner has opened, by chapter id. */
    Map<String, ChapterProgress> all();
}
