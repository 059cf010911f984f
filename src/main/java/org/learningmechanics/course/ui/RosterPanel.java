package org.learningmechanics.course.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.learningmechanics.course.Course;
import org.learningmechanics.course.RosterEntry;
import org.learningmechanics.course.RosterImport;
import org.learningmechanics.ui.Times;

/** Who is in the course and since when; remove a learner; add learners from a CSV of emails. */
class RosterPanel extends Div implements Refreshable {

    private final CourseContext context;
    private final Course course;
    private final Grid<RosterEntry> grid = new Grid<>();
    private final Feedback feedback = new Feedback("roster-feedback");
    private final Div outcome = new Div();

    RosterPanel(CourseContext context, Course course) {
        this.context = context;
        this.course = course;
        addClassName("course-panel");
        grid.setId("roster");
        grid.addColumn(RosterEntry::name).setHeader("Name").setKey("name").setSortable(true);
        grid.addColumn(RosterEntry::email).setHeader("Email").setKey("email").setSortable(true);
        grid.addColumn(r -> Times.forViewer(r.joinedAt())).setHeader("Joined").setKey("joined")
                .setComparator(RosterEntry::joinedAt);
        grid.addComponentColumn(this::removeButton).setHeader("").setKey("remove");
        grid.setAllRowsVisible(true);

        TextArea pasted = new TextArea("Emails or CSV");
        pasted.setId("roster-import-text");
        pasted.setHelperText("One email per line, or paste a CSV exported from your registrar: every cell with an @ "
                + "counts.");
        pasted.setMaxLength(RosterImport.MAX_CHARACTERS);
        pasted.setWidthFull();
        Button importPasted = new Button("Add these learners", e -> {
            importRoster(pasted.getValue());
            pasted.clear();
        });
        importPasted.setId("roster-import");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> getUI().ifPresent(ui -> ui.access(
                () -> importRoster(new String(bytes, StandardCharsets.UTF_8))))));
        upload.setId("roster-upload");
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setMaxFileSize(RosterImport.MAX_CHARACTERS);
        upload.setMaxFiles(1);
        outcome.setId("roster-import-outcome");
        add(grid, new H3("Import a roster"), pasted, importPasted, new Paragraph("Or upload a CSV file:"), upload,
                feedback, outcome);
        refresh();
    }

    @Override
    public void refresh() {
        grid.setItems(context.courses().roster(context.me(), context.courseId()));
    }

    private Button removeButton(RosterEntry learner) {
        Button remove = new Button("Remove", e -> {
            if (feedback.attempt(() -> context.courses().removeLearner(context.me(), context.courseId(),
                    learner.accountId()))) {
                feedback.ok(learner.name() + " is no longer in the course. They can be imported again.");
                refresh();
            }
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        remove.setAriaLabel("Remove " + learner.name() + " from the course");
        return remove;
    }

    private void importRoster(String text) {
        outcome.removeAll();
        feedback.attempt(() -> {
            RosterImport.Result result = context.courses().importRoster(context.me(), context.courseId(), text);
            feedback.ok(result.added().size() + " added, " + result.alreadyIn().size() + " already in the course, "
                    + result.withoutAccount().size() + " without an account yet.");
            if (!result.withoutAccount().isEmpty()) {
                outcome.add(new Paragraph("These people have no account here. Send them the join link, "
                        + JoinPanel.absolute(course.joinPath()) + " — they sign up, then follow it:"),
                        list("roster-without-account", result.withoutAccount()));
            }
            if (!result.invalid().isEmpty()) {
                outcome.add(new Paragraph("These are not email addresses and were left out:"),
                        list("roster-invalid", result.invalid()));
            }
            refresh();
        });
    }

    private static UnorderedList list(String id, List<String> items) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
