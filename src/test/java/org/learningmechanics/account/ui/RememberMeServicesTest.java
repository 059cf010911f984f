package org.learningmechanics.account.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.account.AccountUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;

/** "Keep me signed in" against a real PostgreSQL: refreshed tokens, the race of two requests, and a stolen cookie. */
@SpringBootTest
class RememberMeServicesTest {

    @Autowired
    RememberMeTokens tokens;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    AccountService accounts;

    Account reader;
    String series;
    /** The services' clock; Spring dates a refreshed token by the real one, so this starts there. */
    Instant now = Instant.now();

    @BeforeEach
    void aReaderWhoAskedToBeKeptSignedIn() {
        reader = accounts.signUp("Kept", "kept-" + UUID.randomUUID() + "@example.org", "correct horse battery",
                false);
        series = "series-" + UUID.randomUUID();
        tokens.createNewToken(new PersistentRememberMeToken(reader.email(), series, "first-token",
                Date.from(now.minusSeconds(3600))));
    }

    RememberMeServices services() {
        RememberMeServices services = new RememberMeServices("key", users, tokens, Clock.fixed(now, ZoneOffset.UTC)) {
        };
        services.setTokenValiditySeconds(SecurityConfiguration.REMEMBER_FOR_SECONDS);
        return services;
    }

    /** A request carrying only the remember-me cookie, as after a browser restart. */
    Authentication present(String token, MockHttpServletResponse response) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        String value = Base64.getEncoder().withoutPadding().encodeToString((series + ":" + token)
                .getBytes(StandardCharsets.UTF_8));
        request.setCookies(new Cookie("remember-me", value));
        return services().autoLogin(request, response);
    }

    String tokenIn(MockHttpServletResponse response) {
        String[] parts = new String(Base64.getDecoder().decode(response.getCookie("remember-me").getValue()),
                StandardCharsets.UTF_8).split(":");
        return parts[1];
    }

    @Test
    void twoRequestsWithTheSameCookieAtOnceBothSignTheReaderIn() {
        MockHttpServletResponse first = new MockHttpServletResponse();
        assertThat(present("first-token", first).getName()).isEqualTo(reader.email());
        String refreshed = tokenIn(first);
        assertThat(refreshed).isNotEqualTo("first-token");

        // The second request left the browser with the old cookie before the first one's answer came back.
        now = now.plusSeconds(2);
        MockHttpServletResponse second = new MockHttpServletResponse();
        assertThat(present("first-token", second)).as("not taken for a stolen cookie").isNotNull();
        assertThat(tokenIn(second)).as("the browser gets the current token").isEqualTo(refreshed);
        assertThat(tokens.getTokenForSeries(series)).as("and the series survives").isNotNull();
    }

    @Test
    void anOldTokenAfterTheGracePeriodIsAStolenCookieAndEndsTheSeries() {
        present("first-token", new MockHttpServletResponse());
        now = now.plus(RememberMeServices.GRACE).plusSeconds(1);

        assertThatThrownBy(() -> present("first-token", new MockHttpServletResponse()))
                .isInstanceOf(CookieTheftException.class);
        assertThat(tokens.getTokenForSeries(series)).as("every token of the account is gone").isNull();
    }

    @Test
    void aTokenThatWasNeverTheSeriesOwnIsAStolenCookieEvenWithinTheGracePeriod() {
        present("first-token", new MockHttpServletResponse());
        now = now.plusSeconds(1);

        assertThatThrownBy(() -> present("guessed-token", new MockHttpServletResponse()))
                .isInstanceOf(CookieTheftException.class);
        assertThat(tokens.getTokenForSeries(series)).isNull();
    }
}
