package org.learningmechanics.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.learningmechanics.book.AnswerSpec;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.book.Section;

class ChapterProgressTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    private final Chapter chapter = new Chapter("c", "C", "1", 10, "", List.of(), List.of(), 5, List.of(),
            List.of(new Section("", "C", 1, ""), new Section("first", "First", 2, ""),
                    new Section("last", "Last", 2, "")),
            List.of(new Checkpoint("q1", "?", "!", new AnswerSpec.Open()), new Checkpoint("q2", "?", "!", new AnswerSpec.Open())), List.of(), List.of());

    private static CheckpointRecord answer(boolean correct, int attempts, Instant at) {
        return new CheckpointRecord("r", correct, attempts, at);
    }

    @Test
    void doneNeedsTheLastSectionReachedAndEveryCheckpointAnswered() {
        var opened = ChapterProgress.opened("c", T0);
        assertThat(opened.status(chapter)).isEqualTo(ChapterStatus.IN_PROGRESS);
        var read = new ChapterProgress("c", T0, T0, Set.of("first", "last"), Map.of(), Map.of("q1", answer(true, 1, T0)));
        assertThat(read.status(chapter)).as("one checkpoint unanswered").isEqualTo(ChapterStatus.IN_PROGRESS);
        var answered = new ChapterProgress("c", T0, T0, Set.of("first"), Map.of(),
                Map.of("q1", answer(true, 1, T0), "q2", answer(false, 2, T0)));
        assertThat(answered.status(chapter)).as("not read to the end").isEqualTo(ChapterStatus.IN_PROGRESS);
        var done = new ChapterProgress("c", T0, T0, Set.of("last"), Map.of(),
                Map.of("q1", answer(true, 1, T0), "q2", answer(false, 2, T0)));
        assertThat(done.status(chapter)).as("a wrong answer still counts as answered").isEqualTo(ChapterStatus.DONE);
    }

    @Test
    void mergingAddsRunsAndAttemptsUnitesSectionsAndKeepsTheLaterAnswer() {
        var account = new ChapterProgress("c", T0.plusSeconds(60), T0.plusSeconds(60), Set.of("first"),
                Map.of("deep-linear", 2), Map.of("q1", answer(false, 1, T0.plusSeconds(60))));
        var session = new ChapterProgress("c", T0, T0.plusSeconds(120), Set.of("last"),
                Map.of("deep-linear", 1, "kernel-eigenlearning", 3), Map.of("q1", answer(true, 2, T0.plusSeconds(120))));

        var merged = account.merge(session);

        assertThat(merged.openedAt()).isEqualTo(T0);
        assertThat(merged.lastActivityAt()).isEqualTo(T0.plusSeconds(120));
        assertThat(merged.sectionsReached()).containsExactlyInAnyOrder("first", "last");
        assertThat(merged.simulationRuns()).containsEntry("deep-linear", 3).containsEntry("kernel-eigenlearning", 3);
        assertThat(merged.checkpoints().get("q1").correct()).isTrue();
        assertThat(merged.checkpoints().get("q1").attempts()).isEqualTo(3);
        assertThat(merged.totalRuns()).isEqualTo(6);
    }

    @Test
    void theSessionLogCountsRunsAndAttempts() {
        var log = new SessionProgress(java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC));
        log.opened("c");
        log.reached("c", "first");
        log.reached("c", "first");
        log.ran("c", "deep-linear");
        log.ran("c", "deep-linear");
        log.answered("c", "q1", "0.5", false, 1);
        log.answered("c", "q1", "0.77", null, 2);
        log.answered("c", "q1", "0.77", true, 2);
        ChapterProgress p = log.all().get("c");
        assertThat(p.sectionsReached()).containsExactly("first");
        assertThat(p.simulationRuns()).containsEntry("deep-linear", 2);
        assertThat(p.checkpoints().get("q1")).isEqualTo(new CheckpointRecord("0.77", true, 2, T0));
    }

    @Test
    void theSessionLogKeepsWhenEachThingWasFirstDoneAndMergingKeepsTheEarlier() {
        var now = new java.util.concurrent.atomic.AtomicReference<>(T0);
        var log = new SessionProgress(new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        });
        now.set(T0.plusSeconds(2));
        log.reached("c", "first");
        now.set(T0.plusSeconds(4));
        log.ran("c", "deep-linear");
        now.set(T0.plusSeconds(5));
        log.answered("c", "q1", "0.5", false, 1);
        now.set(T0.plusSeconds(9));
        log.reached("c", "first");
        log.ran("c", "deep-linear");
        log.answered("c", "q1", "0.77", true, 2);
        ChapterProgress p = log.all().get("c");
        assertThat(p.firstReached("first")).isEqualTo(T0.plusSeconds(2));
        assertThat(p.firstRun("deep-linear")).isEqualTo(T0.plusSeconds(4));
        CheckpointRecord q1 = p.checkpoints().get("q1");
        assertThat(q1.firstAnsweredAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(q1.answeredAt()).isAfter(q1.firstAnsweredAt());

        var earlier = new ChapterProgress("c", T0, T0, Set.of("first"), Map.of("deep-linear", 1),
                Map.of("q1", answer(false, 1, T0)),
                new ChapterProgress.FirstTimes(Map.of("first", T0), Map.of("deep-linear", T0)));
        ChapterProgress merged = p.merge(earlier);
        assertThat(merged.firstReached("first")).isEqualTo(T0);
        assertThat(merged.firstRun("deep-linear")).isEqualTo(T0);
        assertThat(merged.checkpoints().get("q1").firstAnsweredAt()).isEqualTo(T0);
        assertThat(merged.checkpoints().get("q1").response()).isEqualTo("0.77");
    }
}
