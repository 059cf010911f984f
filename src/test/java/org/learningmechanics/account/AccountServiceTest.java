package org.learningmechanics.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.Mockito;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Accounts against a real PostgreSQL: what is stored, what is refused and how it is said. */
@SpringBootTest
class AccountServiceTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    AccountService service;
    @Autowired
    AccountRepository repository;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    static String freshEmail() {
        return "reader-" + UUID.randomUUID() + "@example.org";
    }

    @Test
    void aNewAccountIsALearnerWhosePasswordIsStoredOnlyAsAnArgon2Hash() {
        String email = freshEmail();
        Account account = service.signUp("  Ada  ", email, PASSWORD, true);

        assertThat(account.displayName()).isEqualTo("Ada");
        assertThat(account.role()).as("instructor sign-up is off by default").isEqualTo(Role.LEARNER);
        String hash = repository.findCredentials(email.toUpperCase()).orElseThrow().passwordHash();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PASSWORD);
        assertThat(passwords.matches(PASSWORD, hash)).isTrue();
        assertThat(passwords.matches("correct horse battery!", hash)).isFalse();
    }

    @Test
    void anEmailCanHaveOnlyOneAccountWhateverItsCapitals() {
        String email = freshEmail();
        service.signUp("Ada", email, PASSWORD, false);
        assertThatThrownBy(() -> service.signUp("Bea", email.toUpperCase(), PASSWORD, false))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("already exists")
                .extracting(e -> ((AccountException) e).field()).isEqualTo("email");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''   | a@b.org | long enough pw | displayName | name other people
            Ada  | not-an-email | long enough pw | email | like name@example.org
            Ada  | a@b.org | short | password | at least 10 characters
            Ada  | someone@example.org | someone@example.org | password | not be your email
            """)
    void everyBadFieldIsNamedWithWhatToDoInstead(String name, String email, String password, String field,
                                                 String advice) {
        assertThatThrownBy(() -> service.signUp(name, email, password, false))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining(advice)
                .extracting(e -> ((AccountException) e).field()).isEqualTo(field);
    }

    @Test
    void aTooLongPasswordOrNameIsRefusedNotTruncated() {
        assertThatThrownBy(() -> service.signUp("Ada", freshEmail(), "x".repeat(129), false))
                .hasMessageContaining("at most 128");
        assertThatThrownBy(() -> service.signUp("A".repeat(81), freshEmail(), PASSWORD, false))
                .hasMessageContaining("at most 80");
    }

    @Test
    void instructorsMaySignUpAsSuchOnlyWhenTheSwitchIsOn() {
        AccountService open = new AccountService(repository, passwords, true, Clock.systemUTC(), java.util.List.of());
        assertThat(open.signUp("Ines", freshEmail(), PASSWORD, true).role()).isEqualTo(Role.INSTRUCTOR);
        assertThat(open.signUp("Lea", freshEmail(), PASSWORD, false).role()).isEqualTo(Role.LEARNER);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        String email = freshEmail();
        Account account = service.signUp("Ada", email, PASSWORD, false);
        assertThatThrownBy(() -> service.changePassword(account.id(), "wrong password", "a brand new password"))
                .hasMessage("That is not your current password.");
        assertThatThrownBy(() -> service.changePassword(account.id(), PASSWORD, "short"))
                .extracting(e -> ((AccountException) e).field()).isEqualTo("newPassword");

        service.changePassword(account.id(), PASSWORD, "a brand new password");
        String hash = repository.findCredentials(email).orElseThrow().passwordHash();
        assertThat(passwords.matches("a brand new password", hash)).isTrue();
        assertThat(passwords.matches(PASSWORD, hash)).isFalse();
    }

    @Test
    void deletingNeedsThePasswordAndRemovesTheAccountAndItsSignInTokens() {
        String email = freshEmail();
        Account account = service.signUp("Ada", email, PASSWORD, false);
        jdbc.sql("insert into persistent_logins (username, series, token, last_used) values (?, ?, 't', now())")
                .params(email, UUID.randomUUID().toString()).update();

        assertThatThrownBy(() -> service.delete(account.id(), "wrong password")).isInstanceOf(AccountException.class);
        assertThat(repository.findById(account.id())).isPresent();

        service.delete(account.id(), PASSWORD);
        assertThat(repository.findById(account.id())).isEmpty();
        assertThat(jdbc.sql("select count(*) from persistent_logins where username = ?").param(email)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theConfiguredAdminIsCreatedOnceAndAnExistingAccountIsPromoted() {
        String email = freshEmail();
        Account admin = service.ensureAdmin(email, PASSWORD);
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(service.ensureAdmin(email, PASSWORD).id()).isEqualTo(admin.id());

        String learner = freshEmail();
        service.signUp("Lea", learner, PASSWORD, false);
        Account promoted = service.ensureAdmin(learner.toUpperCase(), "ignored for an existing account");
        assertThat(promoted.role()).isEqualTo(Role.ADMIN);
    }

    /**
     * Two instances starting at once: both look the email up and find nothing, one creates the account, and the
     * other's insert then meets it. The lookup is made to miss here, as the loser's did, with the account already
     * there; the loser must promote that account, inside one transaction as at start-up.
     */
    @Test
    void anInstanceThatLosesTheRaceToCreateTheAdminPromotesTheAccountTheWinnerMade() {
        String email = freshEmail();
        Account winners = service.signUp("Administrator", email, PASSWORD, false);
        AccountRepository late = Mockito.spy(new AccountRepository(jdbc));
        Mockito.doReturn(Optional.empty()).doCallRealMethod().when(late).findByEmail(email);
        AccountService loser = new AccountService(late, passwords, false, Clock.systemUTC(), java.util.List.of());

        Account admin = transactions.execute(status -> loser.ensureAdmin(email, "another password entirely"));

        assertThat(admin.id()).isEqualTo(winners.id());
        assertThat(repository.findById(winners.id()).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(jdbc.sql("select count(*) from account where lower(email) = lower(?)").param(email)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyAnAdminGrantsRoles() {
        Account learner = service.signUp("Lea", freshEmail(), PASSWORD, false);
        Account other = service.signUp("Ola", freshEmail(), PASSWORD, false);
        assertThatThrownBy(() -> service.grantRole(learner, other.id(), Role.INSTRUCTOR))
                .hasMessageContaining("Only an administrator");
        Account admin = service.ensureAdmin(freshEmail(), PASSWORD);
        service.grantRole(admin, other.id(), Role.INSTRUCTOR);
        assertThat(repository.findById(other.id()).orElseThrow().role()).isEqualTo(Role.INSTRUCTOR);
    }
}
