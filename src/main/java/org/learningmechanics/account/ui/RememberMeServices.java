package org.learningmechanics.account.ui;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.PersistentRememberMeToken;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;

/**
 * Spring Security's persistent "keep me signed in", with one change: for a minute after a series' token was
 * refreshed, the token it replaced is still taken (the reader gets the current one back). Without it, two requests
 * that leave a browser at the same moment with the same cookie — tabs restored together, a page's last requests
 * racing a sign-in on another instance — look like a stolen cookie used twice, and Spring signs the reader out on
 * every device. A thief holding exactly the previous token, within that minute, is the price; a cookie presented
 * with any other stale token is still treated as stolen.
 */
class RememberMeServices extends PersistentTokenBasedRememberMeServices {

    static final Duration GRACE = Duration.ofMinutes(1);

    private final RememberMeTokens tokens;
    private final Clock clock;

    RememberMeServices(String key, UserDetailsService users, RememberMeTokens tokens, Clock clock) {
        super(key, users, tokens);
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] cookie, HttpServletRequest request,
                                                 HttpServletResponse response) {
        if (cookie.length == 2) {
            PersistentRememberMeToken current = tokens.getTokenForSeries(cookie[0]);
            if (current != null && !cookie[1].equals(current.getTokenValue())
                    && clock.millis() - current.getDate().getTime() < GRACE.toMillis()
                    && tokens.previousToken(cookie[0]).filter(cookie[1]::equals).isPresent()) {
                // The same browser, one refresh behind: give it the current token and let it in.
                setCookie(new String[] {current.getSeries(), current.getTokenValue()}, getTokenValiditySeconds(),
                        request, response);
                return getUserDetailsService().loadUserByUsername(current.getUsername());
            }
        }
        return super.processAutoLoginCookie(cookie, request, response);
    }
}
