package org.learningmechanics.progress;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.book.Section;

/**
 * Everything one learner has done in one chapter: when they opened it, the sections they scrolled to, the
 * simulations they ran (and how often), and their checkpoint answers.
 */
public record ChapterProgress(String chapterId, Instant openedAt, Instant lastActivityAt, Set<String> sectionsReached,
                              Map<String, Integer> simulationRuns, Map<String, CheckpointRecord> checkpoints)
        implements Serializable {

    public ChapterProgress {
        sectionsReached = Set.copyOf(new LinkedHashSet<>(sectionsReached));
        simulationRuns = Map.copyOf(simulationRuns);
        checkpoints = Map.copyOf(checkpoints);
    }

    public static ChapterProgress opened(String chapterId, Instant at) {
        return new ChapterProgress(chapterId, at, at, Set.of(), Map.of(), Map.of());
    }

    public int totalRuns() {
        return simulationRuns.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Where the learner stands. Done means the chapter's objectives are met as the book defines them: read to the
     * end (its last section reached) and every checkpoint answered, right or not.
     */
    public ChapterStatus status(Chapter chapter) {
        boolean allAnswered = chapter.checkpoints().stream().map(Checkpoint::id).allMatch(checkpoints::containsKey);
        return readToEnd(chapter) && allAnswered ? ChapterStatus.DONE : ChapterStatus.IN_PROGRESS;
    }

    /** Whether the learner has reached the chapter's last section (true for a chapter without sections). */
    public boolean readToEnd(Chapter chapter) {
        return chapter.sections().stream().map(Section::id).filter(id -> !id.isEmpty())
                .reduce((first, second) -> second).map(sectionsReached::contains).orElse(true);
    }

    /**
     * This progress together with another record of the same chapter (a browser session's, carried into an
     * account): sections and runs add up, the earlier opening counts, and for each checkpoint the record with more
     * attempts wins (ties: the later answer), its attempts being the sum.
     */
    public ChapterProgress merge(ChapterProgress other) {
        Set<String> sections = new LinkedHashSet<>(sectionsReached);
        sections.addAll(other.sectionsReached);
        Map<String, Integer> runs = new LinkedHashMap<>(simulationRuns);
        other.simulationRuns.forEach((sim, n) -> runs.merge(sim, n, Integer::sum));
        Map<String, CheckpointRecord> answers = new LinkedHashMap<>(checkpoints);
        other.checkpoints.forEach((id, theirs) -> answers.merge(id, theirs, (mine, added) -> {
            CheckpointRecord latest = added.answeredAt().isAfter(mine.answeredAt()) ? added : mine;
            return new CheckpointRecord(latest.response(), latest.correct(), mine.attempts() + added.attempts(),
                    latest.answeredAt());
        }));
        return new ChapterProgress(chapterId, min(openedAt, other.openedAt), max(lastActivityAt, other.lastActivityAt),
                sections, runs, answers);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
