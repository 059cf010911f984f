package org.learningmechanics.book.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.learningmechanics.book.AnswerSpec;
import org.learningmechanics.book.ChapterSegment;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.book.CheckpointListener;
import org.learningmechanics.book.CheckpointState;

/** A learner commits predictions to the three kinds of checkpoint and sees the outcome, the answer, and again. */
@ViewPackages(packages = "org.learningmechanics.book.ui.none")
class CheckpointPanelTest extends BrowserlessTest {

    private static final ChapterSegment.Checkpoint CHOICE = new ChapterSegment.Checkpoint(
            new Checkpoint("later", "How much later?", "About 0.77.", new AnswerSpec.Choice(
                    List.of("Twice as late", "About 0.77 later"), 1)),
            "<p>How much later?</p>", List.of("Twice as late", "About <lm-math tex=\"0.77\"></lm-math> later"),
            "<p>About 0.77.</p>");
    private static final ChapterSegment.Checkpoint NUMERIC = new ChapterSegment.Checkpoint(
            new Checkpoint("n", "How long?", "0.77.", new AnswerSpec.Numeric(0.77, 0.05, false, "time units")),
            "<p>How long?</p>", List.of(), "<p>0.77.</p>");
    private static final ChapterSegment.Checkpoint OPEN = new ChapterSegment.Checkpoint(
            new Checkpoint("why", "Why?", "Because.", new AnswerSpec.Open()), "<p>Why?</p>", List.of(),
            "<p>Because.</p>");

    /** What the listener heard. */
    private record Answered(String chapterId, String checkpointId, String response, Boolean correct, int attempt) {
    }

    private final List<Answered> heard = new ArrayList<>();
    private final CheckpointListener listener = (chapter, checkpoint, response, correct, attempt) ->
            heard.add(new Answered(chapter, checkpoint, response, correct, attempt));

    private CheckpointPanel panel(ChapterSegment.Checkpoint segment, CheckpointState initial) {
        CheckpointPanel panel = new CheckpointPanel("chapter", segment, Optional.ofNullable(initial), listener);
        UI.getCurrent().add(panel);
        return panel;
    }

    /** A button the learner can see. */
    private Button button(String text) {
        return $(Button.class).all().stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Whether the learner sees the button (the query finds only visible components). */
    private boolean shown(String text) {
        return $(Button.class).all().stream().anyMatch(b -> b.getText().equals(text));
    }

    private Div outcome() {
        return $(Div.class).withClassName("checkpoint-outcome").single();
    }

    private boolean answerShown() {
        return $(Div.class).withClassName("checkpoint-explanation").single().hasClassName("revealed");
    }

    @Test
    void theRightOptionIsSaidRightAndTheAnswerAppears() {
        CheckpointPanel panel = panel(CHOICE, null);
        assertThat(panel.getId()).contains("checkpoint-later");
        assertThat(answerShown()).isFalse();
        assertThat(shown("Try again")).isFalse();

        test($(RadioButtonGroup.class).single()).selectItem("About 0.77 later");
        test(button("Commit my prediction")).click();

        assertThat(outcome().getText()).isEqualTo("Right.");
        assertThat(outcome().getElement().getAttribute("data-outcome")).isEqualTo("right");
        assertThat(answerShown()).isTrue();
        assertThat($(RadioButtonGroup.class).single().isReadOnly()).isTrue();
        assertThat(shown("Commit my prediction")).isFalse();
        assertThat(heard).containsExactly(new Answered("chapter", "later", "About 0.77 later", true, 1));
    }

    @Test
    void aWrongOptionNamesTheRightOneAndTryingAgainCountsOn() {
        panel(CHOICE, null);
        test($(RadioButtonGroup.class).single()).selectItem("Twice as late");
        test(button("Commit my prediction")).click();
        assertThat(outcome().getElement().getTextRecursively()).isEqualTo("Not quite — the answer is “”.");
        assertThat($(Span.class).from(outcome()).single().getElement().getProperty("innerHTML"))
                .as("the option as the page shows it").isEqualTo("About <lm-math tex=\"0.77\"></lm-math> later");
        assertThat(outcome().getElement().getAttribute("data-outcome")).isEqualTo("wrong");

        test(button("Try again")).click();
        assertThat(answerShown()).isFalse();
        assertThat(outcome().getText()).isEmpty();
        assertThat($(RadioButtonGroup.class).single().getValue()).isNull();
        test($(RadioButtonGroup.class).single()).selectItem("About 0.77 later");
        test(button("Commit my prediction")).click();

        assertThat($(Span.class).withClassName("checkpoint-attempts").single().getText()).isEqualTo("Attempt 2");
        assertThat(heard).containsExactly(new Answered("chapter", "later", "Twice as late", false, 1),
                new Answered("chapter", "later", "About 0.77 later", true, 2));
    }

    @Test
    void aNumberIsJudgedWithinItsToleranceAndWhatIsNotANumberIsExplained() {
        panel(NUMERIC, null);
        TextField field = $(TextField.class).single();
        assertThat(field.getLabel()).isEqualTo("Your prediction");
        assertThat(((Span) field.getSuffixComponent()).getText()).isEqualTo("time units");

        test(field).setValue("abc");
        test(button("Commit my prediction")).click();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("“abc” is not a number: write it like 0.77, -2 or 1e-3.");
        assertThat(answerShown()).isFalse();
        assertThat(heard).isEmpty();

        test(field).setValue("Infinity");
        test(button("Commit my prediction")).click();
        assertThat(heard).isEmpty();

        test(field).setValue("0.8");
        test(button("Commit my prediction")).click();
        assertThat(field.isInvalid()).isFalse();
        assertThat(outcome().getText()).isEqualTo("Right: the answer is 0.77 time units (give or take 0.05 time units).");
        assertThat(answerShown()).isTrue();
        assertThat(heard).containsExactly(new Answered("chapter", "n", "0.8", true, 1));
    }

    @Test
    void enterInTheNumberFieldCommitsOnce() {
        panel(NUMERIC, null);
        TextField field = $(TextField.class).single();
        test(field).setValue("1.5");
        ComponentUtil.fireEvent(field, new KeyDownEvent(field, Key.ENTER.getKeys().getFirst()));
        assertThat(heard).containsExactly(new Answered("chapter", "n", "1.5", false, 1));
        ComponentUtil.fireEvent(field, new KeyDownEvent(field, Key.ENTER.getKeys().getFirst()));
        assertThat(heard).as("Enter in the committed field commits nothing more").hasSize(1);
    }

    @Test
    void anOpenPredictionIsCommittedThenJudgedByTheLearner() {
        panel(OPEN, null);
        test(button("Commit my prediction")).click();
        assertThat($(TextArea.class).single().getErrorMessage())
                .isEqualTo("Write down your prediction first, in a sentence or two.");
        assertThat(heard).isEmpty();

        test($(TextArea.class).single()).setValue("  Because the modes decouple. ");
        test(button("Commit my prediction")).click();
        assertThat(answerShown()).isTrue();
        assertThat(outcome().getElement().getAttribute("data-outcome")).isEqualTo("open");
        assertThat(shown("Try again")).as("judge first").isFalse();
        test(button("I had it")).click();

        assertThat(outcome().getText()).isEqualTo("You had it.");
        assertThat(shown("Try again")).isTrue();
        assertThat(heard).containsExactly(new Answered("chapter", "why", "Because the modes decouple.", null, 1),
                new Answered("chapter", "why", "Because the modes decouple.", true, 1));
    }

    @Test
    void aReturningLearnerSeesWhatTheyCommittedAndCountsOnFromThere() {
        panel(CHOICE, new CheckpointState("Twice as late", false, 3));
        assertThat($(RadioButtonGroup.class).single().getValue()).isEqualTo("Twice as late");
        assertThat($(RadioButtonGroup.class).single().isReadOnly()).isTrue();
        assertThat(outcome().getElement().getTextRecursively()).startsWith("Not quite");
        assertThat(answerShown()).isTrue();
        assertThat($(Span.class).withClassName("checkpoint-attempts").single().getText()).isEqualTo("Attempt 3");

        test(button("Try again")).click();
        test($(RadioButtonGroup.class).single()).selectItem("About 0.77 later");
        test(button("Commit my prediction")).click();
        assertThat(heard).containsExactly(new Answered("chapter", "later", "About 0.77 later", true, 4));
    }

    @Test
    void aReturningLearnerWhoHasNotJudgedTheirOpenPredictionIsAskedAgain() {
        panel(OPEN, new CheckpointState("Because.", null, 1));
        assertThat($(TextArea.class).single().getValue()).isEqualTo("Because.");
        assertThat(shown("I had it")).isTrue();
        test(button("Not quite")).click();
        assertThat(outcome().getText()).isEqualTo("Not quite — compare your prediction with the answer below.");
        assertThat(heard).containsExactly(new Answered("chapter", "why", "Because.", false, 1));
    }

    @Test
    void theOutcomeIsAnnouncedAndThePanelIsLabelledByItsTitle() {
        CheckpointPanel panel = panel(NUMERIC, null);
        assertThat(outcome().getElement().getAttribute("aria-live")).isEqualTo("polite");
        assertThat(outcome().getElement().getAttribute("role")).isEqualTo("status");
        assertThat(panel.getElement().getAttribute("aria-labelledby")).isEqualTo("checkpoint-n-title");
    }
}
