package org.learningmechanics.book.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.internal.JacksonUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.account.AccountUserDetailsService;
import org.learningmechanics.progress.ProgressRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Progress as a reader makes it: recorded while reading, shown in the table of contents, kept in the session for a
 * visitor and carried into the account on sign-in — and never shown to anyone else.
 */
@SpringBootTest
class ReadingProgressViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    ProgressRepository progress;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Account signInAsNewLearner() {
        String email = "reader-" + UUID.randomUUID() + "@example.org";
        Account account = accounts.signUp("Reader", email, "correct horse battery", false);
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return account;
    }

    private void scrollTo(String sectionId) {
        Nav outline = $(Nav.class).withClassName("chapter-outline").single();
        new ComponentTester<Nav>(outline) {
            void reach() {
                fireDomEvent("lm-section-reached", JacksonUtils.createObjectNode().put("event.detail", sectionId));
            }
        }.reach();
    }

    private String tocStatus(String chapterTitlePrefix) {
        SideNavItem item = $(SideNavItem.class).all().stream()
                .filter(i -> i.getLabel().startsWith(chapterTitlePrefix)).findFirst().orElseThrow();
        return item.getSuffixComponent() == null ? "Not started"
                : item.getSuffixComponent().getElement().getAttribute("aria-label");
    }

    @Test
    void aVisitorsReadingShowsInTheContentsAndMovesIntoTheAccountOnSignIn() {
        navigate("chapters/deep-linear-networks", ChapterView.class);
        scrollTo("the-setting");
        scrollTo("not-a-section-of-this-chapter");
        navigate("", HomeView.class);
        assertThat(tocStatus("Solvable settings")).isEqualTo("In progress");
        assertThat(tocStatus("Tractable limits")).isEqualTo("Not started");
        assertThat($(Paragraph.class).id("overall-progress").getText())
                .matches("Your progress: 0 of \\d+ chapters done, 1 under way\\.");

        Account account = signInAsNewLearner();
        navigate("", HomeView.class);

        var stored = progress.load(account.id()).get("deep-linear-networks");
        assertThat(stored).as("carried over from the session").isNotNull();
        assertThat(stored.sectionsReached()).containsExactly("the-setting");
        assertThat(tocStatus("Solvable settings")).isEqualTo("In progress");
    }

    @Test
    void anotherLearnerSeesNoneOfIt() {
        signInAsNewLearner();
        navigate("chapters/deep-linear-networks", ChapterView.class);
        navigate("", HomeView.class);
        assertThat(tocStatus("Solvable settings")).isEqualTo("In progress");
        SecurityContextHolder.clearContext();

        signInAsNewLearner();
        navigate("", HomeView.class);
        assertThat(tocStatus("Solvable settings")).isEqualTo("Not started");
    }
}
