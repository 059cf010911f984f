package org.learningmechanics.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Behind HTTPS (LEARNINGMECHANICS_SECURE_COOKIES=true) the session cookie is sent over HTTPS only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "LEARNINGMECHANICS_SECURE_COOKIES=true")
class SecureCookieTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionCookieIsSecureWhenConfiguredForHttps() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/signin")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).containsIgnoringCase("; Secure")
                        .containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax"));
    }
}
