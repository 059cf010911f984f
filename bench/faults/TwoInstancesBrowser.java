import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser half of two-instances.sh: a reader signs in on the first instance with "keep me signed in", runs the
 * deep-linear simulation and saves it as an unlisted experiment; then, with only the remember-me cookie left, the
 * second instance must know them, and the saved experiment must open on the second instance and through the balancer.
 * Last, a reader signed in through the balancer on the first instance outlives it (see signedInReaderOutlivesFirst).
 *
 * <pre>java -cp "$(cat cp.txt)" TwoInstancesBrowser.java FIRST SECOND BALANCER EMAIL PASSWORD TITLE SCREENSHOTS</pre>
 *
 * Prints {@code SLUG <slug>}, {@code STOP-FIRST} when the first instance is to be stopped (then waits for a line on
 * stdin), and one {@code PASS|FAIL <check>} line per check; exits 1 if any failed.
 */
public class TwoInstancesBrowser {

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Path screenshots;
    private static boolean failed;

    public static void main(String[] args) throws Exception {
        String first = args[0], second = args[1], balancer = args[2], email = args[3], password = args[4];
        String title = args[5];
        screenshots = Files.createDirectories(Path.of(args[6]));
        browser = chromium(screenshots.resolve("profile"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(90));
        try {
            String slug = saveOnFirst(first, email, password, title);
            System.out.println("SLUG " + slug);
            rememberedOnSecond(second);
            check("(b) the experiment opens in a browser on instance 2", () -> opensWithTitle(second, slug, title));
            check("(b) the experiment opens in a browser through nginx", () -> opensWithTitle(balancer, slug, title));
            signedInReaderOutlivesFirst(balancer, email, password);
        } finally {
            browser.quit();
        }
        System.exit(failed ? 1 : 0);
    }

    private static String saveOnFirst(String first, String email, String password, String title) throws Exception {
        browser.get(first + "/chapters/deep-linear-networks");
        click(wait.until(d -> d.findElement(By.id("sign-in-to-save-deep-linear"))));
        wait.until(d -> d.findElement(By.cssSelector("#signin-email input"))).sendKeys(email);
        browser.findElement(By.cssSelector("#signin-password input")).sendKeys(password);
        browser.findElement(By.id("signin-remember")).click();
        browser.findElement(By.id("signin-submit")).click();
        wait.until(d -> !d.findElements(By.id("account-link")).isEmpty());
        wait.until(d -> d.findElement(By.cssSelector(".simulation-status")).getText().startsWith("Done"));
        click(wait.until(d -> d.findElement(By.cssSelector("#save-deep-linear:not([disabled])"))));
        wait.until(d -> d.findElement(By.cssSelector("#experiment-title input"))).sendKeys(title);
        browser.findElement(By.id("experiment-visibility")).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().startsWith("Unlisted")).findFirst().orElse(null)).click();
        browser.findElement(By.id("experiment-save")).click();
        String link = wait.until(d -> d.findElement(By.id("experiment-link"))).getDomProperty("href");
        screenshot("saved-on-instance-1");
        return link.substring(link.lastIndexOf('/') + 1);
    }

    /** The session cookie is dropped, as when the browser restarts; the remember-me cookie (a token in PostgreSQL)
     * is all the second instance gets. */
    private static void rememberedOnSecond(String second) throws Exception {
        Cookie remember = browser.manage().getCookieNamed("remember-me");
        if (remember == null) {
            result(false, "(c) remember-me honoured by instance 2", "instance 1 set no remember-me cookie");
            return;
        }
        // Leave instance 1's page first, while its session cookie is still there: the page's last requests (Vaadin
        // tells the server the tab closed) would otherwise reach instance 1 with the remember-me cookie alone, and two
        // instances refreshing one token at once look to Spring Security like a stolen cookie (see README).
        var cookies = browser.manage().getCookies();
        browser.get("about:blank");
        for (Cookie cookie : cookies) {
            if (!cookie.getName().equals("remember-me")) {
                ((ChromeDriver) browser).executeCdpCommand("Network.deleteCookies", Map.of("name", cookie.getName(),
                        "domain", cookie.getDomain(), "path", cookie.getPath()));
            }
        }
        check("(c) remember-me from instance 1 signs the reader in on instance 2", () -> {
            browser.get(second + "/account");
            String name = wait.until(d -> d.findElement(By.id("account-link"))).getText();
            wait.until(d -> d.findElement(By.id("account-facts")));
            Cookie session = browser.manage().getCookieNamed("JSESSIONID");
            if (session == null || !session.getValue().endsWith(".b")) {
                throw new AssertionError("no session of instance 2's: " + session);
            }
            return "signed in as '" + name + "' in a new session " + session.getValue();
        });
        screenshot("remembered-on-instance-2");
    }

    /**
     * A reader signed in with "keep me signed in" through nginx, whose session is on instance 1, has a chapter open
     * when instance 1 stops (the script stops it when this prints {@code STOP-FIRST}, then answers on stdin). They
     * reload: nginx sends them to instance 2, where their session is unknown, and the remember-me token signs them in.
     */
    private static void signedInReaderOutlivesFirst(String balancer, String email, String password) throws Exception {
        String route = "";
        for (int attempt = 0; attempt < 8 && !route.equals("a"); attempt++) {   // round-robin: ask until it is 1
            ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", Map.of());
            browser.get(balancer + "/signin");
            wait.until(d -> d.findElement(By.cssSelector("#signin-email input")));
            route = routeOf(browser.manage().getCookieNamed("JSESSIONID"));
        }
        browser.findElement(By.cssSelector("#signin-email input")).sendKeys(email);
        browser.findElement(By.cssSelector("#signin-password input")).sendKeys(password);
        browser.findElement(By.id("signin-remember")).click();
        browser.findElement(By.id("signin-submit")).click();
        wait.until(d -> !d.findElements(By.id("account-link")).isEmpty());
        browser.get(balancer + "/chapters/deep-linear-networks");
        wait.until(d -> d.findElement(By.cssSelector(".simulation-status")).getText().startsWith("Done"));
        String before = routeOf(browser.manage().getCookieNamed("JSESSIONID"));
        System.out.println("STOP-FIRST");
        System.out.flush();
        new java.io.BufferedReader(new java.io.InputStreamReader(System.in)).readLine();
        check("(d) a signed-in reader on instance 1 reloads after it stopped and is still signed in", () -> {
            if (!before.equals("a")) {
                throw new AssertionError("the reader's session was on ." + before + ", not on instance 1");
            }
            browser.navigate().refresh();
            wait.until(d -> d.findElement(By.cssSelector(".simulation-status")).getText().startsWith("Done"));
            String name = wait.until(d -> d.findElement(By.id("account-link"))).getText();
            String after = routeOf(browser.manage().getCookieNamed("JSESSIONID"));
            if (!after.equals("b")) {
                throw new AssertionError("the session after the reload is on ." + after);
            }
            return "session .a -> .b, signed in as '" + name + "', the chapter's run shown again";
        });
        screenshot("signed-in-after-failover");
    }

    private static String routeOf(Cookie session) {
        if (session == null) {
            return "";
        }
        String value = session.getValue();
        return value.contains(".") ? value.substring(value.lastIndexOf('.') + 1) : "";
    }

    private static String opensWithTitle(String base, String slug, String title) {
        browser.get(base + "/x/" + slug);
        wait.until(d -> d.findElement(By.id("experiment-heading")).getText().equals(title));
        wait.until(d -> !d.findElements(By.cssSelector(".stored-run .simulation-summary")).isEmpty());
        return base + "/x/" + slug + " shows '" + title + "' with its stored run";
    }

    private interface Step {
        String run() throws Exception;
    }

    private static void check(String name, Step step) {
        try {
            result(true, name, step.run());
        } catch (Exception | AssertionError e) {
            result(false, name, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
            try {
                screenshot("failed-" + name.replaceAll("[^A-Za-z0-9]+", "-"));
            } catch (Exception ignored) {
                // the failure line above is what matters
            }
        }
    }

    private static void result(boolean passed, String name, String detail) {
        failed |= !passed;
        System.out.println((passed ? "PASS " : "FAIL ") + name + " — " + detail);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private static void screenshot(String name) throws Exception {
        Files.write(screenshots.resolve(name + ".png"),
                ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    /** Debian's Chromium and ChromeDriver named explicitly (as in the e2e tests), so Selenium downloads nothing. */
    private static WebDriver chromium(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,1400", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }
}
