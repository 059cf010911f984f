package org.learningmechanics.course.ui;

import java.time.Instant;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.learningmechanics.course.Assignment;
import org.learningmechanics.course.RosterEntry;

/** Per-learner due dates for one assignment, in the assignment's zone: give, change or take back. */
class ExtensionsDialog extends Dialog {

    private final CourseContext context;
    private final Assignment assignment;
    private final UnorderedList current = new UnorderedList();
    private final Feedback feedback = new Feedback("extension-feedback");

    ExtensionsDialog(CourseContext context, Assignment assignment, String chapterTitle) {
        this.context = context;
        this.assignment = assignment;
        setHeaderTitle("Extensions: " + chapterTitle);
        setId("extensions-dialog");
        ComboBox<RosterEntry> learner = new ComboBox<>("Learner");
        learner.setId("extension-learner");
        learner.setItems(context.courses().roster(context.me(), context.courseId()));
        learner.setItemLabelGenerator(r -> r.name() + " <" + r.email() + ">");
        DateTimePicker due = new DateTimePicker("New due time (" + assignment.zone().getId() + ")");
        due.setId("extension-due");
        due.setValue(assignment.localDue().plusDays(2));
        Button give = new Button("Give extension", e -> change(learner.getValue(), due));
        give.setId("extension-save");
        give.addThemeVariants(ButtonVariant.PRIMARY);
        Button remove = new Button("Remove extension", e -> change(learner.getValue(), null));
        remove.setId("extension-remove");
        current.setId("extensions");
        add(new Paragraph("Due for everyone: " + assignment.format(assignment.dueAt())), current, learner, due,
                feedback);
        getFooter().add(remove, give, new Button("Close", e -> close()));
        refresh();
    }

    private void change(RosterEntry learner, DateTimePicker due) {
        if (learner == null) {
            feedback.error("Pick a learner first.");
            return;
        }
        if (due != null && due.getValue() == null) {
            feedback.error("Pick the new due date and time.");
            return;
        }
        if (feedback.attempt(() -> context.assignments().extend(context.me(), context.courseId(), assignment.id(),
                learner.accountId(), due == null ? null : due.getValue()))) {
            feedback.ok(due == null ? learner.name() + " is due with everyone again."
                    : learner.name() + " now has until " + assignment.format(Assignment.instant(
                    due.getValue().withSecond(0).withNano(0), assignment.zone())) + ".");
            refresh();
        }
    }

    private void refresh() {
        current.removeAll();
        Map<java.util.UUID, Instant> extensions = context.assignments().extensions(context.me(), context.courseId())
                .getOrDefault(assignment.id(), Map.of());
        for (RosterEntry learner : context.courses().roster(context.me(), context.courseId())) {
            Instant extended = extensions.get(learner.accountId());
            if (extended != null) {
                current.add(new ListItem(learner.name() + ": " + assignment.format(extended)));
            }
        }
        if (extensions.isEmpty()) {
            current.add(new ListItem("No extensions yet."));
        }
    }
}
