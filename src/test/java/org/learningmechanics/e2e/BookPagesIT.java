package org.learningmechanics.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;

/** The book as a reader meets it: the home page and a chapter in both themes, deep links, and search. */
class BookPagesIT extends BrowserTest {

    private void switchTheme() {
        browser.findElement(By.cssSelector("vaadin-button[aria-label='Switch between light and dark mode']")).click();
    }

    private String theme() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.getAttribute('theme')");
    }

    @Test
    void homeAndChapterInBothThemesAndTheChoiceIsRemembered() throws Exception {
        open("");
        wait.until(d -> !d.findElements(By.cssSelector(".chapter-card a")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".strand h2"))).hasSizeGreaterThanOrEqualTo(5);
        screenshot("home-light");
        switchTheme();
        wait.until(d -> "dark".equals(theme()));
        screenshot("home-dark");

        open("chapters/deep-linear-networks");
        wait.until(d -> !d.findElements(By.cssSelector("lm-math .katex")).isEmpty());
        assertThat(theme()).as("remembered across pages").isEqualTo("dark");
        wait.until(d -> d.findElement(By.cssSelector(".simulation-status")).getText().startsWith("Done"));
        screenshot("chapter-dark");
        switchTheme();
        wait.until(d -> "light".equals(theme()));
        screenshot("chapter-light");
        browser.navigate().refresh();
        wait.until(d -> !d.findElements(By.cssSelector("lm-math .katex")).isEmpty());
        assertThat(theme()).as("remembered across visits").isEqualTo("light");
    }

    @Test
    void aDeepLinkLandsOnItsSectionAndTheOutlineMarksIt() {
        open("chapters/deep-linear-networks#depth");
        wait.until(d -> !d.findElements(By.cssSelector("h2#depth lm-math .katex, #depth")).isEmpty());
        wait.until(d -> {
            Number top = (Number) ((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('depth').getBoundingClientRect().top");
            return top.doubleValue() >= -5 && top.doubleValue() < 200;
        });
        wait.until(d -> "Depth".equals(d.findElement(By.cssSelector(".chapter-outline a[aria-current]")).getText()));
    }

    @Test
    void aReaderSearchesForATermAndLandsOnTheRightSection() throws Exception {
        open("");
        var field = wait.until(d -> d.findElement(By.cssSelector("#navbar-search input")));
        field.sendKeys("logistic", Keys.ENTER);
        var result = wait.until(d -> d.findElement(By.cssSelector("a.search-result-link")));
        assertThat(browser.findElement(By.cssSelector("mark")).getText()).isEqualToIgnoringCase("logistic");
        screenshot("search");
        assertThat(result.getDomAttribute("href")).isEqualTo("chapters/deep-linear-networks#decoupling-into-modes");
        result.click();
        wait.until(d -> d.getCurrentUrl().endsWith("chapters/deep-linear-networks#decoupling-into-modes"));
        wait.until(d -> {
            Number top = (Number) ((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('decoupling-into-modes').getBoundingClientRect().top");
            return top.doubleValue() >= -5 && top.doubleValue() < 200;
        });
    }
}
