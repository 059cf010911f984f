import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many visitors at once against a running Learning Mechanics, over plain HTTP (JDK only; run it with {@code java
 * bench/load/LoadTest.java …}). See bench/load/README.md for what it measures and the figures.
 *
 * <pre>
 * visitors mode (default): N visitors, each in a loop of visits; a visit is a new session that
 *   1. opens a chapter: GET /chapters/{id} (the HTML), GET /?v-r=init&location=chapters/{id} (Vaadin makes a UI
 *      for the tab) and POST /?v-r=uidl with the navigation event (the server builds the chapter view, starts its
 *      default runs, and answers the whole view): what a browser does before any interaction; "page" is all three;
 *      one think time later it takes what the server has for the page since ("chapter push": the charts of its
 *      finished runs, which a browser's push connection receives the moment they are ready)
 *   2. runs the chapter's simulation with its defaults over the API (served from the run record)
 *   3. runs it with a random parameter (computed: a slider moved)
 *   4. opens a shared experiment the same way: /x/{slug}, init, navigation (the stored result, nothing computed)
 *   5. with --save-accounts, saves that experiment's file under a new title (POST /api/experiments) with one of
 *      those accounts' sessions, signed in once at the start and shared by all visitors
 *   with a think time between steps. Each visitor has its own loopback address (127.1.x.y), as students on
 *   their own machines would, so the per-address run limit applies to each separately.
 * flood mode: the same visitors for a baseline period alone, then again while F flooders (own addresses) each keep
 *   K expensive, never-cached runs in flight with no pause; reports page p95 unloaded vs loaded and the 429s.
 * storm mode: --opens O opens of the shared experiment (new session each), --concurrency C at a time, no think time.
 * </pre>
 *
 * Options: --base URL --visitors N --seconds S --think-ms T --slug SLUG --mode visitors|flood|storm --flooders F
 * --opens O --concurrency C
 * --in-flight K --chapter ID --simulation ID --save-accounts EMAIL,EMAIL… --save-password P
 */
public class LoadTest {

    record Sample(String kind, long micros, int status) {
    }

    static final class Stats {
        final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
        final AtomicLong requests = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong visits = new AtomicLong();
        final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

        void add(String kind, long micros, int status) {
            requests.incrementAndGet();
            statuses.computeIfAbsent(kind + " " + status, k -> new AtomicLong()).incrementAndGet();
            if (status == 429) {
                refused.incrementAndGet();
            } else if (status < 200 || status >= 400) {
                errors.incrementAndGet();
            } else {
                latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
            }
        }

        /** A step made of several requests (a page: its HTML and its init), already counted one by one. */
        void composite(String kind, long micros) {
            latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        }

        void error(String kind, String what) {
            requests.incrementAndGet();
            errors.incrementAndGet();
            statuses.computeIfAbsent(kind + " exception", k -> new AtomicLong()).incrementAndGet();
            if (firstErrors.size() < 5) {
                firstErrors.add(kind + ": " + what);
            }
        }

        double percentile(String kind, double p) {
            List<Long> values = latencies.getOrDefault(kind, List.of());
            List<Long> sorted;
            synchronized (values) {
                sorted = new ArrayList<>(values);
            }
            if (sorted.isEmpty()) {
                return Double.NaN;
            }
            Collections.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1000.0;
        }

        int count(String kind) {
            return latencies.getOrDefault(kind, List.of()).size();
        }
    }

    static final List<String> KINDS = List.of("page", "chapter html", "chapter init", "chapter view", "run cached",
            "run computed", "shared link", "shared html", "shared init", "shared view", "chapter push", "save",
            "flood run");

    final String base;
    final Map<String, String> options;
    final Map<String, HttpClient> clients = new ConcurrentHashMap<>();
    /** Signed-in sessions (cookie, CSRF token) that visitors save experiments with; empty: no saving. */
    final List<String[]> savers = new ArrayList<>();
    String experimentFile;

    LoadTest(Map<String, String> options) {
        this.options = options;
        this.base = options.getOrDefault("base", "http://localhost:8080");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        LoadTest test = new LoadTest(options);
        if (options.containsKey("save-accounts")) {
            test.signInSavers();
        }
        String mode = options.getOrDefault("mode", "visitors");
        if (mode.equals("flood")) {
            test.flood();
        } else if (mode.equals("storm")) {
            test.storm();
        } else {
            Stats stats = test.visitors(test.intOption("visitors", 50), test.intOption("seconds", 30), null);
            test.print("visitors=" + test.intOption("visitors", 50), stats, test.intOption("seconds", 30));
        }
        System.exit(0);
    }

    int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    /** One client per source address, bound to it, speaking HTTP/1.1 like a browser on plain http. */
    HttpClient client(String address) {
        return clients.computeIfAbsent(address, a -> {
            try {
                return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .localAddress(InetAddress.getByName(a)).connectTimeout(Duration.ofSeconds(10)).build();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static String address(int group, int i) {
        return "127." + group + "." + (i / 250) + "." + (i % 250 + 1);
    }

    Stats visitors(int n, int seconds, Runnable whileRunning) throws Exception {
        Stats stats = new Stats();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                HttpClient client = client(address(1, i));
                threads.submit(() -> {
                    // Start spread over the first think time, not all in the same millisecond.
                    sleep(ThreadLocalRandom.current().nextLong(thinkMs() + 1));
                    while (System.nanoTime() < end) {
                        visit(client, stats);
                    }
                    return null;
                });
            }
            if (whileRunning != null) {
                whileRunning.run();
            }
        }
        return stats;
    }

    long thinkMs() {
        return intOption("think-ms", 1000);
    }

    void think() {
        long t = thinkMs();
        sleep(t / 2 + ThreadLocalRandom.current().nextLong(t + 1));
    }

    void visit(HttpClient client, Stats stats) {
        String chapter = options.getOrDefault("chapter", "deep-linear-networks");
        String simulation = options.getOrDefault("simulation", "deep-linear");
        String slug = options.get("slug");
        String[] cookie = {null};
        long pageStart = System.nanoTime();
        Page page = openPage(client, stats, "chapter", "chapters/" + chapter, cookie);
        if (page != null) {
            stats.composite("page", (System.nanoTime() - pageStart) / 1000);
        }
        think();
        if (page != null) {
            receive(client, stats, page, cookie);
        }
        get(client, stats, "run cached", "/api/simulations/" + simulation + "/run", cookie);
        think();
        double tMax = 5 + ThreadLocalRandom.current().nextInt(9500) / 100.0;
        get(client, stats, "run computed", "/api/simulations/" + simulation + "/run?tMax=" + tMax + "&seed="
                + ThreadLocalRandom.current().nextInt(1_000_000), cookie);
        if (slug != null) {
            think();
            long linkStart = System.nanoTime();
            if (open(client, stats, "shared", "x/" + slug, cookie)) {
                stats.composite("shared link", (System.nanoTime() - linkStart) / 1000);
            }
        }
        if (!savers.isEmpty()) {
            think();
            save(client, stats);
        }
        stats.visits.incrementAndGet();
        think();
    }

    /**
     * Signs in each of a few accounts once (Argon2 makes a sign-in per visitor cost more CPU than the visit itself)
     * and takes the shared experiment's exported file as the one every visitor saves under its own title.
     */
    void signInSavers() throws Exception {
        HttpClient client = client("127.0.0.1");
        String[] none = {null};
        String[] file = {null};
        Stats setup = new Stats();
        send(client, setup, "setup", HttpRequest.newBuilder(URI.create(base + "/api/experiments/"
                + options.get("slug"))), none, file);
        experimentFile = file[0];
        for (String email : options.get("save-accounts").split(",")) {
            String[] cookie = {null};
            String[] body = {null};
            send(client, setup, "setup", HttpRequest.newBuilder(URI.create(base + "/api/csrf")), cookie, body);
            String form = "username=" + enc(email) + "&password=" + enc(options.get("save-password")) + "&_csrf="
                    + enc(token(body[0]));
            if (send(client, setup, "setup", HttpRequest.newBuilder(URI.create(base + "/signin"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)), cookie, null) != 302) {
                throw new IllegalStateException("could not sign in as " + email);
            }
            send(client, setup, "setup", HttpRequest.newBuilder(URI.create(base + "/api/csrf")), cookie, body);
            savers.add(new String[] {cookie[0], token(body[0])});
        }
    }

    /** Saves the shared experiment's file under a new title with one of the signed-in sessions: a 201 is a save. */
    void save(HttpClient client, Stats stats) {
        String[] session = savers.get(ThreadLocalRandom.current().nextInt(savers.size()));
        String body = experimentFile.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : \"Load test save "
                + ThreadLocalRandom.current().nextLong(1L << 40) + "\"");
        send(client, stats, "save", HttpRequest.newBuilder(URI.create(base + "/api/experiments"))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", session[1])
                .POST(HttpRequest.BodyPublishers.ofString(body)), new String[] {session[0]}, null);
    }

    static String token(String csrfAnswer) {
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(csrfAnswer);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token in " + csrfAnswer);
        }
        return m.group(1);
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

    /**
     * Opens a page as a browser does before any interaction: its HTML, Vaadin's init (a UI for this tab), and the
     * navigation event whose answer is the view built on the server.
     */
    boolean open(HttpClient client, Stats stats, String kind, String route, String[] cookie) {
        return openPage(client, stats, kind, route, cookie) != null;
    }

    /** A UI the server built for a visitor: what a later request to it needs. */
    record Page(String uiId, String securityKey, int syncId) {
    }

    static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

    /** {@link #open}, keeping what it takes to talk to the UI again; null when a request failed. */
    Page openPage(HttpClient client, Stats stats, String kind, String route, String[] cookie) {
        if (get(client, stats, kind + " html", "/" + route, cookie) != 200) {
            return null;
        }
        String[] body = {null};
        if (send(client, stats, kind + " init", HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + route.replace("/", "%2F") + "&query=")), cookie, body) != 200) {
            return null;
        }
        Matcher key = SECURITY_KEY.matcher(body[0]);
        Matcher ui = UI_ID.matcher(body[0]);
        if (!key.find() || !ui.find()) {
            stats.error(kind + " init", "no security key or UI id in the init response");
            return null;
        }
        String navigate = "{\"csrfToken\":\"" + key.group(1) + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":0,\"clientId\":0}";
        if (send(client, stats, kind + " view", HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId="
                + ui.group(1))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(navigate)), cookie, body) != 200) {
            return null;
        }
        Matcher sync = SYNC_ID.matcher(body[0]);
        return new Page(ui.group(1), key.group(1), sync.find() ? Integer.parseInt(sync.group(1)) : 0);
    }

    /**
     * Takes what the server has for the page since it was built (the charts of its finished runs), as a browser's
     * push connection does the moment they are ready. Without it, every update would wait in the session for a
     * request that never comes, and the session would weigh what no real reader's does.
     */
    void receive(HttpClient client, Stats stats, Page page, String[] cookie) {
        String poll = "{\"csrfToken\":\"" + page.securityKey() + "\",\"rpc\":[],\"syncId\":" + page.syncId()
                + ",\"clientId\":1}";
        send(client, stats, "chapter push", HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId="
                + page.uiId())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(poll)), cookie, null);
    }

    int get(HttpClient client, Stats stats, String kind, String path, String[] cookie) {
        return send(client, stats, kind, HttpRequest.newBuilder(URI.create(base + path)), cookie, null);
    }

    int send(HttpClient client, Stats stats, String kind, HttpRequest.Builder request, String[] cookie,
             String[] body) {
        request.timeout(Duration.ofSeconds(60));
        String path = request.build().uri().getRawPath();
        if (cookie[0] != null) {
            request.header("Cookie", cookie[0]);
        }
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long micros = (System.nanoTime() - start) / 1000;
            response.headers().firstValue("set-cookie").filter(c -> c.startsWith("JSESSIONID="))
                    .ifPresent(c -> cookie[0] = c.split(";", 2)[0]);
            stats.add(kind, micros, response.statusCode());
            if (body != null) {
                body[0] = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
            }
            if (response.statusCode() >= 400 && response.statusCode() != 429 && stats.firstErrors.size() < 5) {
                stats.firstErrors.add(kind + " " + path + " → " + response.statusCode() + " "
                        + new String(response.body(), 0, Math.min(200, response.body().length)));
            }
            return response.statusCode();
        } catch (IOException e) {
            stats.error(kind, e.toString());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Unloaded baseline, then the same visitors while a few clients flood the server with expensive runs. */
    void flood() throws Exception {
        int n = intOption("visitors", 50);
        int seconds = intOption("seconds", 30);
        int flooders = intOption("flooders", 4);
        int inFlight = intOption("in-flight", 4);
        Stats baseline = visitors(n, seconds, null);
        print("flood baseline: visitors=" + n + ", no flood", baseline, seconds);
        Stats flood = new Stats();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<String> expensive = List.of(
                "/api/simulations/double-descent/run?trials=400",
                "/api/simulations/edge-of-stability/run?samples=256",
                "/api/simulations/noisy-quadratic/run?steps=4000",
                "/api/simulations/kernel-eigenlearning/run?samples=400");
        Stats loaded = visitors(n, seconds, () -> {
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int f = 0; f < flooders; f++) {
                    HttpClient client = client(address(2, f));
                    for (int k = 0; k < inFlight; k++) {
                        threads.submit(() -> {
                            String[] noCookie = {null};
                            while (System.nanoTime() < end) {
                                String path = expensive.get(ThreadLocalRandom.current().nextInt(expensive.size()))
                                        + "&seed=" + ThreadLocalRandom.current().nextLong(1L << 40);
                                if (get(client, flood, "flood run", path, noCookie) == 429) {
                                    sleep(50);
                                }
                            }
                            return null;
                        });
                    }
                }
            }
        });
        print("flood loaded: visitors=" + n + " while " + flooders + " flooders keep " + inFlight
                + " expensive runs each in flight", loaded, seconds);
        System.out.printf(Locale.ROOT, "flood runs: %d requests, %d completed (p50 %.0f ms), %d refused with 429, "
                        + "%d errors%n", flood.requests.get(), flood.count("flood run"),
                flood.percentile("flood run", 50), flood.refused.get(), flood.errors.get());
        System.out.printf(Locale.ROOT, "page p95 unloaded %.1f ms, loaded %.1f ms: %.2fx%n",
                baseline.percentile("page", 95), loaded.percentile("page", 95),
                loaded.percentile("page", 95) / baseline.percentile("page", 95));
    }

    /**
     * A shared link posted to a class: --opens opens of the same saved experiment (each a new session: its HTML,
     * init and navigation), --concurrency at a time, no think time, each from its own address.
     */
    void storm() throws Exception {
        int opens = intOption("opens", 1000);
        int concurrency = intOption("concurrency", 50);
        String slug = options.get("slug");
        Stats stats = new Stats();
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(opens);
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < concurrency; i++) {
                HttpClient client = client(address(3, i));
                threads.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        String[] cookie = {null};
                        long linkStart = System.nanoTime();
                        if (open(client, stats, "shared", "x/" + slug, cookie)) {
                            stats.composite("shared link", (System.nanoTime() - linkStart) / 1000);
                        }
                        stats.visits.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        int seconds = (int) Math.max(1, Math.round((System.nanoTime() - start) / 1e9));
        print("storm: " + opens + " opens of /x/" + slug + ", " + concurrency + " at a time", stats, seconds);
    }

    void print(String title, Stats stats, int seconds) {
        System.out.printf(Locale.ROOT, "%n== %s, %d s, think %d ms, %s%n", title, seconds, thinkMs(), Instant.now());
        System.out.printf(Locale.ROOT, "%-14s %7s %9s %9s %9s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms");
        for (String kind : KINDS) {
            if (stats.count(kind) > 0) {
                System.out.printf(Locale.ROOT, "%-14s %7d %9.1f %9.1f %9.1f%n", kind, stats.count(kind),
                        stats.percentile(kind, 50), stats.percentile(kind, 95), stats.percentile(kind, 99));
            }
        }
        System.out.printf(Locale.ROOT, "visits %d, requests %d (%.1f/s), errors %d, 429s %d%n", stats.visits.get(),
                stats.requests.get(), stats.requests.get() / (double) seconds, stats.errors.get(), stats.refused.get());
        stats.firstErrors.forEach(e -> System.out.println("  error: " + e));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
