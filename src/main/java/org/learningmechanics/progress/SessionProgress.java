package org.learningmechanics.progress;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * A visitor's progress, kept with their browser session until they sign up or sign in, when it is carried into the
 * account ({@link ProgressRepository#merge}). Also where a signed-in learner's writes wait if the database cannot
 * take them, so nothing is lost while it is away.
 */
public final class SessionProgress implements ProgressLog, Serializable {

    private final Map<String, ChapterProgress> chapters = new LinkedHashMap<>();
    private final transient Clock clock;

    public SessionProgress(Clock clock) {
        this.clock = clock;
    }

    private Instant now() {
        return clock == null ? Instant.now() : clock.instant();
    }

    @Override
    public synchronized void opened(String chapterId) {
        update(chapterId, p -> p);
    }

    @Override
    public synchronized void reached(String chapterId, String sectionId) {
        update(chapterId, p -> {
            var sections = new LinkedHashSet<>(p.sectionsReached());
            sections.add(sectionId);
            return new ChapterProgress(p.chapterId(), p.openedAt(), now(), sections, p.simulationRuns(),
                    p.checkpoints());
        });
    }

    @Override
    public synchronized void ran(String chapterId, String simulationId) {
        update(chapterId, p -> {
            var runs = new HashMap<>(p.simulationRuns());
            runs.merge(simulationId, 1, Integer::sum);
            return new ChapterProgress(p.chapterId(), p.openedAt(), now(), p.sectionsReached(), runs,
                    p.checkpoints());
        });
    }

    @Override
    public synchronized void answered(String chapterId, String checkpointId, String response, Boolean correct,
                                      int attempt) {
        update(chapterId, p -> {
            var answers = new HashMap<>(p.checkpoints());
            int attempts = Math.max(attempt, answers.containsKey(checkpointId) ? answers.get(checkpointId).attempts() : 1);
            answers.put(checkpointId, new CheckpointRecord(response, correct, attempts, now()));
            return new ChapterProgress(p.chapterId(), p.openedAt(), now(), p.sectionsReached(), p.simulationRuns(),
                    answers);
        });
    }

    @Override
    public synchronized Map<String, ChapterProgress> all() {
        return Map.copyOf(chapters);
    }

    public synchronized boolean isEmpty() {
        return chapters.isEmpty();
    }

    public synchronized void clear() {
        chapters.clear();
    }

    private void update(String chapterId, java.util.function.UnaryOperator<ChapterProgress> change) {
        ChapterProgress current = chapters.getOrDefault(chapterId, ChapterProgress.opened(chapterId, now()));
        chapters.put(chapterId, change.apply(current));
    }
}
