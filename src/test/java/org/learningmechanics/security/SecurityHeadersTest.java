package org.learningmechanics.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.learningmechanics.account.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every response tells the browser, through the real server: no MIME sniffing, no framing by other sites, no
 * full URLs in Referer to other sites; cookies that scripts cannot read and that other sites' subrequests do not
 * carry; and the session id never in a URL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAndTheApiCarryTheProtectiveHeaders() throws Exception {
        for (String path : List.of("/", "/chapters/deep-linear-networks", "/signin", "/x/AAAAAAAAAAAAAAAAAAAAAA",
                "/api/simulations", "/api/simulations/deep-linear/run", "/api/simulations/no-such")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).build());
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path)
                    .contains("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains("object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'");
        }
    }

    @Test
    void theHeadersLeaveCachingAsTheResourcesSetIt() throws Exception {
        HttpResponse<String> run = send(HttpRequest.newBuilder(uri("/api/simulations/deep-linear/run")).build());
        assertThat(run.headers().allValues("Cache-Control")).containsExactly("public, max-age=3600");
        assertThat(run.headers().allValues("Pragma")).isEmpty();
        HttpResponse<String> css = send(HttpRequest.newBuilder(uri("/styles.css")).build());
        assertThat(css.headers().allValues("Cache-Control")).hasSize(1);
        assertThat(css.headers().allValues("Pragma")).isEmpty();
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLaxAndNeverInAUrl() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/signin")).build());
        String session = cookie(page, "JSESSIONID").orElseThrow();
        assertThat(session).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .as("Secure only when configured for HTTPS").doesNotContainIgnoringCase("; Secure");
        assertThat(page.body()).doesNotContain(";jsessionid=");

        // A forged sign-in post (no CSRF token) is refused outright; a wrong password redirects to the sign-in
        // page: by cookie, not with the id in the Location.
        HttpResponse<String> forged = send(HttpRequest.newBuilder(uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=a&password=b")).build());
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session.split(";", 2)[0])
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(meta(page.body(), "_csrf"))
                        + "&username=a%40example.org&password=wrong-password")).build());
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).contains("/signin?error").doesNotContainIgnoringCase("jsessionid"));
    }

    @Test
    void signingInKeepingMeSignedInSetsHttpOnlyCookies() throws Exception {
        String email = "headers-" + UUID.randomUUID() + "@example.org";
        accounts.signUp("Ada", email, PASSWORD, false);
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/signin")).build());
        String session = cookie(page, "JSESSIONID").orElseThrow().split(";", 2)[0];
        String token = meta(page.body(), "_csrf");
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", session)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(token) + "&username=" + enc(email)
                        + "&password=" + enc(PASSWORD) + "&remember-me=on")).build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).doesNotContain("error").doesNotContainIgnoringCase("jsessionid"));
        assertThat(cookie(signedIn, "remember-me")).hasValueSatisfying(c ->
                assertThat(c).containsIgnoringCase("; HttpOnly"));
        assertThat(cookie(signedIn, "JSESSIONID")).as("a new session after sign-in, with the same flags")
                .hasValueSatisfying(c -> assertThat(c).containsIgnoringCase("; HttpOnly")
                        .containsIgnoringCase("; SameSite=Lax"));
    }

    @Test
    void aRequestTheApiRefusesGetsA403InTheApisShapeNotARedirect() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/simulations/deep-linear/run"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/json"));
        assertThat(response.body()).startsWith("{\"error\": \"This request was refused. The HTTP API answers GET "
                + "requests;").contains("the CSRF token from GET /api/csrf").endsWith("\"}");
    }

    @Test
    void aRequestTheServerCannotReadIsA400NotARedirectToSignIn() throws Exception {
        // Sent byte for byte: java.net.URI refuses to build these, a hostile client does not.
        for (String path : List.of("/api/simulations/deep-linear/run?depth=%zz",
                "/api/simulations/deep-linear/run?%")) {
            String response = rawGet(path);
            assertThat(response).as(path).startsWith("HTTP/1.1 4").doesNotContainIgnoringCase("\r\nLocation:")
                    .doesNotContain("Exception").doesNotContain("at org.");
        }
    }

    private String rawGet(String pathAndQuery) throws Exception {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Optional<String> cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as("meta " + name).isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
