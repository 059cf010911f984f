package org.learningmechanics.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.book.Section;
import org.learningmechanics.course.CourseDashboard;
import org.learningmechanics.course.RosterEntry;
import org.learningmechanics.progress.CheckpointRecord;
import org.learningmechanics.ui.Times;

/** One learner in one assigned chapter: how far they read, what they ran, and each checkpoint answer. */
class LearnerDialog extends Dialog {

    LearnerDialog(CourseContext context, RosterEntry learner, String chapterId) {
        setId("learner-dialog");
        setHeaderTitle(learner.name());
        Feedback feedback = new Feedback("learner-feedback");
        getFooter().add(new Button("Close", e -> close()));
        add(feedback);
        feedback.attempt(() -> show(context.dashboards().learnerDetail(context.me(), context.courseId(),
                learner.accountId(), chapterId)));
    }

    private void show(CourseDashboard.LearnerDetail detail) {
        add(new H3(detail.chapter().title()));
        var progress = detail.progress();
        if (progress == null) {
            add(new Paragraph("Has not opened this chapter yet."));
        } else {
            answers(detail);
        }
        add(new H3("Experiments shared with the course"));
        if (detail.shared().isEmpty()) {
            add(new Paragraph("Nothing shared yet from this chapter's simulations."));
        }
        UnorderedList shared = new UnorderedList();
        shared.setId("learner-shared");
        detail.shared().forEach(w -> shared.add(new ListItem(new Anchor(w.path(), w.title()),
                new Span(" — " + w.simulationId() + ", saved " + Times.forViewer(w.createdAt())))));
        add(shared);
    }

    private void answers(CourseDashboard.LearnerDetail detail) {
        var progress = detail.progress();
        long sections = detail.chapter().sections().stream().filter(s -> !s.id().isEmpty()).count();
        long reached = detail.chapter().sections().stream().map(Section::id)
                .filter(progress.sectionsReached()::contains).count();
        Paragraph facts = new Paragraph("Read " + reached + " of " + sections + " sections · " + progress.totalRuns()
                + " simulation runs · last activity " + Times.forViewer(progress.lastActivityAt()));
        facts.setId("learner-facts");
        add(facts);
        for (Checkpoint checkpoint : detail.chapter().checkpoints()) {
            CheckpointRecord answer = detail.answer(checkpoint);
            Div item = new Div(new Paragraph(AssignmentsPanel.abbreviate(checkpoint.question())));
            item.addClassName("learner-answer");
            item.add(new Paragraph(answer == null ? "Not answered."
                    : "Answered “" + answer.response() + "” — " + verdict(answer) + ", " + answer.attempts()
                    + " attempt" + (answer.attempts() == 1 ? "" : "s") + ", " + Times.forViewer(answer.answeredAt())));
            add(item);
        }
    }

    private static String verdict(CheckpointRecord answer) {
        if (answer.correct() == null) {
            return "not judged";
        }
        return answer.correct() ? "right" : "not right";
    }
}
