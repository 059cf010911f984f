package org.learningmechanics.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in PostgreSQL ({@code account}); emails are matched case-insensitively, as the unique index does. */
@Repository
public class AccountRepository {

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored account with its password hash, for authentication only. */
    public record Credentials(Account account, String passwordHash) {
    }

    /**
     * Inserts a new account.
     *
     * <p>A taken email is reported without an error from PostgreSQL ({@code on conflict do nothing}), so the caller's
     * transaction stays usable: after a failed statement PostgreSQL refuses every further one in that transaction,
     * and a caller that lost a race (two instances creating the same administrator at start-up) must go on to read
     * the account the other one made.
     *
     * @return false when the email is already taken (by any capitalisation)
     */
    public boolean insert(Account account, String passwordHash) {
        return jdbc.sql("""
                        insert into account (id, email, display_name, password_hash, role, created_at)
                        values (?, ?, ?, ?, ?, ?)
                        on conflict do nothing""")
                .params(account.id(), account.email(), account.displayName(), passwordHash,
                        account.role().name(), OffsetDateTime.ofInstant(account.createdAt(),
                                java.time.ZoneOffset.UTC))
                .update() == 1;
    }

    public Optional<Credentials> findCredentials(String email) {
        return jdbc.sql("select * from account where lower(email) = lower(?)")
                .param(email)
                .query((rs, row) -> new Credentials(account(rs), rs.getString("password_hash")))
                .optional();
    }

    public Optional<Account> findByEmail(String email) {
        return findCredentials(email).map(Credentials::account);
    }

    public Optional<Account> findById(UUID id) {
        return jdbc.sql("select * from account where id = ?").param(id)
                .query((rs, row) -> account(rs)).optional();
    }

    public Optional<String> passwordHash(UUID id) {
        return jdbc.sql("select password_hash from account where id = ?").param(id).query(String.class).optional();
    }

    public void updatePasswordHash(UUID id, String passwordHash) {
        jdbc.sql("update account set password_hash = ?, password_changed_at = now() where id = ?")
                .params(passwordHash, id).update();
    }

    public void updateDisplayName(UUID id, String displayName) {
        jdbc.sql("update account set display_name = ? where id = ?").params(displayName, id).update();
    }

    public void updateRole(UUID id, Role role) {
        jdbc.sql("update account set role = ? where id = ?").params(role.name(), id).update();
    }

    public boolean anyWithRole(Role role) {
        return jdbc.sql("select exists (select 1 from account where role = ?)").param(role.name())
                .query(Boolean.class).single();
    }

    /** Removes the account and, by cascade, everything that belongs to it; also forgets its remember-me tokens. */
    public void delete(Account account) {
        jdbc.sql("delete from persistent_logins where lower(username) = lower(?)").param(account.email()).update();
        jdbc.sql("delete from account where id = ?").param(account.id()).update();
    }

    private static Account account(ResultSet rs) throws SQLException {
        Instant created = rs.getObject("created_at", OffsetDateTime.class).toInstant();
        return new Account(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("display_name"),
                Role.valueOf(rs.getString("role")), created);
    }
}
