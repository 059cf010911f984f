package org.learningmechanics.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.account.Role;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.book.Section;
import org.learningmechanics.progress.ProgressRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole story of a course: an instructor creates it and assigns a chapter; a learner follows the join link,
 * signs in, joins, reads the chapter to its end and answers its checkpoint; the instructor's dashboard says "Done".
 */
class CourseStoryIT extends BrowserTest {

    static final String PASSWORD = "correct horse battery";
    static final String CHAPTER = "deep-linear-networks";

    @Autowired
    AccountService accounts;
    @Autowired
    ProgressRepository progress;
    @Autowired
    ChapterCatalog chapters;

    @Test
    void anInstructorAssignsAChapterALearnerJoinsAndCompletesItAndTheDashboardShowsDone() throws Exception {
        Account ines = accounts.signUp("Ines Instructor", "ines-" + UUID.randomUUID() + "@example.org", PASSWORD,
                false);
        accounts.grantRole(new Account(UUID.randomUUID(), "admin@example.org", "Admin", Role.ADMIN, null), ines.id(),
                Role.INSTRUCTOR);
        Account ada = accounts.signUp("Ada Learner", "ada-" + UUID.randomUUID() + "@example.org", PASSWORD, false);

        signIn(ines, "teaching");
        type("#course-title input", "Science of deep learning");
        type("#course-term input", "Spring 2026");
        click("#course-create");
        String code = wait.until(d -> d.findElement(By.id("join-code"))).getText();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{10}");
        String courseUrl = browser.getCurrentUrl();

        tab("Assignments");
        String title = chapters.find(CHAPTER).orElseThrow().title();
        type("#assignment-chapter input", title);
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        find("#assignment-chapter input").sendKeys(Keys.ENTER);
        type("#assignment-checkpoints input", "hundredfold");
        wait.until(d -> !d.findElements(By.cssSelector("vaadin-multi-select-combo-box-item")).isEmpty());
        find("#assignment-checkpoints input").sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        wait.until(d -> d.findElement(By.id("assignment-checkpoints")).getText().contains("hundredfold")
                || !d.findElements(By.cssSelector("#assignment-checkpoints [slot=chip]")).isEmpty());
        find("#assignment-checkpoints input").sendKeys(Keys.TAB);
        click("#assignment-save");
        wait.until(d -> "Assigned.".equals(d.findElement(By.id("assignment-feedback")).getText()));
        assertThat(browser.findElement(By.id("assignments")).getText()).contains("hundredfold-smaller");
        screenshot("course-assignments");
        click("#sign-out");
        wait.until(d -> !d.findElements(By.id("sign-in-link")).isEmpty());

        // The learner follows the link signed out, signs in, and comes back to it.
        open("join/" + code.toLowerCase());
        wait.until(d -> d.getCurrentUrl().contains("signin"));
        submitSignIn(ada);
        wait.until(d -> d.getCurrentUrl().contains("join/"));
        wait.until(d -> code.equalsIgnoreCase(d.findElement(By.cssSelector("#join-code-input input"))
                .getDomProperty("value")));
        click("#join-submit");
        wait.until(d -> d.getCurrentUrl().endsWith("/courses"));
        assertThat(wait.until(d -> d.findElement(By.cssSelector(".assignment-status"))).getText())
                .isEqualTo("Not started");

        open("chapters/" + CHAPTER);
        wait.until(d -> d.findElement(By.cssSelector("#table-of-contents .toc-assigned")).getText().equals("assigned"));
        WebElement answer = wait.until(d -> d.findElement(By.cssSelector("#checkpoint-hundredfold-smaller input")));
        scrollTo(answer);
        answer.sendKeys("0.77", Keys.ENTER);
        wait.until(d -> d.findElement(By.cssSelector("#checkpoint-hundredfold-smaller .checkpoint-outcome")).getText()
                .startsWith("Right"));
        String last = chapters.find(CHAPTER).orElseThrow().sections().stream().map(Section::id)
                .filter(id -> !id.isEmpty()).reduce((a, b) -> b).orElseThrow();
        // Read to the end: scrolled again on each try, since typesetting and charts below may still grow the page.
        // Read to the end: scrolled again on each try, since typesetting and charts below may still grow the page.
        wait.until(d -> {
            ((JavascriptExecutor) d).executeScript("document.getElementById('content').scrollIntoView({block: 'end'})");
            return progress.load(ada.id()).get(CHAPTER).sectionsReached().contains(last);
        });
        open("courses");
        wait.until(d -> "Done".equals(d.findElement(By.cssSelector(".assignment-status")).getText()));
        screenshot("course-learner-done");
        click("#sign-out");
        wait.until(d -> !d.findElements(By.id("sign-in-link")).isEmpty());

        signIn(ines, courseUrl.substring(courseUrl.indexOf("teaching/")));
        WebElement cell = wait.until(d -> d.findElement(By.cssSelector("#dashboard vaadin-button.status-done")));
        assertThat(cell.getText()).startsWith("Done · 1/1 right");
        assertThat(browser.findElement(By.id("dashboard")).getText()).contains("Ada Learner");
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.getElementById('dashboard-csv').href).then(r => r.text()).then(done);""");
        assertThat(csv).contains("Ada Learner").contains(",Done,");
        screenshot("course-dashboard");
        cell.click();
        wait.until(d -> d.findElement(By.id("learner-facts")).getText().startsWith("Read "));
    }

    private void signIn(Account account, String then) {
        open("signin");
        submitSignIn(account);
        wait.until(d -> !d.findElements(By.id("account-link")).isEmpty());
        open(then);
    }

    private void submitSignIn(Account account) {
        type("#signin-email input", account.email());
        type("#signin-password input", PASSWORD);
        click("#signin-submit");
    }

    private void tab(String label) {
        wait.until(d -> d.findElements(By.cssSelector("#course-tabs vaadin-tab")).stream()
                .filter(t -> t.getText().strip().equals(label)).findFirst().orElse(null)).click();
    }

    private WebElement find(String css) {
        return wait.until(d -> d.findElement(By.cssSelector(css)));
    }

    private void type(String css, String text) {
        WebElement field = find(css);
        scrollTo(field);
        field.sendKeys(text);
    }

    private void click(String css) {
        WebElement element = find(css);
        scrollTo(element);
        // An overlay (a combo box's list) may still be closing: try again until the click lands.
        wait.ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            element.click();
            return true;
        });
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
