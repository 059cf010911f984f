package org.learningmechanics.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.account.AccountUserDetailsService;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.ProgressLog;
import org.learningmechanics.progress.ProgressRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * When the database will not take a learner's progress: the write is tried three times, then kept in the session and
 * the learner told; the next write that succeeds carries it into the account. Nothing is dropped silently.
 */
@SpringBootTest
class ProgressWriteFailureTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    CurrentAccount current;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgressRepository stored;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A repository whose writes fail while {@code down} is set, counting the attempts. */
    static final class FlakyRepository extends ProgressRepository {
        final AtomicInteger attempts = new AtomicInteger();
        volatile boolean down = true;
        private final ProgressRepository real;

        FlakyRepository(JdbcClient jdbc, ProgressRepository real) {
            super(jdbc);
            this.real = real;
        }

        @Override
        public ProgressLog of(UUID accountId) {
            attempts.incrementAndGet();
            if (down) {
                throw new DataAccessResourceFailureException("connection refused");
            }
            return real.of(accountId);
        }

        @Override
        public void merge(UUID account, Map<String, ChapterProgress> session) {
            if (down) {
                throw new DataAccessResourceFailureException("connection refused");
            }
            real.merge(account, session);
        }
    }

    @Test
    void aWriteTheDatabaseRefusesIsRetriedKeptAndSavedLater() {
        String email = "flaky-" + UUID.randomUUID() + "@example.org";
        Account account = accounts.signUp("Flaky", email, "correct horse battery", false);
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        FlakyRepository repository = new FlakyRepository(jdbc, stored);
        ReadingProgress progress = new ReadingProgress(current, repository, Clock.systemUTC());

        progress.record(log -> log.ran("deep-linear-networks", "deep-linear"));

        assertThat(repository.attempts.get()).as("tried three times").isEqualTo(3);
        assertThat($(Notification.class).single().getElement().getProperty("text"))
                .isEqualTo(ReadingProgress.NOT_SAVED);
        assertThat(stored.load(account.id())).as("nothing reached the database").isEmpty();

        repository.down = false;
        progress.record(log -> log.reached("deep-linear-networks", "the-setting"));

        ChapterProgress saved = stored.load(account.id()).get("deep-linear-networks");
        assertThat(saved.simulationRuns()).as("the kept run, carried over").containsEntry("deep-linear", 1);
        assertThat(saved.sectionsReached()).containsExactly("the-setting");
    }
}
