package org.learningmechanics.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.experiment.ExperimentFixtures;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.Visibility;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.runner.Simulations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hostile input against every HTTP endpoint and every parameter of every simulation, through the real server: random
 * and boundary values, NaN/±Infinity, huge and negative numbers, wrong types, 10,000-character strings, unicode,
 * control characters, injection strings, duplicate and unknown parameters, path traversal in ids. The views that
 * read a query (a shared run of every simulation, a saved experiment, compare, search) are also opened as a browser
 * opens them, so their own parsing runs. Seeded, so a failure can be replayed; bounded, so it runs in seconds.
 *
 * <p>Every answer must be 2xx, 3xx (only where a redirect is the contract: the sign-in post) or 4xx, never 5xx; an
 * API 4xx must be {@code {error, parameter?}} in plain words; no body may carry a stack trace, an exception class
 * name or SQL; and afterwards the server still answers ordinary requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // A hostile but valid corner must not hold the test for the production budget of 30 s.
        properties = {"learningmechanics.simulations.time-budget=3s",
                // Every hostile save should reach the checks, not the per-account limit (tested in ExperimentApiTest).
                "learningmechanics.api.saves-per-minute=100000"})
class HostileInputTest {

    static final long SEED = 20261128L;

    /** Values nobody should be able to hurt us with, whatever the parameter. */
    static final List<String> HOSTILE = List.of(
            "", " ", "\t", "NaN", "-NaN", "nan", "Infinity", "-Infinity", "+Infinity", "Inf", "∞",
            "1e308", "1e309", "-1e309", "4.9e-324", "1e-400", "-0", "0", "-1", "-2147483649", "2147483648",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e18", "0x1p3", "0x10", "1_000",
            "1,5", "1.5.5", "1e", "e5", "--1", "١٢", "½", "true", "null", "[]", "{}", "[1,2]", "{\"a\":1}",
            "'; DROP TABLE experiment; --", "1' OR '1'='1", "1; SELECT pg_sleep(10)",
            "\" UNION SELECT * FROM account --",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "${7*7}", "#{7*7}",
            "{{7*7}}", "%s%s%s%n", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%00", "\u0000",
            "\u0001\u001f\u007f",
            "\r\nSet-Cookie: pwned=1", "😀", "\u202eevil", "ｄｅｐｔｈ", "\uFEFF1", "Ω≈ç√∫",
            "9".repeat(400), "1" + "0".repeat(400) + ".5", "x".repeat(10_000), "7".repeat(10_000));

    static final List<String> CORE = List.of("", "NaN", "Infinity", "-Infinity", "1e309", "-1",
            "9223372036854775808", "half", "'; DROP TABLE experiment; --", "<script>alert(1)</script>", "😀",
            "\u0000\r\n", "x".repeat(10_000));

    static final List<String> HOSTILE_IDS = List.of(
            "no-such", "..", "...", "%2e%2e", "%2e%2e%2fetc%2fpasswd", "..%2f..%2fetc%2fpasswd", "..%252f..%252f",
            "%00", "%0d%0aSet-Cookie:%20x=1", "DEEP-LINEAR", "deep-linear%20", "deep-linear;jsessionid=1",
            "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%27%20OR%20%271%27%3D%271", "%F0%9F%98%80", "%C0%AE%C0%AE",
            "%ZZ", "%", "a".repeat(300), "x".repeat(10_000), "~root", "con", "null", "undefined", "0", "-1");

    /** What would betray the inside of the server: traces, class names, SQL errors. */
    static final Pattern LEAK = Pattern.compile("\\tat |\\bat (java|org|jdk|com)\\.|Caused by|Exception\\b|"
            + "java\\.(lang|util|sql)\\.|org\\.(springframework|apache|postgresql|learningmechanics|hibernate)\\.|"
            + "SQLState|PSQLException|syntax error at or near|relation \"|\\bjdbc:");

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentService experiments;
    @Autowired
    ExperimentJson files;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(SEED);
    private final List<String> failures = new ArrayList<>();
    private int requests;

    @Test
    void noHostileRequestGetsA5xxOrALeakAndTheServerStillAnswersAfterwards() throws Exception {
        long start = System.nanoTime();
        List<Simulation> simulations = Simulations.ofTheBook();

        api("/api/simulations");
        api("/api/simulations?depth=NaN&x=" + enc("<script>"));
        for (String id : HOSTILE_IDS) {
            api("/api/simulations/" + id);
            api("/api/simulations/" + id + "/run");
            api("/api/simulations/" + id + "/run.csv?seed=1");
            page("/run/" + id);
            page("/x/" + id);
            page("/chapters/" + id);
            api("/api/experiments/" + id);
        }
        api("/api/simulations/../../etc/passwd");
        api("/api/simulations/deep-linear/../../../etc/passwd");
        api("/api/simulations//deep-linear/run");
        api("/api/simulations/deep-linear/run/");
        api("/api/simulations/deep-linear/run.json");
        api("/api/simulations/deep-linear/run.csv.exe");
        api("/api/nothing-here");

        for (Simulation simulation : simulations) {
            String id = simulation.descriptor().id();
            String run = "/api/simulations/" + id + "/run";
            for (ParameterSpec p : simulation.descriptor().parameters()) {
                List<String> values = valuesFor();
                for (String value : values) {
                    String q = "?" + p.name() + "=" + enc(value);
                    api(run + q);
                    if (random.nextInt(6) == 0) {
                        api(run + ".csv" + q);
                        page("/run/" + id + q);
                    }
                }
                // Boundaries: just outside are refused; at the edges is a real run (bounded by the test's budget).
                for (String value : boundaries(p)) {
                    api(run + "?" + p.name() + "=" + enc(value));
                }
                api(run + "?" + p.name() + "=" + enc(String.valueOf(p.defaultValue())) + "&" + p.name() + "="
                        + enc(String.valueOf(p.defaultValue())));
                api(run + "?" + p.name() + "&seed=1");
                api(run + "?" + p.name() + "[]=1");
                page("/run/" + id + "?" + p.name() + "=1&" + p.name() + "=2");
            }
            api(run + "?noSuchParameter=1");
            api(run + "?" + enc("<script>alert(1)</script>") + "=1");
            api(run + "?" + enc("x".repeat(2_000)) + "=1");
            api(run + "?seed=" + enc("x".repeat(2_000)));
            for (String value : List.of("NaN", "1e30", "-1", "9223372036854775808", "0x10", "1.5", "😀", "")) {
                api(run + "?seed=" + enc(value));
            }
            api(run + "?seed=1&seed=2");
            api(run + "?" + "a=1&".repeat(500));
            api(run + "?=1&&&=&");
            String everything = String.join("&", simulation.descriptor().parameters().stream()
                    .map(p -> p.name() + "=" + enc(HOSTILE.get(random.nextInt(HOSTILE.size())))).toList());
            api(run + "?" + everything);
            page("/run/" + id + "?" + everything);
            view("run/" + id, everything);
        }

        for (String slug : randomSlugs()) {
            page("/x/" + slug);
            api("/api/experiments/" + slug);
        }
        view("x/" + randomSlugs().getFirst(), "live=" + enc("<script>"));
        view("chapters/" + enc("'; DROP TABLE chapter; --"), "");
        view("compare", "e=" + enc("<script>") + "&e=" + "A".repeat(22) + "&e=" + enc("x".repeat(500)));
        view("search", "q=" + enc("%' OR 1=1 --" + "\u0000"));
        page("/compare?e=" + enc("<script>") + "&e=..%2F..&e=" + "A".repeat(22));
        page("/search?q=" + enc("'; DROP TABLE account; --" + "x".repeat(500)));
        page("/experiments?sort=" + enc("name; DROP TABLE experiment"));
        for (String to : List.of("https://evil.example/", "//evil.example", "/\\evil.example", "../../etc/passwd",
                "javascript:alert(1)", "x".repeat(3_000))) {
            page("/back?to=" + enc(to));
        }
        page("/signup?email=" + enc("<script>") + "&name=" + enc("x".repeat(2_000)));
        page("/account?tab=" + enc("../../"));
        for (String code : List.of("", "x".repeat(2_000), "'; DROP TABLE course; --", "<script>", "😀😀😀",
                "0000000000", "../../etc")) {
            page("/join/" + enc(code));
        }
        page("/teaching/" + enc("not-a-uuid"));
        page("/teaching/" + java.util.UUID.randomUUID());
        page("/courses?filter=" + enc("<img src=x>"));

        signInPosts();
        otherMethods();
        experimentSaves();

        assertThat(failures).as("hostile requests answered wrongly (seed " + SEED + ")").isEmpty();

        HttpResponse<String> normal = send(HttpRequest.newBuilder(uri("/api/simulations/deep-linear/run?depth=3"))
                .build());
        assertThat(normal.statusCode()).as("a normal run afterwards").isEqualTo(200);
        assertThat(json.readTree(normal.body()).get("parameters").get("depth").asInt()).isEqualTo(3);
        assertThat(send(HttpRequest.newBuilder(uri("/chapters/deep-linear-networks")).build()).statusCode())
                .as("a chapter page afterwards").isEqualTo(200);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        // How long it took is reported, not asserted: a loaded machine is not a failure (bench/ measures speed).
        System.out.println("HostileInputTest: " + requests + " requests in " + seconds + " s");
    }

    /** The sign-in post with and without its CSRF token, with hostile fields, duplicates and bodies. */
    private void signInPosts() throws Exception {
        for (String value : List.of("", "x".repeat(10_000), "'; DROP TABLE account; --", "<script>", "\u0000",
                "😀@example.org", "a@b")) {
            post("/signin", "username=" + enc(value) + "&password=" + enc(value), null);
        }
        // With a real session and token (from the page's meta tags), so the body reaches authentication.
        HttpResponse<String> signInPage = send(HttpRequest.newBuilder(uri("/signin")).build());
        String cookie = signInPage.headers().firstValue("set-cookie").map(c -> c.split(";", 2)[0]).orElse(null);
        String token = meta(signInPage.body(), "_csrf");
        if (token == null || cookie == null) {
            failures.add("GET /signin: no session cookie or _csrf meta tag to post with");
            return;
        }
        List<String> fields = List.of("", "x".repeat(10_000), "' OR 1=1 --", "<img src=x>", "\u0000\r\n",
                "😀@example.org", "a".repeat(300) + "@example.org");
        for (String field : fields) {
            post("/signin", "_csrf=" + enc(token) + "&username=" + enc(field) + "&password=" + enc(field), cookie);
        }
        post("/signin", "_csrf=" + enc(token) + "&username=a&username=b&password=x&password=y&remember-me=%00",
                cookie);
        post("/signin", "_csrf=" + enc(token) + "&" + "junk=1&".repeat(1_000), cookie);
        post("/signin", "_csrf=" + enc(token) + "&%ZZ=%&=", cookie);
    }

    /** Methods the endpoints do not take, and odd content types. */
    private void otherMethods() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
            for (String path : List.of("/api/simulations", "/api/simulations/deep-linear/run", "/api/experiments",
                    "/api/experiments/AAAAAAAAAAAAAAAAAAAAAA", "/api/csrf")) {
                probe(HttpRequest.newBuilder(uri(path)).method(method,
                        HttpRequest.BodyPublishers.ofString("{\"depth\": NaN")).header("Content-Type",
                        "application/json").build(), true);
            }
        }
        probe(HttpRequest.newBuilder(uri("/api/simulations/deep-linear/run")).header("Accept", "image/png")
                .build(), false);
        probe(HttpRequest.newBuilder(uri("/api/simulations/deep-linear/run.csv")).header("Accept",
                "application/json").build(), false);
    }

    /**
     * Saving experiments over the API as a signed-in script: hostile values in every field of an exported file,
     * broken and hostile files, odd content types and sharing choices, a body over the limit, and no token at all.
     */
    private void experimentSaves() throws Exception {
        api("/api/csrf");
        probe(HttpRequest.newBuilder(uri("/api/experiments")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), true);
        String[] session = signedInScript();
        if (session == null) {
            return;
        }
        Account owner = accounts.signUp("Fuzz", "fuzz-" + java.util.UUID.randomUUID() + "@example.org",
                ExperimentFixtures.PASSWORD, false);
        String file = files.export(experiments.save(owner.id(), ExperimentFixtures.deepLinear(2), "Fuzzed", "",
                Visibility.PRIVATE));
        // The control: a valid file is saved, so the hostile ones below get past sign-in and the CSRF check.
        HttpResponse<String> valid = probe(save(session, "", "application/json",
                HttpRequest.BodyPublishers.ofString(file)), true);
        if (valid == null || valid.statusCode() != 201) {
            failures.add("a valid save by a signed-in script → " + (valid == null ? "no answer"
                    : valid.statusCode() + ": " + abbreviate(valid.body())));
        }
        List<String> bodies = new ArrayList<>(List.of("", "null", "[]", "{}", "[".repeat(5_000),
                "{\"a\":".repeat(100), file.replaceFirst("\\{", "{\"seed\": 1, "),
                file.replace("\"seed\" : ", "\"seed\" : 9" + "9".repeat(500)), file.substring(0, file.length() / 2),
                "x".repeat(10_000)));
        for (String field : List.of("title", "notes", "simulation", "seed", "version", "format", "result",
                "parameters")) {
            for (String value : CORE) {
                ObjectNode changed = (ObjectNode) json.readTree(file);
                changed.put(field, value);
                bodies.add(changed.toString());
            }
        }
        for (String value : valuesFor()) {
            ObjectNode changed = (ObjectNode) json.readTree(file);
            ((ObjectNode) changed.get("parameters")).put("depth", value);
            bodies.add(changed.toString());
        }
        for (String body : bodies) {
            probe(save(session, "", "application/json", HttpRequest.BodyPublishers.ofString(body)), true);
        }
        for (String type : List.of("text/plain", "application/json; charset=EBCDIC", "*/*", ";;;",
                "application/x-www-form-urlencoded", "application/json" + "x".repeat(2_000))) {
            probe(save(session, "", type, HttpRequest.BodyPublishers.ofString(file)), true);
        }
        for (String value : CORE) {
            probe(save(session, "?visibility=" + enc(value), "application/json",
                    HttpRequest.BodyPublishers.ofString(file)), true);
        }
        probe(save(session, "", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(new byte[ExperimentJson.MAX_BYTES + 1])), true);
    }

    /** A signed-in session's cookie and CSRF token, got as a script gets them, or null (recorded). */
    private String[] signedInScript() throws Exception {
        Account account = accounts.signUp("Script", "script-" + java.util.UUID.randomUUID() + "@example.org",
                ExperimentFixtures.PASSWORD, false);
        HttpResponse<String> first = send(HttpRequest.newBuilder(uri("/api/csrf")).build());
        String cookie = first.headers().firstValue("set-cookie").map(c -> c.split(";", 2)[0]).orElse("");
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(uri("/signin")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(account.email()) + "&password="
                        + enc(ExperimentFixtures.PASSWORD) + "&_csrf="
                        + enc(json.readTree(first.body()).path("token").asString()))).build());
        cookie = signIn.headers().firstValue("set-cookie").map(c -> c.split(";", 2)[0]).orElse(cookie);
        HttpResponse<String> token = send(HttpRequest.newBuilder(uri("/api/csrf")).header("Cookie", cookie).build());
        if (signIn.statusCode() != 302 || signIn.headers().firstValue("location").orElse("").contains("error")
                || token.statusCode() != 200) {
            failures.add("signing in as a script failed: " + signIn.statusCode() + " " + signIn.headers().map());
            return null;
        }
        return new String[] {cookie, json.readTree(token.body()).get("token").asString()};
    }

    private HttpRequest save(String[] session, String query, String type, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(uri("/api/experiments" + query)).header("Cookie", session[0])
                .header("X-CSRF-TOKEN", session[1]).header("Content-Type", type).POST(body)
                .timeout(Duration.ofSeconds(30)).build();
    }

    /**
     * The values every parameter gets: the core hostile set, a seeded sample of the rest, and random ones. (All of
     * {@link #HOSTILE} for every parameter would be ~6,000 requests; the sample keeps the test fast while every
     * value still meets many parameters.)
     */
    private List<String> valuesFor() {
        List<String> values = new ArrayList<>(CORE);
        List<String> rest = new ArrayList<>(HOSTILE);
        rest.removeAll(CORE);
        java.util.Collections.shuffle(rest, random);
        values.addAll(rest.subList(0, 6));
        values.addAll(randomValues(4));
        return values;
    }

    /**
     * Opens a view as a browser does (HTML, Vaadin's init, the navigation event) with a hostile query, so that the
     * view's own parsing runs: the answer must not be Vaadin's error view or carry a trace.
     */
    private void view(String route, String query) throws Exception {
        HttpResponse<String> html = probe(HttpRequest.newBuilder(uri("/" + route + "?" + query)).build(), false);
        if (html == null || html.statusCode() >= 400) {
            return;   // refused before any view (a request line over the limit, an unknown chapter): checked above
        }
        String cookie = html.headers().firstValue("set-cookie").map(c -> c.split(";", 2)[0])
                .or(() -> sessionFromSignInPage()).orElse(null);
        if (cookie == null) {
            failures.add("/" + route + ": no session to open the view with");
            return;
        }
        HttpResponse<String> init = probe(HttpRequest.newBuilder(uri("/?v-r=init&location=" + enc(route)
                + "&query=" + enc(query))).header("Cookie", cookie).build(), false);
        Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init == null ? "" : init.body());
        if (!key.find()) {
            failures.add("/" + route + ": no security key in the init answer");
            return;
        }
        String navigate = json.writeValueAsString(java.util.Map.of("csrfToken", key.group(1), "syncId", 0,
                "clientId", 0, "rpc", List.of(java.util.Map.of("type", "event", "node", 1, "event", "ui-navigate",
                        "data", java.util.Map.of("route", java.net.URLDecoder.decode(route, StandardCharsets.UTF_8),
                                "query", query, "appShellTitle", "", "historyState", java.util.Map.of("idx", 0),
                                "trigger", "")))));
        HttpResponse<String> view = probe(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=0"))
                .header("Cookie", cookie).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), false);
        if (view != null && (view.body().contains("There was an exception") || view.body().contains("Internal error")
                || !view.body().contains("\"changes\""))) {
            failures.add("view /" + route + "?" + abbreviate(query) + " → not a view: " + abbreviate(view.body()));
        }
    }

    /** A session for a page whose own answer set no cookie (not every bootstrap page needs one). */
    private Optional<String> sessionFromSignInPage() {
        try {
            return send(HttpRequest.newBuilder(uri("/signin")).build()).headers().firstValue("set-cookie")
                    .map(c -> c.split(";", 2)[0]);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private List<String> randomValues(int count) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(switch (random.nextInt(5)) {
                case 0 -> String.valueOf((random.nextBoolean() ? 1 : -1) * Math.pow(10, random.nextInt(-400, 400))
                        * random.nextDouble());
                case 1 -> String.valueOf(random.nextLong());
                case 2 -> String.valueOf(random.nextInt(-1000, 1000));
                case 3 -> randomText(random.nextInt(1, 40));
                default -> String.valueOf(random.nextDouble() * 100);
            });
        }
        return values;
    }

    private String randomText(int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int codePoint = random.nextInt(0, 0x1FFFF);
            if (Character.isDefined(codePoint) && !Character.isSurrogate((char) codePoint)) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    private static List<String> boundaries(ParameterSpec p) {
        if (p.type() == ParameterSpec.Type.CHOICE) {
            Set<String> values = new LinkedHashSet<>();
            for (String choice : p.choices()) {
                values.add(choice.toUpperCase());
                values.add(choice + "\u0000");
            }
            values.add("");
            return List.copyOf(values);
        }
        double step = p.type() == ParameterSpec.Type.INTEGER ? 1 : Math.max(p.step(), Math.ulp(p.max()));
        return List.of(ParameterSpec.format(p.min()), ParameterSpec.format(p.max()),
                String.valueOf(Math.nextDown(p.min())), String.valueOf(Math.nextUp(p.max())),
                String.valueOf(p.min() - step), String.valueOf(p.max() + step), String.valueOf(-p.max()),
                String.valueOf(p.max() * 1e6), String.valueOf((p.min() + p.max()) / 2 + 0.5));
    }

    private List<String> randomSlugs() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            StringBuilder slug = new StringBuilder();
            for (int j = 0; j < 22; j++) {
                slug.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            slugs.add(slug.toString());
        }
        return slugs;
    }

    private void api(String pathAndQuery) throws Exception {
        HttpRequest request = request(pathAndQuery);
        if (request != null) {
            probe(request, true);
        }
    }

    private void page(String pathAndQuery) throws Exception {
        HttpRequest request = request(pathAndQuery);
        if (request != null) {
            probe(request, false);
        }
    }

    private void post(String path, String form, String cookie) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            builder.header("Cookie", cookie);
        }
        HttpResponse<String> response = probe(builder.build(), false);
        String location = response == null ? "" : response.headers().firstValue("location").orElse("");
        if (response != null && response.statusCode() == 302
                && !location.matches("http://localhost:\\d+/signin(\\?error)?")) {
            failures.add("POST /signin " + abbreviate(form) + " → 302 to " + location + ", not back to sign-in");
        }
    }

    /** A request for a path and query that is already percent-encoded, or null (recorded) if it is not a URI. */
    private HttpRequest request(String pathAndQuery) {
        try {
            return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(30)).build();
        } catch (IllegalArgumentException notAUri) {
            // The client refuses to send it (e.g. a bare '%'): send it raw over a socket instead.
            rawGet(pathAndQuery);
            return null;
        }
    }

    private void rawGet(String pathAndQuery) {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            requests++;
            int status = Integer.parseInt(response.substring(9, 12));
            if (status >= 500 || status < 200) {
                failures.add("GET " + abbreviate(pathAndQuery) + " (raw) → " + status);
            }
            String body = response.contains("\r\n\r\n") ? response.substring(response.indexOf("\r\n\r\n")) : "";
            // In development mode (as here) Vaadin names each component's Java class in the UIDL for its dev tools
        // ("jc"); production mode does not send them.
        Matcher leak = LEAK.matcher(body.replaceAll("\"key\":\"jc\",\"feat\":0,\"value\":\"[\\w.$]+\"", ""));
            if (leak.find()) {
                failures.add("GET " + abbreviate(pathAndQuery) + " (raw) → " + status + " leaks \"" + leak.group()
                        + "\": " + abbreviate(body));
            }
        } catch (Exception e) {
            failures.add("GET " + abbreviate(pathAndQuery) + " (raw) → no answer: " + e);
        }
    }

    private HttpResponse<String> probe(HttpRequest request, boolean api) {
        String what = request.method() + " " + abbreviate(request.uri().getRawPath()
                + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()));
        HttpResponse<String> response;
        try {
            response = send(request);
        } catch (Exception e) {
            failures.add(what + " → no answer: " + e);
            return null;
        }
        int status = response.statusCode();
        String body = response.body();
        // Redirects are the contract only for the sign-in post and for a view that needs a signed-in reader.
        boolean redirectAllowed = request.uri().getPath().equals("/signin") && request.method().equals("POST")
                || response.headers().firstValue("location").orElse("").endsWith("/signin");
        if (status >= 500 || status < 200 || (status >= 300 && status < 400 && !redirectAllowed)) {
            failures.add(what + " → " + status + ": " + abbreviate(body));
        }
        // In development mode (as here) Vaadin names each component's Java class in the UIDL for its dev tools
        // ("jc"); production mode does not send them.
        Matcher leak = LEAK.matcher(body.replaceAll("\"key\":\"jc\",\"feat\":0,\"value\":\"[\\w.$]+\"", ""));
        if (leak.find()) {
            failures.add(what + " → " + status + " leaks \"" + leak.group() + "\": …" + abbreviate(body.substring(
                    Math.max(0, leak.start() - 150), Math.min(body.length(), leak.end() + 150))) + "…");
        }
        String location = response.headers().firstValue("location").orElse("");
        if (location.toLowerCase(java.util.Locale.ROOT).contains("jsessionid") || body.contains(";jsessionid=")) {
            failures.add(what + " → " + status + " puts the session id in a URL: " + location);
        }
        if (api && status >= 400 && status < 500 && !tomcatRefusal(response)) {
            try {
                JsonNode error = json.readTree(body);
                if (!error.isObject() || !error.path("error").isString() || error.get("error").asString().isBlank()) {
                    failures.add(what + " → " + status + " without {error}: " + abbreviate(body));
                } else if (error.get("error").asString().length() > 600) {
                    failures.add(what + " → " + status + " echoes too much: " + abbreviate(body));
                } else if (error.has("parameter") && !error.get("parameter").isString()) {
                    failures.add(what + " → " + status + " with a parameter that is not text: " + abbreviate(body));
                }
            } catch (RuntimeException notJson) {
                failures.add(what + " → " + status + " not JSON: " + abbreviate(body));
            }
        }
        return response;
    }

    /**
     * Tomcat refuses some requests before any application code runs, with its own bare page (no server version, no
     * report): a request line over the header limit, an encoded slash or NUL in the path, invalid UTF-8, raw
     * brackets in the query. Those 400s are not JSON.
     */
    private static boolean tomcatRefusal(HttpResponse<String> response) {
        return response.statusCode() == 400 && response.body().startsWith("<!doctype html><html lang=\"en\"><head>"
                + "<title>HTTP Status 400 – Bad Request</title>") && !response.body().contains("Tomcat");
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        requests++;
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > 500) {
            System.out.println("slow: " + ms + " ms " + response.statusCode() + " "
                    + abbreviate(request.uri().toString()));
        }
        return response;
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://localhost:" + port + pathAndQuery);
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + name + "\" content=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }
}
