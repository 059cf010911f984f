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
            var firstReached = new HashMap<>(p.firstTimes().sections());
            firstReached.putIfAbsent(sectionId, now());
            return new ChapterProgress(p.chapterId(), p.openedAt(), now(), sections, p.simulationRuns(),
                    p.checkpoints(), new ChapterProgress.FirstTimes(firstReached, p.firstTimes().simulations()));
        });
    }

    @Override
    public synchronized void ran(String chapterId, String simulationId) {
        update(chapterId, p -> {
            var runs = new HashMap<>(p.simulationRuns());
            runs.merge(simulationId, 1, Integer::sum);
            var firstRun = new HashMap<>(p.firstTimes().simulations());
            firstRun.putIfAbsent(simulationId, now());
            return new ChapterProgress(p.chapterId(), p.openedAt(), now(), p.sectionsReached(), runs,
                    p.checkpoints(), new ChapterProgress.FirstTimes(p.firstTimes().sections(), firstRun));
        });
    }

    @Override
    public synchronized void answered(String chapterId, String checkpointId, String response, Boolean correct,
                                      int attempt) {
        update(chapterId, p -> {
            var answers = new HashMap<>(p.checkpoints());
            CheckpointRecord before = answers.get(checkpointId);
            int attempts = Math.max(attempt, before != null ? before.attempts() : 1);
            Instant now = now();
            answers.put(checkpointId, new CheckpointRecord(response, correct, attempts, now,
                    before != null ? before.firstAnsweredAt() : now));
            return new ChapterProgress(p.chapterId(), p.openedAt(), now, p.sectionsReached(), p.simulationRuns(),
                    answers, p.firstTimes());
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
