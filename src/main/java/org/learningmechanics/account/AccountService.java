package org.learningmechanics.account;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing up, changing a password or name, and deleting an account, with every input checked here on the server.
 *
 * <p>Passwords follow NIST SP 800-63B: a minimum length and no composition rules; they are hashed with Argon2id
 * before they are stored and never logged.
 */
@Service
public class AccountService {

    public static final int MIN_PASSWORD_LENGTH = 10;
    public static final int MAX_PASSWORD_LENGTH = 128;
    public static final int MAX_NAME_LENGTH = 80;
    public static final int MAX_EMAIL_LENGTH = 254;
    /** Deliberately loose: one @, something on each side, a dot in the domain. The real check is a working inbox. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final boolean instructorSelfSignUp;
    private final Clock clock;
    private final List<AccountDeletion> deletionRules;

    public AccountService(AccountRepository accounts, PasswordEncoder passwords,
                          @Value("${learningmechanics.accounts.instructor-sign-up:false}") boolean instructorSelfSignUp,
                          Clock clock, List<AccountDeletion> deletionRules) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.instructorSelfSignUp = instructorSelfSignUp;
        this.clock = clock;
        this.deletionRules = List.copyOf(deletionRules);
    }

    /** Whether the sign-up form may offer "I teach": set by {@code learningmechanics.accounts.instructor-sign-up}. */
    public boolean instructorSelfSignUp() {
        return instructorSelfSignUp;
    }

    /**
     * Creates a learner account (or an instructor's, when asked for and allowed).
     *
     * @throws AccountException naming the field that is wrong, with what to do
     */
    @Transactional
    public Account signUp(String displayName, String email, String password, boolean asInstructor) {
        String name = checkedName(displayName);
        String address = checkedEmail(email);
        checkNewPassword("password", password, address);
        Role role = asInstructor && instructorSelfSignUp ? Role.INSTRUCTOR : Role.LEARNER;
        Account account = new Account(UUID.randomUUID(), address, name, role, clock.instant());
        if (!accounts.insert(account, passwords.encode(password))) {
            throw new AccountException("email", "An account with this email already exists. Sign in instead, "
                    + "or use another email.");
        }
        return account;
    }

    /**
     * Creates or promotes the configured administrator; used once at start-up. Several instances starting at once
     * on one database may all find no account and try to create it: one insert wins, and the others promote the
     * account it made (the insert waits for the winner to commit, and the next read then sees its row).
     */
    @Transactional
    public Account ensureAdmin(String email, String password) {
        String address = checkedEmail(email);
        var existing = accounts.findByEmail(address);
        if (existing.isEmpty()) {
            checkNewPassword("password", password, address);
            Account admin = new Account(UUID.randomUUID(), address, "Administrator", Role.ADMIN, clock.instant());
            if (accounts.insert(admin, passwords.encode(password))) {
                return admin;
            }
            existing = accounts.findByEmail(address);
        }
        UUID id = existing.orElseThrow().id();
        accounts.updateRole(id, Role.ADMIN);
        return accounts.findById(id).orElseThrow();
    }

    @Transactional
    public void changePassword(UUID accountId, String currentPassword, String newPassword) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new AccountException("password", "This account no longer exists."));
        checkCurrentPassword(accountId, currentPassword);
        checkNewPassword("newPassword", newPassword, account.email());
        accounts.updatePasswordHash(accountId, passwords.encode(newPassword));
    }

    @Transactional
    public Account rename(UUID accountId, String displayName) {
        accounts.updateDisplayName(accountId, checkedName(displayName));
        return accounts.findById(accountId).orElseThrow();
    }

    /** Changes what an account may do; only an admin may ask (checked by the caller's view and here by role). */
    @Transactional
    public void grantRole(Account by, UUID accountId, Role role) {
        if (by == null || by.role() != Role.ADMIN) {
            throw new AccountException("role", "Only an administrator can change what an account may do.");
        }
        accounts.updateRole(accountId, role);
    }

    /**
     * Deletes the account and everything that belongs only to it, after the owner confirms with their password,
     * unless a feature says others still depend on it ({@link AccountDeletion}).
     */
    @Transactional
    public void delete(UUID accountId, String password) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new AccountException("confirmation", "This account no longer exists."));
        checkCurrentPassword(accountId, password);
        for (AccountDeletion rule : deletionRules) {
            rule.refusal(accountId).ifPresent(reason -> {
                throw new AccountException("confirmation", reason);
            });
        }
        deletionRules.forEach(rule -> rule.beforeDeleting(accountId));
        accounts.delete(account);
    }

    private void checkCurrentPassword(UUID accountId, String password) {
        String hash = accounts.passwordHash(accountId).orElse("");
        if (password == null || !passwords.matches(password, hash)) {
            throw new AccountException("password", "That is not your current password.");
        }
    }

    private static String checkedName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new AccountException("displayName", "Enter the name other people in your courses will see.");
        }
        if (name.length() > MAX_NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw new AccountException("displayName", "Use at most " + MAX_NAME_LENGTH
                    + " characters, without line breaks or control characters.");
        }
        return name;
    }

    private static String checkedEmail(String email) {
        String address = email == null ? "" : email.strip();
        if (address.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(address).matches()) {
            throw new AccountException("email", "Enter an email address like name@example.org.");
        }
        return address;
    }

    private static void checkNewPassword(String field, String password, String email) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException(field, "Use at least " + MIN_PASSWORD_LENGTH + " characters. A short "
                    + "sentence is easy to remember and hard to guess.");
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            throw new AccountException(field, "Use at most " + MAX_PASSWORD_LENGTH + " characters.");
        }
        if (password.strip().equalsIgnoreCase(email)) {
            throw new AccountException(field, "Your password must not be your email address.");
        }
    }
}
