package org.learningmechanics.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

/** A reader follows a shared search, types their own, keeps it in the address, and opens a result. */
class SearchPageIT extends BrowserTest {

    @Test
    void readerSearchesAsTheyTypeAndOpensAResultInItsChapter() throws Exception {
        open("search?q=logistic");
        wait.until(d -> d.findElements(By.cssSelector(".search-result-link")).size() >= 2);
        assertThat(browser.findElement(By.cssSelector(".search-result-snippet mark")).getText()).isEqualTo("logistic");

        WebElement input = browser.findElement(By.id("search-field"));
        assertThat(browser.switchTo().activeElement()).isEqualTo(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys("whitened");
        int whitened = awaitCount("whitened");
        wait.until(d -> d.getCurrentUrl().endsWith("/search?q=whitened"));

        input.sendKeys(" -assumes", Keys.ENTER);
        int fewer = awaitCount("whitened -assumes");
        assertThat(fewer).as("the minus leaves sections out").isLessThan(whitened);
        String status = browser.findElement(By.cssSelector(".search-status")).getText();
        wait.until(d -> d.getCurrentUrl().endsWith("/search?q=whitened%20-assumes"));
        assertThat(input.getDomProperty("value")).isEqualTo("whitened -assumes");
        Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("search.png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.findElement(By.cssSelector(".search-result-link")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/chapters/deep-linear-networks#the-setting"));
        wait.until(d -> !d.findElements(By.id("the-setting")).isEmpty());

        browser.navigate().back();
        awaitStatus(status);
    }

    /** Waits for the status of a finished search for these terms and returns how many sections it found. */
    private int awaitCount(String terms) {
        var pattern = java.util.regex.Pattern.compile("(\\d+) sections? match(es)? “" + java.util.regex.Pattern.quote(terms)
                + "”\\.");
        String status = wait.until(d -> {
            String text = d.findElement(By.cssSelector(".search-status")).getText();
            return pattern.matcher(text).matches() ? text : null;
        });
        var matcher = pattern.matcher(status);
        matcher.matches();
        return Integer.parseInt(matcher.group(1));
    }

    private void awaitStatus(String text) {
        wait.until(d -> d.findElement(By.cssSelector(".search-status")).getText().equals(text));
    }
}
