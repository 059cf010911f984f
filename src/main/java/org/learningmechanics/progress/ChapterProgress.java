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
 * simulations they ran (and how often), and their checkpoint answers; and when each section was first reached and
 * each simulation first run, which is when a requirement was met (see {@link #firstReached}).
 */
public record ChapterProgress(String chapterId, Instant openedAt, Instant lastActivityAt, Set<String> sectionsReached,
                              Map<String, Integer> simulationRuns, Map<String, CheckpointRecord> checkpoints,
                              FirstTimes firstTimes)
        implements Serializable {

    /**
     * When each section was first reached and each simulation first run. A record made before these were kept
     * knows none of them; its times fall back to the last activity.
     */
    public record FirstTimes(Map<String, Instant> sections, Map<String, Instant> simulations)
            implements Serializable {

        public static final FirstTimes UNKNOWN = new FirstTimes(Map.of(), Map.of());

        public FirstTimes {
            sections = Map.copyOf(sections);
            simulations = Map.copyOf(simulations);
        }

        /** These times with another record's: the earlier of each. */
        FirstTimes merge(FirstTimes other) {
            Map<String, Instant> mergedSections = new LinkedHashMap<>(sections);
            other.sections.forEach((id, at) -> mergedSections.merge(id, at, ChapterProgress::min));
            Map<String, Instant> mergedSimulations = new LinkedHashMap<>(simulations);
            other.simulations.forEach((id, at) -> mergedSimulations.merge(id, at, ChapterProgress::min));
            return new FirstTimes(mergedSections, mergedSimulations);
        }
    }

    public ChapterProgress {
        sectionsReached = Set.copyOf(new LinkedHashSet<>(sectionsReached));
        simulationRuns = Map.copyOf(simulationRuns);
        checkpoints = Map.copyOf(checkpoints);
        firstTimes = firstTimes == null ? FirstTimes.UNKNOWN : firstTimes;
    }

    /** Progress whose first times are not known (they read as the last activity). */
    public ChapterProgress(String chapterId, Instant openedAt, Instant lastActivityAt, Set<String> sectionsReached,
                           Map<String, Integer> simulationRuns, Map<String, CheckpointRecord> checkpoints) {
        this(chapterId, openedAt, lastActivityAt, sectionsReached, simulationRuns, checkpoints, FirstTimes.UNKNOWN);
    }

    public static ChapterProgress opened(String chapterId, Instant at) {
        return new ChapterProgress(chapterId, at, at, Set.of(), Map.of(), Map.of());
    }

    /** When the learner first reached a section they have reached. */
    public Instant firstReached(String sectionId) {
        return firstTimes.sections.getOrDefault(sectionId, lastActivityAt);
    }

    /** When the learner first ran a simulation they have run. */
    public Instant firstRun(String simulationId) {
        return firstTimes.simulations.getOrDefault(simulationId, lastActivityAt);
    }

    /** The id of the chapter's last section, which reading to the end means reaching; empty without sections. */
    public static java.util.Optional<String> lastSection(Chapter chapter) {
        return chapter.sections().stream().map(Section::id).filter(id -> !id.isEmpty())
                .reduce((first, second) -> second);
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
        return lastSection(chapter).map(sectionsReached::contains).orElse(true);
    }

    /**
     * This progress together with another record of the same chapter (a browser session's, carried into an
     * account): sections and runs add up, the earlier opening and every earlier first time count, and for each
     * checkpoint the later answer wins, its attempts being the sum and its first time the earlier.
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
                    latest.answeredAt(), min(mine.firstAnsweredAt(), added.firstAnsweredAt()));
        }));
        return new ChapterProgress(chapterId, min(openedAt, other.openedAt), max(lastActivityAt, other.lastActivityAt),
                sections, runs, answers, firstTimes.merge(other.firstTimes));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
