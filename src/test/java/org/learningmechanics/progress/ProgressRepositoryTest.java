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
    void deletingTheAccountDeletesItsProgress() {
        Account ada = learner();
        progress.of(ada.id()).ran("deep-linear-networks", "deep-linear");
        accounts.delete(ada.id(), "correct horse battery");
        assertThat(progress.load(ada.id())).isEmpty();
    }
}
