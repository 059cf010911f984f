import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The database stops and comes back, with the app running and a reader signed in: what does the reader see, does
 * anything hang, and does the app recover without a restart? Run by database-outage.sh, which starts the app.
 *
 * <pre>java -cp "$(cat cp.txt)" bench/faults/DatabaseOutageCheck.java BASE_URL DATA_DIR ADMIN_EMAIL ADMIN_PASSWORD</pre>
 *
 * Stops the embedded PostgreSQL as an administrator would ({@code pg_ctl stop -m fast}: SIGINT to the postmaster),
 * and starts it again later with the same command line. Prints PASS/FAIL per check; exits 1 on any FAIL.
 */
public class DatabaseOutageCheck {

    static final Duration PAGE_LIMIT = Duration.ofSeconds(15);
    static final List<String> failures = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path data = Path.of(args[1]);
        WebDriver browser = chromium();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            signIn(browser, base, args[2], args[3]);
            check("before: a chapter shows, signed in", () -> page(browser, base + "/chapters/simple-laws",
                    "#account-link"));

            long pid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
            List<String> command = commandLine(pid);
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
            System.out.println("database stopped (postmaster " + pid + ")");

            check("during: the simulation API still computes (HTTP 200)", () -> api(http, base, 200));
            check("during: a chapter still reads, accounts marked unavailable",
                    () -> page(browser, base + "/chapters/simple-laws", "#accounts-unavailable"));
            check("during: a chapter's simulation still runs to the end",
                    () -> page(browser, base + "/chapters/deep-linear-networks", ".agreement-badge[data-holds]:not([hidden])"));
            check("during: saved experiments say 'Temporarily unavailable'",
                    () -> page(browser, base + "/experiments", "#trouble-message")
                            && browser.findElement(By.cssSelector("#trouble-message")).getText()
                            .contains("not answering"));
            check("during: the account page says 'Temporarily unavailable'",
                    () -> page(browser, base + "/account", "#trouble-message"));

            Process restarted = new ProcessBuilder(withUnshare(command)).redirectErrorStream(true)
                    .redirectOutput(data.getParent().resolve(data.getFileName() + "-restart.log").toFile()).start();
            System.out.println("database started again (pid " + restarted.pid() + ")");
            Thread.sleep(2000);

            check("after: saved experiments show again within 30 s (page reloaded every 2 s, as a reader pressing "
                    + "'Try this page again'), same session, no app restart",
                    () -> pageSoon(browser, base + "/experiments", "#experiments-grid", Duration.ofSeconds(30)));
            check("after: the account link is back", () -> page(browser, base + "/chapters/simple-laws",
                    "#account-link"));
            check("after: the API still answers", () -> api(http, base, 200));
        } finally {
            browser.quit();
        }
        System.out.println(failures.isEmpty() ? "ALL PASSED" : "FAILED: " + failures);
        System.exit(failures.isEmpty() ? 0 : 1);
    }

    static void check(String name, Supplier<Boolean> test) {
        long start = System.nanoTime();
        boolean ok;
        try {
            ok = test.get();
        } catch (RuntimeException e) {
            System.out.println("  (" + e.getClass().getSimpleName() + ": " + e.getMessage().lines().findFirst()
                    .orElse("") + ")");
            ok = false;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("%s %s (%d ms)%n", ok ? "PASS" : "FAIL", name, ms);
        if (!ok) {
            failures.add(name);
        }
    }

    /** Opens the page and waits (at most PAGE_LIMIT) for an element the check expects. */
    static boolean page(WebDriver browser, String url, String selector) {
        browser.get(url);
        try {
            new WebDriverWait(browser, PAGE_LIMIT).until(d -> !d.findElements(By.cssSelector(selector)).isEmpty());
            return true;
        } catch (org.openqa.selenium.TimeoutException notShown) {
            String text = browser.findElement(By.tagName("body")).getText().replace('\n', ' ');
            System.out.println("  page shows: " + text.substring(0, Math.min(240, text.length())));
            String shots = System.getenv("LM_SHOTS");
            if (shots != null) {
                try {
                    Files.write(Path.of(shots, "outage-" + System.currentTimeMillis() + ".png"),
                            ((org.openqa.selenium.TakesScreenshot) browser)
                                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                } catch (java.io.IOException e) {
                    System.out.println("  (no screenshot: " + e.getMessage() + ")");
                }
            }
            return false;
        }
    }

    /** Reloads the page until the element shows or the time is up. */
    static boolean pageSoon(WebDriver browser, String url, String selector, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            browser.get(url);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(2)).until(d -> !d.findElements(
                        By.cssSelector(selector)).isEmpty());
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                // as a reader would: try again
            }
        }
        return page(browser, url, selector);
    }

    static boolean api(HttpClient http, String base, int expected) {
        try {
            long seed = System.nanoTime() % 100_000;   // never cached: computed now
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base
                    + "/api/simulations/deep-linear/run?seed=" + seed)).timeout(PAGE_LIMIT).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == expected;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void signIn(WebDriver browser, String base, String email, String password) {
        browser.get(base + "/signin");
        WebDriverWait wait = new WebDriverWait(browser, PAGE_LIMIT);
        wait.until(d -> !d.findElements(By.cssSelector("input[name=username]")).isEmpty());
        browser.findElement(By.cssSelector("input[name=username]")).sendKeys(email);
        browser.findElement(By.cssSelector("input[name=password]")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit], form vaadin-button, form button")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#account-link")).isEmpty());
    }

    /** The postmaster's own command line, to start it again exactly as the app did. */
    static List<String> commandLine(long pid) throws Exception {
        String raw = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.UTF_8);
        return List.of(raw.split("\0"));
    }

    /** zonky's binaries run as root only inside a user namespace, as the app itself starts them. */
    static List<String> withUnshare(List<String> command) {
        List<String> result = new ArrayList<>();
        if (ProcessHandle.current().info().user().orElse("").equals("root")) {
            result.addAll(List.of("unshare", "-U"));
        }
        result.addAll(command);
        return result;
    }

    static WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900",
                "--user-data-dir=" + Files.createTempDirectory("outage-browser"));
        return new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
    }
}
