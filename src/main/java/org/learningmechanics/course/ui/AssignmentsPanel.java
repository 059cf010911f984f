package org.learningmechanics.course.ui;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.course.Assignment;
import org.learningmechanics.course.AssignmentDraft;

/**
 * The course's assignments: a chapter, optionally some of its checkpoints, open and due times picked on the
 * instructor's own clock (their zone, named); edit, delete, and per-learner extensions.
 */
class AssignmentsPanel extends Div implements Refreshable {

    private final CourseContext context;
    private final Grid<Assignment> grid = new Grid<>();
    private final ComboBox<Chapter> chapter = new ComboBox<>("Chapter");
    private final MultiSelectComboBox<Checkpoint> checkpoints = new MultiSelectComboBox<>("Checkpoints");
    private final MultiSelectComboBox<String> simulations = new MultiSelectComboBox<>("Simulations to run");
    private final DateTimePicker opens = new DateTimePicker("Opens");
    private final DateTimePicker due = new DateTimePicker("Due");
    private final ComboBox<String> zone = new ComboBox<>("Time zone");
    private final Button save = new Button("Assign");
    private final Feedback feedback = new Feedback("assignment-feedback");
    private UUID editing;

    AssignmentsPanel(CourseContext context) {
        this.context = context;
        addClassName("course-panel");
        grid.setId("assignments");
        grid.addColumn(a -> title(a.chapterId())).setHeader("Chapter").setKey("chapter");
        grid.addColumn(a -> a.checkpointIds().isEmpty() ? "All" : String.join(", ", a.checkpointIds()))
                .setHeader("Checkpoints").setKey("checkpoints");
        grid.addColumn(a -> a.simulationIds().isEmpty() ? "None required" : String.join(", ", a.simulationIds()))
                .setHeader("Simulations").setKey("simulations");
        grid.addColumn(a -> a.format(a.opensAt())).setHeader("Opens").setKey("opens");
        grid.addColumn(a -> a.format(a.dueAt())).setHeader("Due").setKey("due");
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        chapter.setId("assignment-chapter");
        chapter.setItems(context.chapters().all());
        chapter.setItemLabelGenerator(Chapter::title);
        chapter.setWidthFull();
        chapter.addValueChangeListener(e -> {
            checkpoints.clear();
            checkpoints.setItems(e.getValue() == null ? List.of() : e.getValue().checkpoints());
            simulations.clear();
            simulations.setItems(e.getValue() == null ? List.of() : e.getValue().simulationIds());
        });
        simulations.setId("assignment-simulations");
        simulations.setHelperText("None picked: running simulations is not required.");
        simulations.setWidthFull();
        checkpoints.setId("assignment-checkpoints");
        checkpoints.setItemLabelGenerator(c -> c.id() + ": " + abbreviate(c.question()));
        checkpoints.setHelperText("None picked: every checkpoint of the chapter.");
        checkpoints.setWidthFull();
        opens.setId("assignment-opens");
        due.setId("assignment-due");
        zone.setId("assignment-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setHelperText("Open and due times are read on this clock.");
        zone.setValue("UTC");
        getElement().executeJs("return Intl.DateTimeFormat().resolvedOptions().timeZone").then(String.class,
                browserZone -> {
                    if (editing == null && ZoneId.getAvailableZoneIds().contains(browserZone)) {
                        zone.setValue(browserZone);
                    }
                });
        save.setId("assignment-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        Button cancel = new Button("New assignment", e -> edit(null));
        cancel.setId("assignment-new");
        Div form = new Div(chapter, checkpoints, simulations, opens, due, zone, new Div(save, cancel), feedback);
        form.addClassName("course-form");
        add(grid, new H3("Assign a chapter"), form);
        edit(null);
        refresh();
    }

    @Override
    public void refresh() {
        grid.setItems(context.assignments().assignments(context.me(), context.courseId()));
    }

    private void save() {
        AssignmentDraft draft = new AssignmentDraft(chapter.getValue() == null ? null : chapter.getValue().id(),
                checkpoints.getValue().stream().map(Checkpoint::id).toList(), opens.getValue(), due.getValue(),
                zone.getValue(), List.copyOf(simulations.getValue()));
        if (feedback.attempt(() -> context.assignments().save(context.me(), context.courseId(), editing, draft))) {
            feedback.ok(editing == null ? "Assigned." : "Saved.");
            edit(null);
            refresh();
        }
    }

    private void edit(Assignment assignment) {
        editing = assignment == null ? null : assignment.id();
        save.setText(assignment == null ? "Assign" : "Save changes");
        if (assignment == null) {
            chapter.clear();
            LocalDateTime today = LocalDateTime.now().truncatedTo(ChronoUnit.HOURS);
            opens.setValue(today);
            due.setValue(today.plusDays(7));
            return;
        }
        chapter.setValue(context.chapters().find(assignment.chapterId()).orElse(null));
        if (chapter.getValue() != null) {
            checkpoints.setValue(chapter.getValue().checkpoints().stream()
                    .filter(c -> assignment.checkpointIds().contains(c.id())).toList());
            simulations.setValue(chapter.getValue().simulationIds().stream()
                    .filter(assignment.simulationIds()::contains).toList());
        }
        zone.setValue(assignment.zone().getId());
        opens.setValue(assignment.localOpens());
        due.setValue(assignment.localDue());
    }

    private Div actions(Assignment assignment) {
        String what = title(assignment.chapterId());
        Button edit = new Button("Edit", e -> edit(assignment));
        edit.setAriaLabel("Edit the assignment of " + what);
        Button extensions = new Button("Extensions", e -> new ExtensionsDialog(context, assignment, what).open());
        extensions.setAriaLabel("Extensions for " + what);
        Button delete = new Button("Delete", e -> {
            if (feedback.attempt(() -> context.assignments().delete(context.me(), context.courseId(),
                    assignment.id()))) {
                feedback.ok("Deleted the assignment of " + what + ".");
                refresh();
            }
        });
        delete.setAriaLabel("Delete the assignment of " + what);
        delete.addThemeVariants(ButtonVariant.ERROR);
        List.of(edit, extensions, delete).forEach(b -> b.addThemeVariants(ButtonVariant.TERTIARY));
        return new Div(edit, extensions, delete);
    }

    private String title(String chapterId) {
        return context.chapters().find(chapterId).map(Chapter::title).orElse(chapterId + " (no longer in the book)");
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
