package org.learningmechanics.course;

import java.util.UUID;

import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.account.Role;

/** Accounts for course tests: instructors made so by an administrator, learners by signing up. */
public record CourseTestAccounts(AccountService accounts) {

    public static final String PASSWORD = "correct horse battery";
    private static final Account ADMIN = new Account(UUID.randomUUID(), "admin@example.org", "Admin", Role.ADMIN,
            null);

    public Account instructor() {
        return instructor("Ines Instructor");
    }

    public Account instructor(String name) {
        Account account = accounts.signUp(name, "teacher-" + UUID.randomUUID() + "@example.org", PASSWORD, false);
        accounts.grantRole(ADMIN, account.id(), Role.INSTRUCTOR);
        return new Account(account.id(), account.email(), account.displayName(), Role.INSTRUCTOR,
                account.createdAt());
    }

    public Account learner(String name) {
        return accounts.signUp(name, "learner-" + UUID.randomUUID() + "@example.org", PASSWORD, false);
    }
}
