import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of bench/faults/kill-while-saving.sh (JDK only: {@code java bench/faults/KillWhileSaving.java}).
 *
 * <pre>
 * template: runs deep-linear with its defaults over the API, saves that run as an experiment, reads it back as the
 *           exported file (the template every save posts, with its own title and notes), and checks that a save of
 *           the template reads back byte for byte (but for createdAt); fails otherwise, since the checks rely on it.
 * save:     K savers share one signed-in session and post experiments in a loop until the server goes away. Before
 *           each post a saver logs "sent SHA", after a 201 "ack SHA SLUG" (SHA: SHA-256 of the file as it must read
 *           back, createdAt blanked; every title is unique, so SHA names one save).
 * verify:   after the restart, reads back every acknowledged slug of every round, and every row the database holds
 *           (slugs from psql), and counts: acknowledged, present and intact, missing, corrupt (reads back other than
 *           sent, or not at all), in flight at the kill (sent, not acknowledged) and how many of those were stored.
 *           Exits 1 if anything is missing or corrupt.
 * </pre>
 *
 * Options: --base URL --email E --password P, and --out FILE --log FILE (template); --template FILE --log FILE
 * --round R --savers K --max-seconds S (save); --logs DIR --round R --stored FILE (verify).
 */
public class KillWhileSaving {

    static final Pattern SLUG = Pattern.compile("\"slug\":\"([A-Za-z0-9_-]+)\"");
    static final Pattern CREATED = Pattern.compile("\"createdAt\" : \"[^\"]*\"");

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Api api = new Api(o.get("base"));
        switch (args[0]) {
            case "template" -> template(api.signIn(o.get("email"), o.get("password")), Path.of(o.get("out")),
                    Path.of(o.get("log")));
            case "save" -> save(api.signIn(o.get("email"), o.get("password")), Files.readString(Path.of(
                    o.get("template"))), Path.of(o.get("log")), Integer.parseInt(o.get("round")),
                    Integer.parseInt(o.getOrDefault("savers", "8")),
                    Integer.parseInt(o.getOrDefault("max-seconds", "60")));
            case "verify" -> System.exit(verify(api.signIn(o.get("email"), o.get("password")),
                    Path.of(o.get("logs")), Integer.parseInt(o.get("round")), Path.of(o.get("stored"))));
            default -> throw new IllegalArgumentException("mode: template, save or verify");
        }
    }

    static void template(Api api, Path out, Path log) throws Exception {
        Map<String, String> run = TopLevel.of(api.get("/api/simulations/deep-linear/run").body());
        String first = "{\"format\":\"learning-mechanics-experiment\",\"formatVersion\":1,\"simulation\":"
                + run.get("simulation") + ",\"version\":" + run.get("version") + ",\"parameters\":"
                + run.get("parameters") + ",\"seed\":" + run.get("seed") + ",\"title\":\"kill template\","
                + "\"notes\":\"The default deep-linear run.\",\"result\":{\"series\":" + run.get("series")
                + ",\"theory\":" + run.get("theory") + ",\"metrics\":" + run.get("metrics") + ",\"agreement\":"
                + run.get("agreement") + "}}";
        String template = api.get("/api/experiments/" + api.saved(first)).body();
        String check = titled(template, "kill self-check", "Must read back as sent.");
        String slug = api.saved(check);
        String back = api.get("/api/experiments/" + slug).body();
        if (!sha(back).equals(sha(check))) {
            System.err.println("A saved template does not read back as it was sent; the checks cannot work:\n"
                    + check + "\n---\n" + back);
            System.exit(2);
        }
        Files.writeString(out, template);
        Files.writeString(log, "sent " + sha(template) + "\nsent " + sha(check) + "\nack " + sha(check) + " "
                + slug + "\n");
        System.out.println("template: " + template.length() + " bytes (the default deep-linear run), round trip exact");
    }

    static void save(Api api, String template, Path logFile, int round, int savers, int maxSeconds)
            throws Exception {
        AtomicInteger acks = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        System.out.println("saving");   // the script starts its clock now
        System.out.flush();
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        long start = System.nanoTime();
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile));
             ExecutorService pool = Executors.newFixedThreadPool(savers)) {
            for (int s = 0; s < savers; s++) {
                int saver = s;
                pool.submit(() -> {
                    for (int n = 0; System.nanoTime() < deadline; n++) {
                        String body = titled(template, String.format("kill r%d s%d n%d %08x", round, saver, n,
                                ThreadLocalRandom.current().nextInt()), "Saved by bench/faults/kill-while-saving.sh, "
                                + "round " + round + ", saver " + saver + ", number " + n + ".");
                        String sha = sha(body);
                        line(log, "sent " + sha);
                        HttpResponse<String> answer;
                        try {
                            answer = api.post(body);
                        } catch (IOException gone) {
                            line(log, "error " + sha + " " + gone.getClass().getSimpleName());
                            return null;   // the server is gone: this saver is done
                        }
                        Matcher slug = SLUG.matcher(answer.body());
                        if (answer.statusCode() == 201 && slug.find()) {
                            line(log, "ack " + sha + " " + slug.group(1));
                            acks.incrementAndGet();
                        } else {
                            line(log, "refused " + sha + " " + answer.statusCode());
                            refused.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d: %d savers, %d acknowledged in %.1f s (%.0f saves/s), %d refused%n", round,
                savers, acks.get(), seconds, acks.get() / seconds, refused.get());
    }

    static int verify(Api api, Path logs, int round, Path storedFile) throws Exception {
        Set<String> sent = new HashSet<>();
        Map<String, String> acked = new HashMap<>();   // slug -> sha
        Set<String> roundSent = new HashSet<>();
        Set<String> roundAcked = new HashSet<>();
        try (var files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).sorted().toList()) {
                boolean thisRound = file.getFileName().toString().equals("round-" + round + ".log");
                for (String line : Files.readAllLines(file)) {
                    String[] f = line.split(" ");
                    if (f[0].equals("sent")) {
                        sent.add(f[1]);
                        if (thisRound) {
                            roundSent.add(f[1]);
                        }
                    } else if (f[0].equals("ack")) {
                        acked.put(f[2], f[1]);
                        if (thisRound) {
                            roundAcked.add(f[1]);
                        }
                    }
                }
            }
        }
        List<String> stored = Files.readAllLines(storedFile).stream().filter(s -> !s.isBlank()).toList();
        Map<String, String> readBack = readAll(api, new HashSet<String>() {{
            addAll(acked.keySet());
            addAll(stored);
        }});
        int intact = 0;
        int missing = 0;
        int corrupt = 0;
        List<String> problems = new ArrayList<>();
        for (var ack : acked.entrySet()) {
            String got = readBack.get(ack.getKey());
            if (got.equals("404")) {
                missing++;
                problems.add("missing: " + ack.getKey());
            } else if (got.equals(ack.getValue())) {
                intact++;
            } else {
                corrupt++;
                problems.add("corrupt: " + ack.getKey() + " reads back as " + got);
            }
        }
        Set<String> storedShas = new HashSet<>();
        for (String slug : stored) {
            String got = readBack.get(slug);
            storedShas.add(got);
            if (!acked.containsKey(slug) && !sent.contains(got)) {
                corrupt++;
                problems.add("a stored row that no client sent, or unreadable: " + slug + " -> " + got);
            }
        }
        Set<String> inFlight = new HashSet<>(roundSent);
        inFlight.removeAll(roundAcked);
        long inFlightStored = inFlight.stream().filter(storedShas::contains).count();
        System.out.printf("round %d: acknowledged %d (this round %d), present & intact %d, missing %d, corrupt %d, "
                        + "in flight at the kill %d (stored %d, not stored %d), rows in the database %d%n", round,
                acked.size(), roundAcked.size(), intact, missing, corrupt, inFlight.size(), inFlightStored,
                inFlight.size() - inFlightStored, stored.size());
        problems.stream().limit(20).forEach(p -> System.out.println("  " + p));
        return missing + corrupt == 0 ? 0 : 1;
    }

    /** Every slug read back: the SHA of what it answers, "404", or "status N". Four at a time. */
    static Map<String, String> readAll(Api api, Set<String> slugs) throws Exception {
        Map<String, String> result = new ConcurrentHashMap<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (String slug : slugs) {
                pool.submit(() -> {
                    HttpResponse<String> r = api.get("/api/experiments/" + slug);
                    result.put(slug, r.statusCode() == 200 ? sha(r.body())
                            : r.statusCode() == 404 ? "404" : "status " + r.statusCode());
                    return null;
                });
            }
        }
        return result;
    }

    static String titled(String template, String title, String notes) {
        return template.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : \"" + title + "\"")
                .replaceFirst("\"notes\" : \"[^\"]*\"", "\"notes\" : \"" + notes + "\"");
    }

    /** SHA-256 of a file as it must read back: createdAt is the server's, so it is blanked. */
    static String sha(String file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    CREATED.matcher(file).replaceFirst("\"createdAt\" : \"\"").getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized void line(PrintWriter log, String line) {
        log.println(line);
        log.flush();
    }

    /** One signed-in session over HTTP/1.1: its cookie and CSRF token, sent by hand. */
    static final class Api {
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
            Matcher slug = SLUG.matcher(answer.body());
            if (answer.statusCode() != 201 || !slug.find()) {
                throw new IllegalStateException("save answered " + answer.statusCode() + ": " + answer.body());
            }
            return slug.group(1);
        }

        HttpResponse<String> post(String body) throws IOException, InterruptedException {
            return http.send(request("/api/experiments").header("Content-Type", "application/json")
                    .header("X-CSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
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

    /** The raw text of each top-level value of a JSON object: enough to re-nest a run's answer, no parser needed. */
    static final class TopLevel {
        static Map<String, String> of(String json) {
            Map<String, String> values = new HashMap<>();
            int i = json.indexOf('{') + 1;
            while (i < json.length()) {
                i = skipSpace(json, i);
                if (json.charAt(i) == '}') {
                    break;
                }
                int keyEnd = stringEnd(json, i);
                String key = json.substring(i + 1, keyEnd - 1);
                int start = skipSpace(json, json.indexOf(':', keyEnd) + 1);
                int end = valueEnd(json, start);
                values.put(key, json.substring(start, end));
                i = skipSpace(json, end);
                if (json.charAt(i) == ',') {
                    i++;
                }
            }
            return values;
        }

        private static int valueEnd(String s, int i) {
            if (s.charAt(i) == '"') {
                return stringEnd(s, i);
            }
            int depth = 0;
            for (; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"') {
                    i = stringEnd(s, i) - 1;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        return i;
                    }
                    if (--depth == 0) {
                        return i + 1;
                    }
                } else if (c == ',' && depth == 0) {
                    return i;
                }
            }
            return i;
        }

        /** Just past the closing quote of the string that opens at i. */
        private static int stringEnd(String s, int i) {
            for (int j = i + 1; ; j++) {
                if (s.charAt(j) == '\\') {
                    j++;
                } else if (s.charAt(j) == '"') {
                    return j + 1;
                }
            }
        }

        private static int skipSpace(String s, int i) {
            while (Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
