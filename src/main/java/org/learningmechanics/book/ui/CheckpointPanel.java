package org.learningmechanics.book.ui;

import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.learningmechanics.book.AnswerSpec;
import org.learningmechanics.book.ChapterSegment;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.book.CheckpointListener;
import org.learningmechanics.book.CheckpointState;
import org.learningmechanics.ui.math.MathProse;

/**
 * A "predict, then run" checkpoint: the learner commits a prediction — an option, a number or a few sentences —
 * before seeing the answer; then the outcome is said (for an open question the learner judges it), the explanation
 * is revealed, and they may try again. Each committed prediction is told to the {@link CheckpointListener}.
 *
 * <p>The explanation is in the page from the start, hidden on screen until a prediction is committed, and always
 * printed.
 */
class CheckpointPanel extends Section {

    private final String chapterId;
    private final Checkpoint checkpoint;
    private final CheckpointListener listener;
    private final PredictionInput input;
    private final Button commit = new Button("Commit my prediction");
    private final Div outcome = new Div();
    private final Span attemptLabel = new Span();
    private final Div judge = new Div();
    private final Button tryAgain = new Button("Try again");
    private final Div explanation = new Div();
    private final ChapterSegment.Checkpoint segment;
    private int attempts;
    private String response = "";

    CheckpointPanel(String chapterId, ChapterSegment.Checkpoint segment, Optional<CheckpointState> initial,
                    CheckpointListener listener) {
        this.chapterId = chapterId;
        this.segment = segment;
        this.checkpoint = segment.checkpoint();
        this.listener = listener;
        this.input = PredictionInput.of(checkpoint.spec(), segment.optionsHtml());
        addClassName("checkpoint");
        setId("checkpoint-" + checkpoint.id());
        Paragraph title = new Paragraph("Check your understanding");
        title.addClassName("checkpoint-title");
        title.setId("checkpoint-" + checkpoint.id() + "-title");
        getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());

        MathProse question = new MathProse(segment.questionHtml());
        question.addClassName("checkpoint-question");
        commit.addThemeVariants(ButtonVariant.PRIMARY);
        commit.addClassName("checkpoint-commit");
        commit.addClickListener(e -> commit());
        if (input.component() instanceof TextField field) {
            field.addKeyDownListener(Key.ENTER, e -> commit());
        }
        outcome.addClassName("checkpoint-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.getElement().setAttribute("aria-live", "polite");
        outcome.getElement().setAttribute("tabindex", "-1"); // focus lands here when the commit button goes
        attemptLabel.addClassName("checkpoint-attempts");
        Button had = new Button("I had it", e -> judged(true));
        Button missed = new Button("Not quite", e -> judged(false));
        judge.addClassName("checkpoint-judge");
        judge.add(new Span("How did your prediction compare with the answer?"), had, missed);
        tryAgain.addClassName("checkpoint-try-again");
        tryAgain.addClickListener(e -> tryAgain());
        Paragraph answerTitle = new Paragraph("The answer");
        answerTitle.addClassName("checkpoint-answer-title");
        explanation.addClassName("checkpoint-explanation");
        explanation.add(answerTitle, new MathProse(segment.answerHtml()));
        Div before = new Div(commit);
        Div after = new Div(tryAgain, attemptLabel);
        before.addClassName("checkpoint-actions");
        after.addClassName("checkpoint-actions");
        // In reading order: the prediction, what became of it, the answer, then the learner's own verdict or a retry.
        add(title, question, input.component(), before, outcome, explanation, judge, after);
        initial.filter(state -> state.attempts() > 0).ifPresentOrElse(this::restore, this::await);
    }

    /** Ready for a prediction. */
    private void await() {
        input.setReadOnly(false);
        commit.setVisible(true);
        tryAgain.setVisible(false);
        judge.setVisible(false);
        outcome.setText("");
        outcome.getElement().removeAttribute("data-outcome");
        explanation.removeClassName("revealed");
    }

    private void commit() {
        if (!commit.isVisible()) {
            return; // Enter in the field once the prediction is committed
        }
        Checkpoint.Result result = checkpoint.grade(input.value());
        if (!result.valid()) {
            input.setError(result.message());
            input.focus();
            return;
        }
        input.setError(null);
        attempts++;
        response = input.value().strip();
        listener.answered(chapterId, checkpoint.id(), response, result.correct(), attempts);
        reveal(result.message(), result.correct(), true);
    }

    /**
     * The outcome said, the explanation shown; an open question waits for the learner's own judgement.
     *
     * @param moveFocus to the outcome, which takes the place of the button just pressed (not when the page is drawn)
     */
    private void reveal(String message, Boolean correct, boolean moveFocus) {
        input.setReadOnly(true);
        commit.setVisible(false);
        say(message, correct);
        outcome.getElement().setAttribute("data-outcome", correct == null ? "open" : correct ? "right" : "wrong");
        attemptLabel.setText(attempts > 1 ? "Attempt " + attempts : "");
        explanation.addClassName("revealed");
        boolean judging = correct == null;
        judge.setVisible(judging);
        tryAgain.setVisible(!judging);
        if (moveFocus) {
            outcome.getElement().callJsFunction("focus");
        }
    }

    /** A wrong option is named as the page shows it, with its math typeset, not as the TeX of its plain text. */
    private void say(String message, Boolean correct) {
        if (checkpoint.spec() instanceof AnswerSpec.Choice choice && Boolean.FALSE.equals(correct)) {
            Span right = new Span();
            right.getElement().setProperty("innerHTML", segment.optionsHtml().get(choice.rightIndex()));
            outcome.removeAll();
            outcome.add(new Text("Not quite — the answer is “"), right, new Text("”."));
        } else {
            outcome.setText(message);
        }
    }

    private void judged(boolean correct) {
        listener.answered(chapterId, checkpoint.id(), response, correct, attempts);
        reveal(judgement(correct), correct, true);
    }

    private static String judgement(boolean correct) {
        return correct ? "You had it." : "Not quite — compare your prediction with the answer below.";
    }

    private void tryAgain() {
        input.clear();
        await();
        input.focus();
    }

    /** A returning learner sees what they committed last, its outcome and the explanation. */
    private void restore(CheckpointState state) {
        attempts = state.attempts();
        response = state.response() == null ? "" : state.response();
        Checkpoint.Result result = checkpoint.grade(response);
        if (!result.valid()) {
            await(); // the question changed since (an option renamed): ask again, counting on from there
            return;
        }
        input.show(response);
        boolean open = result.correct() == null;
        reveal(open && state.correct() != null ? judgement(state.correct()) : result.message(),
                open ? state.correct() : result.correct(), false);
    }
}
