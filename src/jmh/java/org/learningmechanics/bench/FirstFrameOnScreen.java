package org.learningmechanics.bench;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Time from pressing Run to the first simulated points drawn in the chart, as the browser sees it (performance.now()
 * at the click, and when the first mode curve's SVG path first has points). Each run uses a new top singular value,
 * so nothing is served from a record. Against a running app:
 * <pre>./mvnw -Pbench test-compile exec:exec -Dbench.main=org.learningmechanics.bench.FirstFrameOnScreen \
 *     -Dbench.args="http://localhost:8080 20"</pre>
 */
public final class FirstFrameOnScreen {

    private static final String WATCH = """
            const button = document.getElementById('run-deep-linear');
            window.__firstFrame = null;
            button.addEventListener('click', () => {
              const t0 = performance.now();
              const observer = new MutationObserver(() => {
                const path = document.querySelector("lm-chart .apexcharts-series[seriesName='modex1'] path.apexcharts-line");
                if (path && (path.getAttribute('d') || '').length > 10) {
                  window.__firstFrame = performance.now() - t0;
                  observer.disconnect();
                }
              });
              observer.observe(document.querySelector('.simulation-panel'), {subtree: true, childList: true, attributes: true});
            }, {once: true, capture: true});""";

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1400", "--user-data-dir=" + Files.createTempDirectory("first-frame"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
        List<Double> times = new ArrayList<>();
        try {
            browser.get(base + "/chapters/deep-linear-networks");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            for (int i = 0; i <= runs; i++) {
                WebElement field = wait.until(d -> d.findElement(By.cssSelector("#param-topSingular input")));
                field.sendKeys(Keys.chord(Keys.CONTROL, "a"),
                        String.format(Locale.ROOT, "%.4f", 2 + Math.random() * 6), Keys.TAB);
                js.executeScript(WATCH);
                browser.findElement(By.id("run-deep-linear")).click();
                Object first = wait.until(d -> js.executeScript("return window.__firstFrame"));
                wait.until(d -> d.findElement(By.cssSelector(".simulation-status")).getText().startsWith("Done"));
                if (i > 0) { // the first is warm-up
                    times.add(((Number) first).doubleValue());
                }
            }
        } finally {
            browser.quit();
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "first frame on screen after Run: %d runs, median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                times.size(), times.get(times.size() / 2), times.get((int) (times.size() * 0.9)), times.getLast());
    }
}
