package org.learningmechanics.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountRepository;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.account.AccountUserDetailsService;
import org.learningmechanics.progress.ProgressRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The sign-up, sign-in and account pages as a reader uses them, with the access rules Vaadin enforces. */
@SpringBootTest
class AccountViewsTest extends SpringBrowserlessTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    AccountService accounts;
    @Autowired
    AccountRepository repository;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    ProgressRepository progress;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Account signedIn() {
        String email = "reader-" + UUID.randomUUID() + "@example.org";
        Account account = accounts.signUp("Ada Reader", email, PASSWORD, false);
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return account;
    }

    @Test
    void signingUpCreatesALearnerAndSendsThemToSignInWithTheirEmailFilledIn() {
        navigate(SignUpView.class);
        String email = "new-" + UUID.randomUUID() + "@example.org";
        test($(TextField.class).id("signup-name")).setValue("Grace");
        test($(EmailField.class).id("signup-email")).setValue(email);
        test($(PasswordField.class).id("signup-password")).setValue(PASSWORD);
        test($(Button.class).id("signup-submit")).click();

        assertThat(repository.findByEmail(email)).isPresent();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("signin");
        assertThat($(EmailField.class).id("signin-email").getValue()).isEqualTo(email);
        assertThat($(Paragraph.class).withClassName("account-message").single().getText())
                .startsWith("Your account is ready.");
    }

    @Test
    void aBadFieldIsExplainedUnderItAndNothingIsCreated() {
        navigate(SignUpView.class);
        test($(TextField.class).id("signup-name")).setValue("Grace");
        test($(EmailField.class).id("signup-email")).setValue("grace-at-example");
        test($(PasswordField.class).id("signup-password")).setValue(PASSWORD);
        test($(Button.class).id("signup-submit")).click();

        EmailField email = $(EmailField.class).id("signup-email");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an email address like name@example.org.");
        assertThat(repository.findByEmail("grace-at-example")).isEmpty();
    }

    @Test
    void theAccountPageNeedsSigningIn() {
        navigate("account", SignInView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("signin");
        assertThat($(Anchor.class).id("sign-in-link").getHref()).isEqualTo("signin");
    }

    @Test
    void theAccountPageShowsTheOwnersProfileAndProgressOnly() {
        Account other = accounts.signUp("Other", "other-" + UUID.randomUUID() + "@example.org", PASSWORD, false);
        progress.of(other.id()).ran("simple-laws", "edge-of-stability");
        Account account = signedIn();
        progress.of(account.id()).ran("deep-linear-networks", "deep-linear");

        navigate(AccountView.class);

        assertThat($(Paragraph.class).id("account-facts").getText()).contains(account.email()).contains("learner");
        assertThat($(Anchor.class).id("account-link").getText()).isEqualTo("Ada Reader");
        var items = $(ListItem.class).from($(com.vaadin.flow.component.html.UnorderedList.class).id("account-progress"))
                .all();
        assertThat(items).extracting(item -> $(Span.class).from(item).first().getText()).contains("In progress")
                .filteredOn("In progress"::equals).hasSize(1);
        assertThat($(Paragraph.class).id("account-progress-total").getText()).startsWith("0 of ");
    }

    @Test
    void changingThePasswordOnThePageChecksTheCurrentOne() {
        Account account = signedIn();
        navigate(AccountView.class);
        test($(PasswordField.class).id("account-current-password")).setValue("not it");
        test($(PasswordField.class).id("account-new-password")).setValue("another long password");
        test($(Button.class).id("account-password-change")).click();
        assertThat($(PasswordField.class).id("account-current-password").getErrorMessage())
                .isEqualTo("That is not your current password.");

        test($(PasswordField.class).id("account-current-password")).setValue(PASSWORD);
        test($(Button.class).id("account-password-change")).click();
        assertThat($(Span.class).id("account-password-status").getText()).startsWith("Password changed.");
        assertThat(repository.findById(account.id())).isPresent();
    }
}
