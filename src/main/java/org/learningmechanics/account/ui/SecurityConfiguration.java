package org.learningmechanics.account.ui;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;


import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.learningmechanics.account.AccountUserDetailsService;
import org.learningmechanics.account.SignInThrottle;
import org.learningmechanics.account.ThrottledAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see what. The book, its simulations and the HTTP API are open to everyone (saving an experiment over the
 * API needs a signed-in session; reading one back follows the experiment's own sharing); views that hold personal
 * data say so with their own access annotations (Vaadin checks them on every navigation), and every server call
 * behind them checks the signed-in account again.
 *
 * <p>Sign-in is Spring Security's form login posted by {@link SignInView}, with throttling, persistent "keep me
 * signed in" tokens in PostgreSQL, and Argon2id password hashes.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final int REMEMBER_FOR_SECONDS = 60 * 60 * 24 * 30;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService users,
                                            RememberMeTokens tokens, Clock clock, RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers(HttpMethod.POST, "/api/experiments").authenticated()
                .requestMatchers("/api/**", "/styles.css", "/icons/**", "/images/**").permitAll()
                // The container's own error dispatch (a request it could not read, a malformed query say): answered
                // with its plain status, never a redirect to sign-in that hides what went wrong.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // The cookie holds a series and token looked up in PostgreSQL, so any instance honours it. The key never
        // leaves this process: it only tags the authentication this process builds from a cookie and checks in the
        // same request, so every instance may have its own, and a restart loses nothing.
        String key = randomKey();
        RememberMeServices rememberMe = new RememberMeServices(key, users, tokens, clock);
        rememberMe.setParameter("remember-me");
        rememberMe.setTokenValiditySeconds(REMEMBER_FOR_SECONDS);
        http.rememberMe(remember -> remember.rememberMeServices(rememberMe).key(key));
        // The API answers in JSON, also when it refuses: a change without the session's CSRF token (the only
        // changes it takes are saves, POST /api/experiments) gets a 403, a save without a signed-in session a 401,
        // each in the API's {error} shape rather than a redirect to the sign-in page that a script cannot follow.
        var api = PathPatternRequestMatcher.pathPattern("/api/**");
        http.exceptionHandling(exceptions -> exceptions
                .defaultAccessDeniedHandlerFor((request, response, denied) -> json(response,
                        HttpServletResponse.SC_FORBIDDEN, "This request was refused. The HTTP API answers GET "
                                + "requests; the one change it takes, saving an experiment (POST /api/experiments), "
                                + "needs a signed-in session and the CSRF token from GET /api/csrf, sent in the "
                                + "header it names."), api)
                // Everything else as before. (With a single mapping Spring Security would use it for every path.)
                .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE)
                .defaultAuthenticationEntryPointFor((request, response, missing) -> json(response,
                        HttpServletResponse.SC_UNAUTHORIZED, "Sign in first: saving an experiment needs a "
                                + "signed-in session (see the README, \"HTTP API\")."), api));
        http.headers(headers -> headers
                .contentTypeOptions(options -> { })
                .frameOptions(frame -> frame.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        // Vaadin exempts its own requests from CSRF checks (they carry their own token) and, by default, the
        // sign-in post too, because its LoginForm sends none. Our form does send one, so keep the check there:
        // without it another site could sign a reader into an account of its choosing and read what they do.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(SignInView.class)
                .enableCsrfConfiguration(false));
        return http.build();
    }

    private static void json(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\": \"" + message.replace("\"", "\\\"") + "\"}");
    }

    /**
     * What the page may do whatever text ends up in it: no plugins, no {@code <base>} pointing elsewhere, forms
     * posting only here, framed only by this site. Scripts and styles are not restricted: Vaadin's page carries
     * inline scripts and its client evaluates server-sent JavaScript, so a script policy would need
     * 'unsafe-inline' and 'unsafe-eval' and protect little.
     */
    static final String CONTENT_SECURITY_POLICY =
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * The headers that must be on every response, set before anything else runs. Spring Security's header writer
     * above adds the first two when a response is committed, and Vaadin's page responses (the book's pages, sign-in, shared
     * links) went out without them. Writing all of Spring's headers eagerly instead would also put its
     * {@code Pragma: no-cache} on responses that set their own caching (API runs, styles).
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> protectiveHeaders() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        response.setHeader("X-Content-Type-Options", "nosniff");
                        response.setHeader("Referrer-Policy",
                                ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy());
                        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                        chain.doFilter(request, response);
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The one provider that checks passwords, as a bean so that it becomes the global authentication manager's only
     * provider. Registering it on the chain as well would let the chain fall back to the global manager after a
     * refusal, trying every password twice and counting every failure twice.
     */
    @Bean
    AuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder passwords,
                                                  SignInThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, passwords, throttle);
    }

    /**
     * Argon2id (Spring Security's current recommended parameters) for every new hash; the {id} prefix lets a
     * later change of algorithm verify old hashes and upgrade them.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        Argon2PasswordEncoder argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2, "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
