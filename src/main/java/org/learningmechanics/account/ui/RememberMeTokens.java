package org.learningmechanics.account.ui;

import java.sql.Timestamp;
import java.util.Date;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Repository;

/**
 * "Keep me signed in" tokens in PostgreSQL, as Spring Security's {@code JdbcTokenRepositoryImpl} keeps them, and
 * also the token each series had before its last refresh (V009), for {@link RememberMeServices}' grace period.
 */
@Repository
class RememberMeTokens implements PersistentTokenRepository {

    private final JdbcClient jdbc;

    RememberMeTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void createNewToken(PersistentRememberMeToken token) {
        jdbc.sql("insert into persistent_logins (username, series, token, last_used) values (?, ?, ?, ?)")
                .params(token.getUsername(), token.getSeries(), token.getTokenValue(),
                        new Timestamp(token.getDate().getTime()))
                .update();
    }

    /** Refreshes a series' token, keeping the one it replaces. */
    @Override
    public void updateToken(String series, String tokenValue, Date lastUsed) {
        jdbc.sql("update persistent_logins set previous_token = token, token = ?, last_used = ? where series = ?")
                .params(tokenValue, new Timestamp(lastUsed.getTime()), series)
                .update();
    }

    @Override
    public PersistentRememberMeToken getTokenForSeries(String series) {
        return jdbc.sql("select username, series, token, last_used from persistent_logins where series = ?")
                .param(series)
                .query((rs, n) -> new PersistentRememberMeToken(rs.getString("username"), rs.getString("series"),
                        rs.getString("token"), rs.getTimestamp("last_used")))
                .optional().orElse(null);
    }

    /** The token the series had before its last refresh, if it has been refreshed. */
    Optional<String> previousToken(String series) {
        return jdbc.sql("select previous_token from persistent_logins where series = ?").param(series)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    @Override
    public void removeUserTokens(String username) {
        jdbc.sql("delete from persistent_logins where username = ?").param(username).update();
    }
}
