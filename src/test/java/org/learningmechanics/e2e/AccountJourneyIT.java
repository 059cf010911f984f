package org.learningmechanics.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A visitor answers a checkpoint, signs up, signs in with "keep me signed in", finds the answer in their account,
 * comes back after the browser forgot its session, and signs out.
 */
class AccountJourneyIT extends BrowserTest {

    private void type(String css, String text) {
        WebElement field = wait.until(d -> d.findElement(By.cssSelector(css)));
        field.click();
        field.sendKeys(text);
    }

    @Test
    void progressMadeBeforeSigningUpIsKeptAndTheSessionSurvivesARestart() throws Exception {
        String email = "journey-" + System.nanoTime() + "@example.org";
        open("chapters/deep-linear-networks");
        WebElement checkpoint = wait.until(d -> d.findElement(By.id("checkpoint-hundredfold-smaller")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", checkpoint);
        type("#checkpoint-hundredfold-smaller vaadin-text-field input", "0.77");
        checkpoint.findElement(By.cssSelector(".checkpoint-commit")).click();
        wait.until(d -> d.findElement(By.cssSelector("#checkpoint-hundredfold-smaller .checkpoint-outcome")).getText()
                .startsWith("Right"));

        open("signup");
        type("#signup-name input", "Journey Reader");
        type("#signup-email input", email);
        type("#signup-password input", "correct horse battery");
        browser.findElement(By.id("signup-submit")).click();
        wait.until(d -> d.getCurrentUrl().contains("signin"));
        type("#signin-password input", "correct horse battery");
        browser.findElement(By.id("signin-remember")).click();
        browser.findElement(By.id("signin-submit")).click();
        wait.until(d -> d.findElement(By.id("account-link")).getText().equals("Journey Reader"));

        // The browser is closed and opened again: the session cookie is gone, the remember-me cookie is not.
        assertThat(browser.manage().getCookieNamed("remember-me")).isNotNull();
        browser.manage().getCookies().stream().map(Cookie::getName).filter(name -> !name.equals("remember-me"))
                .forEach(name -> browser.manage().deleteCookieNamed(name));
        open("account");
        String progress = wait.until(d -> d.findElement(By.id("account-progress"))).getText();
        assertThat(progress).contains("1 of 4 checkpoints answered (1 right, 1 attempt)");
        screenshot("account-after-restart");

        browser.findElement(By.id("sign-out")).click();
        wait.until(d -> !d.findElements(By.id("sign-in-link")).isEmpty());
        assertThat(browser.manage().getCookieNamed("remember-me")).isNull();
    }

    @Test
    void aWrongPasswordGetsOneMessageThatDoesNotSayWhichPartWasWrong() {
        open("signin");
        type("#signin-email input", "nobody-" + System.nanoTime() + "@example.org");
        type("#signin-password input", "not a password at all");
        browser.findElement(By.id("signin-submit")).click();
        String message = wait.until(d -> d.findElement(By.cssSelector(".account-message"))).getText();
        assertThat(message).isEqualTo("The email or password is not right. Check both and try again.");
    }
}
