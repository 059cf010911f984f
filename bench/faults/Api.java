import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One signed-in session over HTTP/1.1: its cookie and CSRF token, sent by hand. */
final class Api {
    final String base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    String cookie = "";
    String token = "";

    Api(String base) {
        this.base = base;
    }

    Api signIn(String email, String password) throws Exception {
        HttpResponse<String> csrf = get("/api/csrf");
        cookie(csrf);
        String form = "username=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(token(csrf));
        HttpResponse<String> signIn = http.send(request("/signin").header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signIn.statusCode() + " " + signIn.headers());
        }
        cookie(signIn);
        token = token(get("/api/csrf"));   // sign-in issues a new token
        return this;
    }

    /** The slug of a 201, or an exception naming the answer. */
    String saved(String body) throws Exception {
        HttpResponse<String> answer = post(body);
        Matcher slug = KillWhileSaving.SLUG.matcher(answer.body());
        if (answer.statusCode() != 201 || !slug.find()) {
            throw new IllegalStateException("save answered " + answer.statusCode() + ": " + answer.body());
        }
        return slug.group(1);
    }

    HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return post(body, null);
    }

    /** A save; with a key, a repeat of the same key returns the first save (the API's Idempotency-Key). */
    HttpResponse<String> post(String body, String key) throws IOException, InterruptedException {
        HttpRequest.Builder request = request("/api/experiments").header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return cookie.isEmpty() ? b : b.header("Cookie", cookie);
    }

    private void cookie(HttpResponse<?> response) {
        response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().ifPresent(c -> cookie = c.split(";", 2)[0]);
    }

    private static String token(HttpResponse<String> csrf) {
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(csrf.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in " + csrf.body());
        }
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
