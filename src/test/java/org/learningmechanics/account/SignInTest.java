package org.learningmechanics.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The sign-in post through the real security filter chain: success, failure, throttling and remember-me. */
@SpringBootTest
class SignInTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;

    MockMvc mvc;
    String email;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        email = AccountServiceTest.freshEmail();
        accounts.signUp("Ada", email, AccountServiceTest.PASSWORD, false);
    }

    private MvcResult signIn(String user, String password, boolean remember, String address) throws Exception {
        var request = post("/signin").with(csrf()).param("username", user).param("password", password)
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        if (remember) {
            request.param("remember-me", "on");
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void theRightPasswordSignsInAndTheSessionKnowsWho() throws Exception {
        MvcResult result = signIn(email.toUpperCase(), AccountServiceTest.PASSWORD, false, "10.1.0.1");
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getResponse().getCookie("remember-me")).isNull();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        assertThat(session.getAttribute("SPRING_SECURITY_CONTEXT")).asString().contains(email);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailFailInExactlyTheSameWay() throws Exception {
        MvcResult wrongPassword = signIn(email, "not the password", false, "10.1.0.2");
        MvcResult unknownEmail = signIn("nobody-" + UUID.randomUUID() + "@example.org", "not the password", false,
                "10.1.0.2");
        for (MvcResult result : new MvcResult[] {wrongPassword, unknownEmail}) {
            assertThat(result.getResponse().getRedirectedUrl()).endsWith("/signin?error");
            assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_EMAIL; i++) {
            signIn(email, "guess " + i, false, "10.1.1." + i);
        }
        MvcResult result = signIn(email, AccountServiceTest.PASSWORD, false, "10.1.1.200");
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/signin?error");
        assertThat(result.getRequest().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION))
                .isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void fourFailuresAreForgivenAndEachAttemptCountsOnce() throws Exception {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_EMAIL - 1; i++) {
            signIn(email, "guess " + i, false, "10.1.3." + i);
        }
        MvcResult result = signIn(email, AccountServiceTest.PASSWORD, false, "10.1.3.200");
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
    }

    @Test
    void keepMeSignedInSetsAPersistentCookieThatSignsInANewSession() throws Exception {
        MvcResult result = signIn(email, AccountServiceTest.PASSWORD, true, "10.1.2.1");
        Cookie remember = result.getResponse().getCookie("remember-me");
        assertThat(remember).isNotNull();
        assertThat(remember.getMaxAge()).isEqualTo(60 * 60 * 24 * 30);
        assertThat(remember.isHttpOnly()).isTrue();

        MvcResult later = mvc.perform(get("/api/simulations").cookie(remember)).andReturn();
        assertThat(later.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT")).asString()
                .contains(email);
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRejected() throws Exception {
        MvcResult result = mvc.perform(post("/signin").param("username", email)
                .param("password", AccountServiceTest.PASSWORD)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getRequest().getSession().getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
    }
}
