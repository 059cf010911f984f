package org.learningmechanics.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import javax.sql.DataSource;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.account.AccountUserDetailsService;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentFixtures;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.Visibility;
import org.learningmechanics.experiment.ui.MyExperimentsView;
import org.learningmechanics.progress.ProgressRepository;
import org.learningmechanics.progress.ui.ReadingProgress;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The database away and back, for a signed-in reader: the book still reads and its simulations still run, pages
 * that need the database say "temporarily unavailable" (never a stack trace), progress waits in the session, and
 * everything works again the moment the database answers, without a restart. The outage is the breaker of
 * {@link FailFastDataSource} forced open, which fails every connection as a stopped server would, only at once;
 * bench/faults/database-outage.sh stops a real PostgreSQL.
 */
@SpringBootTest
class DatabaseOutageViewsTest extends SpringBrowserlessTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    ProgressRepository progress;
    @Autowired
    ReadingProgress reading;
    @Autowired
    ExperimentService experiments;
    @Autowired
    WebApplicationContext context;

    Account reader;

    @BeforeEach
    void aSignedInReader() {
        reader = accounts.signUp("Outage reader", "outage-" + UUID.randomUUID() + "@example.org",
                "correct horse battery", false);
        var user = users.loadUserByUsername(reader.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    @AfterEach
    void databaseBackAndSignedOut() {
        databaseBack();
        SecurityContextHolder.clearContext();
    }

    void databaseAway() {
        ((FailFastDataSource) dataSource).breaker().transitionToForcedOpenState();
    }

    void databaseBack() {
        ((FailFastDataSource) dataSource).breaker().transitionToClosedState();
    }

    @Test
    void aChapterStillReadsWhileThePagesThatNeedTheDatabaseSaySo() {
        databaseAway();

        navigate("chapters/deep-linear-networks", com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).first().getText()).contains("deep linear networks");
        assertThat($(Span.class).id("accounts-unavailable").getElement().getAttribute("aria-label"))
                .startsWith("Accounts are unavailable for a moment.");

        navigate("experiments", com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Temporarily unavailable");
        assertThat($(Paragraph.class).id("trouble-message").getText()).contains("not answering")
                .doesNotContain("Exception").doesNotContain("SQL");

        databaseBack();
        navigate("experiments", MyExperimentsView.class);
        assertThat($(Span.class).withId("accounts-unavailable").exists()).isFalse();
    }

    @Test
    void theHttpApiAnswersServiceUnavailableWithRetryAfterAndComputesRunsWithoutTheDatabase() throws Exception {
        Experiment unlisted = experiments.save(reader.id(), ExperimentFixtures.deepLinear(2), "Outage", "",
                Visibility.UNLISTED);
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        databaseAway();

        var saved = mvc.perform(get("/api/experiments/" + unlisted.slug())).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(503);
        assertThat(saved.getHeader("Retry-After")).isEqualTo("30");
        assertThat(saved.getContentAsString()).contains("temporarily unavailable").doesNotContain("SQL")
                .doesNotContain("Exception");
        var run = mvc.perform(get("/api/simulations/deep-linear/run?seed=" + System.nanoTime() % 100_000))
                .andReturn().getResponse();
        assertThat(run.getStatus()).as("a run record is a cache: computed without it").isEqualTo(200);

        databaseBack();
        assertThat(mvc.perform(get("/api/experiments/" + unlisted.slug())).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }

    @Test
    void progressMadeDuringTheOutageIsKeptAndSavedWhenTheDatabaseIsBack() {
        navigate("chapters/deep-linear-networks", com.vaadin.flow.component.Component.class);
        databaseAway();
        reading.record(log -> log.reached("deep-linear-networks", "outage-section"));
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo(ReadingProgress.NOT_SAVED);

        databaseBack();
        reading.record(log -> log.opened("deep-linear-networks"));
        assertThat(progress.load(reader.id()).get("deep-linear-networks").sectionsReached())
                .contains("outage-section");
    }
}
