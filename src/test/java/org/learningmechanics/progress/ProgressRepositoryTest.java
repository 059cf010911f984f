package org.learningmechanics.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Progress against a real PostgreSQL: each event is one upsert, and accounts never see each other's rows. */
@SpringBootTest
class ProgressRepositoryTest {

    @Autowired
    ProgressRepository progress;
    @Autowired
    AccountService accounts;

    private Account learner() {
        return accounts.signUp("Lea", "learner-" + java.util.UUID.randomUUID() + "@example.org",
                "correct horse battery", false);
    }

    @Test
    void everyEventIsStoredAndCountedForItsOwnAccountOnly() {
        Account ada = learner();
        Account bea = learner();
        ProgressLog log = progress.of(ada.id());
        log.opened("deep-linear-networks");
        log.reached("deep-linear-networks", "the-setting");
        log.reached("deep-linear-networks", "the-setting");
        log.reached("deep-linear-networks", "depth");
        log.ran("deep-linear-networks", "deep-linear");
        log.ran("deep-linear-networks", "deep-linear");
        log.answered("deep-linear-networks", "hundredfold-smaller", "0.5", false, 1);
        log.answered("deep-linear-networks", "hundredfold-smaller", "0.77", null, 2);
        log.answered("deep-linear-networks", "hundredfold-smaller", "0.77", true, 2);

        ChapterProgress stored = progress.load(ada.id()).get("deep-linear-networks");
        assertThat(stored.sectionsReached()).containsExactlyInAnyOrder("the-setting", "depth");
        assertThat(stored.simulationRuns()).containsExactly(Map.entry("deep-linear", 2));
        CheckpointRecord answer = stored.checkpoints().get("hundredfold-smaller");
        assertThat(answer.response()).isEqualTo("0.77");
        assertThat(answer.correct()).isTrue();
        assertThat(answer.attempts()).isEqualTo(2);

        assertThat(progress.load(bea.id())).isEmpty();
    }

    @Test
    void aSessionsProgressIsAddedToTheAccountsNotWrittenOverIt() {
        Account ada = learner();
        progress.of(ada.id()).ran("simple-laws", "edge-of-stability");
        progress.of(ada.id()).answered("simple-laws", "q", "old", false, 1);

        Instant later = Instant.now().plusSeconds(5);
        var session = new ChapterProgress("simple-laws", Instant.parse("2026-01-01T00:00:00Z"), later,
                Set.of("intro"), Map.of("edge-of-stability", 2),
                Map.of("q", new CheckpointRecord("new", true, 1, later)));
        progress.merge(ada.id(), Map.of("simple-laws", session, "tractable-limits",
                ChapterProgress.opened("tractable-limits", later)));

        Map<String, ChapterProgress> all = progress.load(ada.id());
        assertThat(all).containsOnlyKeys("simple-laws", "tractable-limits");
        ChapterProgress merged = all.get("simple-laws");
        assertThat(merged.openedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(merged.sectionsReached()).containsExactly("intro");
        assertThat(merged.simulationRuns()).containsEntry("edge-of-stability", 3);
        assertThat(merged.checkpoints().get("q").response()).isEqualTo("new");
        assertThat(merged.checkpoints().get("q").attempts()).isEqualTo(2);
    }

    @Test
    void theFirstTimeOfEachRequirementStaysWhenTheLearnerComesBack() {
        Account ada = learner();
        ProgressLog log = progress.of(ada.id());
        log.reached("simple-laws", "intro");
        log.ran("simple-laws", "scaling-laws");
        log.answered("simple-laws", "q", "first", false, 1);
        ChapterProgress first = progress.load(ada.id()).get("simple-laws");

        log.reached("simple-laws", "intro");
        log.reached("simple-laws", "end");
        log.ran("simple-laws", "scaling-laws");
        log.answered("simple-laws", "q", "second", true, 2);
        ChapterProgress later = progress.load(ada.id()).get("simple-laws");

        assertThat(later.firstReached("intro")).isEqualTo(first.firstReached("intro"));
        assertThat(later.firstReached("end")).isAfter(first.firstReached("intro"));
        assertThat(later.firstRun("scaling-laws")).isEqualTo(first.firstRun("scaling-laws"));
        CheckpointRecord answer = later.checkpoints().get("q");
        assertThat(answer.firstAnsweredAt()).isEqualTo(first.checkpoints().get("q").answeredAt())
                .isBefore(answer.answeredAt());
    }

    @Test
    void mergingASessionKeepsTheEarlierFirstTimes() {
        Account ada = learner();
        progress.of(ada.id()).reached("simple-laws", "intro");
        progress.of(ada.id()).ran("simple-laws", "scaling-laws");
        progress.of(ada.id()).answered("simple-laws", "q", "mine", false, 1);
        Instant early = Instant.parse("2026-01-01T10:00:00Z");
        Instant later = Instant.now().plusSeconds(60).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        var session = new ChapterProgress("simple-laws", early, later, Set.of("intro", "end"),
                Map.of("scaling-laws", 1, "edge-of-stability", 1),
                Map.of("q", new CheckpointRecord("theirs", true, 1, later, early)),
                new ChapterProgress.FirstTimes(Map.of("intro", early, "end", later),
                        Map.of("scaling-laws", later, "edge-of-stability", early)));

        progress.merge(ada.id(), Map.of("simple-laws", session));

        ChapterProgress merged = progress.load(ada.id()).get("simple-laws");
        assertThat(merged.firstReached("intro")).isEqualTo(early);
        assertThat(merged.firstReached("end")).isEqualTo(later);
        assertThat(merged.firstRun("scaling-laws")).isBefore(later);
        assertThat(merged.firstRun("edge-of-stability")).isEqualTo(early);
        assertThat(merged.checkpoints().get("q").response()).isEqualTo("theirs");
        assertThat(merged.checkpoints().get("q").firstAnsweredAt()).isEqualTo(early);
    }

    @Test
    void deletingTheAccountDeletesItsProgress() {
        Account ada = learner();
        progress.of(ada.id()).ran("deep-linear-networks", "deep-linear");
        accounts.delete(ada.id(), "correct horse battery");
        assertThat(progress.load(ada.id())).isEmpty();
    }
}
