package org.learningmechanics.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.learningmechanics.account.AccountService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reader runs a simulation, saves it as an unlisted experiment and sends the link; someone with no account opens
 * it in a fresh browser and sees the same numbers, drawn from the stored run.
 */
class ExperimentLinkIT extends BrowserTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    AccountService accounts;

    @Test
    void aSavedRunOpensForAnAnonymousVisitorWithTheSameNumbers() throws Exception {
        String email = "saver-" + UUID.randomUUID() + "@example.org";
        accounts.signUp("Ada", email, PASSWORD, false);
        open("chapters/deep-linear-networks");
        WebElement signInToSave = wait.until(d -> d.findElement(By.id("sign-in-to-save-deep-linear")));
        scrollTo(signInToSave);
        signInToSave.click();
        wait.until(d -> d.findElement(By.cssSelector("#signin-email input"))).sendKeys(email);
        browser.findElement(By.cssSelector("#signin-password input")).sendKeys(PASSWORD);
        browser.findElement(By.id("signin-submit")).click();
        wait.until(d -> !d.findElements(By.id("account-link")).isEmpty());
        assertThat(browser.getCurrentUrl()).as("back where Sign in to save was pressed")
                .endsWith("/chapters/deep-linear-networks");
        wait.until(d -> d.findElement(By.cssSelector(".simulation-status")).getText().startsWith("Done"));
        String summary = browser.findElement(By.cssSelector(".simulation-summary")).getText();
        assertThat(summary).contains("Mode 1 reached half strength");
        WebElement save = wait.until(d -> d.findElement(By.cssSelector("#save-deep-linear:not([disabled])")));
        scrollTo(save);
        save.click();
        wait.until(d -> d.findElement(By.cssSelector("#experiment-title input"))).sendKeys("Default deep-linear run");
        browser.findElement(By.id("experiment-visibility")).click();
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(item -> item.getText().startsWith("Unlisted")).findFirst().orElse(null)).click();
        browser.findElement(By.id("experiment-save")).click();
        String link = wait.until(d -> d.findElement(By.id("experiment-link"))).getDomProperty("href");
        assertThat(link).matches("http://localhost:\\d+/x/[A-Za-z0-9_-]{22}");
        screenshot("experiment-saved");

        browser.quit();
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(link);
        wait.until(d -> d.findElement(By.id("experiment-heading")).getText().equals("Default deep-linear run"));
        assertThat(browser.findElements(By.id("account-link"))).as("a visitor, not signed in").isEmpty();
        assertThat(browser.findElement(By.cssSelector(".stored-run .simulation-summary")).getText())
                .isEqualTo(summary);
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript(
                "return document.querySelectorAll('.stored-run lm-chart .apexcharts-series path.apexcharts-line')"
                        + ".length")).intValue() >= 8);
        assertThat(browser.findElement(By.cssSelector(".experiment-metrics")).getText()).contains("halfTime1");
        assertThat(browser.getTitle()).isEqualTo("Default deep-linear run — Learning Mechanics");
        scrollTo(browser.findElement(By.cssSelector(".stored-run")));
        screenshot("experiment-opened-anonymously");
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
