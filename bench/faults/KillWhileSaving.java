import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 *           back, createdAt blanked; every title is unique, so SHA names one save), with what made its title; the
 *           SHA is also the save's Idempotency-Key.
 * retry:    after the restart, posts again every save of the round that was sent but not acknowledged, with the same
 *           key, as a client that lost its answer would, and logs the acknowledgements (round-R-retry.log); each
 *           must be answered 201, replayed if the first attempt had committed. The script then checks that no key
 *           is stored twice.
 * verify:   after the restart, reads back every acknowledged slug of every round, and every row the database holds
 *           (slugs from psql), and counts: acknowledged, present and intact, missing, corrupt (reads back other than
 *           sent, or not at all), in flight at the kill (sent, not acknowledged) and how many of those were stored.
 *           Exits 1 if anything is missing or corrupt.
 * </pre>
 *
 * With Api.java (a signed-in session) and TopLevel.java beside it: the java launcher (JDK 22+) compiles the
 * directory's files together.
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
            case "retry" -> System.exit(retry(api.signIn(o.get("email"), o.get("password")), Files.readString(
                    Path.of(o.get("template"))), Path.of(o.get("logs")), Integer.parseInt(o.get("round"))));
            default -> throw new IllegalArgumentException("mode: template, save, retry or verify");
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
                        int mark = ThreadLocalRandom.current().nextInt();
                        String body = body(template, round, saver, n, mark);
                        String sha = sha(body);
                        line(log, "sent " + sha + " " + saver + " " + n + " " + mark);
                        HttpResponse<String> answer;
                        try {
                            answer = api.post(body, sha);
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

    /** The file a saver posts: the template under a title and notes that name the save. */
    static String body(String template, int round, int saver, int n, int mark) {
        return titled(template, String.format("kill r%d s%d n%d %08x", round, saver, n, mark),
                "Saved by bench/faults/kill-while-saving.sh, round " + round + ", saver " + saver + ", number " + n
                        + ".");
    }

    /** Posts again, with its key, every save of the round that was sent but never acknowledged. */
    static int retry(Api api, String template, Path logs, int round) throws Exception {
        Map<String, String[]> unanswered = new LinkedHashMap<>();
        for (String line : Files.readAllLines(logs.resolve("round-" + round + ".log"))) {
            String[] f = line.split(" ");
            if (f[0].equals("sent")) {
                unanswered.put(f[1], f);
            } else if (f[0].equals("ack")) {
                unanswered.remove(f[1]);
            }
        }
        int replayed = 0;
        int stored = 0;
        int failed = 0;
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(logs.resolve("round-" + round
                + "-retry.log")))) {
            for (var sent : unanswered.entrySet()) {
                String[] f = sent.getValue();
                String body = body(template, round, Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4]));
                HttpResponse<String> answer = api.post(body, sent.getKey());
                Matcher slug = SLUG.matcher(answer.body());
                if (answer.statusCode() == 201 && slug.find() && sha(body).equals(sent.getKey())) {
                    line(log, "ack " + sent.getKey() + " " + slug.group(1));
                    if (answer.headers().firstValue("Idempotent-Replayed").orElse("").equals("true")) {
                        replayed++;
                    } else {
                        stored++;
                    }
                } else {
                    failed++;
                    System.out.println("  retry of " + sent.getKey() + " answered " + answer.statusCode());
                }
            }
        }
        System.out.printf("round %d: retried %d unanswered saves with their keys: %d had been stored (replayed), %d "
                + "stored now, %d failed%n", round, unanswered.size(), replayed, stored, failed);
        return failed == 0 ? 0 : 1;
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
        Set<String> slugs = new HashSet<>(acked.keySet());
        slugs.addAll(stored);
        Map<String, String> readBack = readAll(api, slugs);
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
}
