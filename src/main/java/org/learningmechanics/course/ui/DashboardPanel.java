package org.learningmechanics.course.ui;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.learningmechanics.course.Assignment;
import org.learningmechanics.course.AssignmentCell;
import org.learningmechanics.course.AssignmentStatus;
import org.learningmechanics.course.CourseAccessDeniedException;
import org.learningmechanics.course.Dashboard;
import org.learningmechanics.ui.Times;

/**
 * Learners against assignments: each cell the learner's status, checkpoints right of answered, simulations run;
 * sort by any column, filter by name or status; a cell opens the learner's answers in that chapter. The CSV
 * downloads check the signed-in account again when they are fetched.
 */
class DashboardPanel extends Div implements Refreshable {

    private final CourseContext context;
    private final Grid<Dashboard.Row> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<AssignmentStatus> status = new ComboBox<>();
    private final Paragraph summary = new Paragraph();

    DashboardPanel(CourseContext context) {
        this.context = context;
        addClassName("course-panel");
        grid.setId("dashboard");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        search.setId("dashboard-search");
        search.setPlaceholder("Filter by name or email");
        search.setAriaLabel("Filter learners by name or email");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter());
        status.setId("dashboard-status");
        status.setPlaceholder("Any status");
        status.setAriaLabel("Show learners with this status in any assignment");
        status.setItems(AssignmentStatus.values());
        status.setItemLabelGenerator(AssignmentStatus::label);
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> filter());
        summary.setId("dashboard-summary");
        Anchor dashboardCsv = download("dashboard.csv", "Download the dashboard (CSV)",
                me -> context.dashboards().dashboardCsv(me, context.courseId()));
        dashboardCsv.setId("dashboard-csv");
        Anchor answersCsv = download("checkpoint-answers.csv", "Download every checkpoint answer (CSV)",
                me -> context.dashboards().answersCsv(me, context.courseId()));
        answersCsv.setId("answers-csv");
        Div tools = new Div(search, status);
        tools.addClassName("dashboard-tools");
        add(tools, summary, grid, new Div(dashboardCsv, new com.vaadin.flow.component.Text(" · "), answersCsv));
        refresh();
    }

    @Override
    public void refresh() {
        Dashboard dashboard = context.dashboards().dashboard(context.me(), context.courseId());
        grid.removeAllColumns();
        grid.addColumn(r -> r.learner().name()).setHeader("Learner").setKey("learner").setSortable(true)
                .setComparator(Comparator.comparing(r -> r.learner().name().toLowerCase(Locale.ROOT)))
                .setFrozen(true).setAutoWidth(true);
        grid.addColumn(r -> Times.forViewer(r.lastActivity())).setHeader("Last activity").setKey("last-activity")
                .setComparator(Comparator.comparing(Dashboard.Row::lastActivity,
                        Comparator.nullsFirst(Instant::compareTo))).setAutoWidth(true);
        for (int i = 0; i < dashboard.assignments().size(); i++) {
            Assignment a = dashboard.assignments().get(i);
            Span due = new Span("due " + a.format(a.dueAt()));
            due.addClassName("dashboard-due");
            grid.addComponentColumn(r -> cell(r, a, dashboard.heading(a)))
                    .setHeader(new Div(new Span(dashboard.heading(a)), due))
                    .setFooter(tally(dashboard, a))
                    .setKey("assignment-" + i)
                    .setComparator(Comparator.comparing((Dashboard.Row r) -> r.cell(a).status())
                            .thenComparing(r -> r.cell(a).right()))
                    .setWidth("18rem");
        }
        grid.setItems(dashboard.rows());
        summary.setText(dashboard.rows().size() + " learner" + (dashboard.rows().size() == 1 ? "" : "s") + ", "
                + dashboard.assignments().size() + " assignment" + (dashboard.assignments().size() == 1 ? "" : "s")
                + (dashboard.rows().isEmpty() ? ". Share the join code so learners can join." : "."));
        filter();
    }

    /** "0 not started · 1 in progress · 2 done · 1 late": the column at a glance, under it. */
    private static String tally(Dashboard dashboard, Assignment assignment) {
        java.util.List<String> counts = new java.util.ArrayList<>();
        for (AssignmentStatus status : AssignmentStatus.values()) {
            long n = dashboard.rows().stream().filter(r -> r.cell(assignment).status() == status).count();
            counts.add(n + " " + status.label().toLowerCase(Locale.ROOT));
        }
        return String.join(" · ", counts);
    }

    @SuppressWarnings("unchecked")
    private void filter() {
        if (!(grid.getDataProvider() instanceof ListDataProvider<?> provider)) {
            return;
        }
        String text = search.getValue().strip().toLowerCase(Locale.ROOT);
        AssignmentStatus wanted = status.getValue();
        ((ListDataProvider<Dashboard.Row>) provider).setFilter(row ->
                (text.isEmpty() || row.learner().name().toLowerCase(Locale.ROOT).contains(text)
                        || row.learner().email().toLowerCase(Locale.ROOT).contains(text))
                        && (wanted == null || row.cells().values().stream().anyMatch(c -> c.status() == wanted)));
    }

    private Button cell(Dashboard.Row row, Assignment assignment, String chapterTitle) {
        AssignmentCell cell = row.cell(assignment);
        Button button = new Button(cell.status().label() + " · " + cell.right() + "/" + cell.answered() + " right"
                + " · " + cell.runs() + " run" + (cell.runs() == 1 ? "" : "s"),
                e -> new LearnerDialog(context, row.learner(), assignment.chapterId()).open());
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.addClassName("status-" + cell.status().cssName());
        button.setAriaLabel(row.learner().name() + ", " + chapterTitle + ": " + cell.status().label() + ", "
                + cell.right() + " of " + cell.answered() + " checkpoints answered right (" + cell.required()
                + " required), " + cell.runs() + " simulation runs. Open their answers.");
        button.setTooltipText("Last activity " + Times.forViewer(cell.lastActivity()) + "; due for them "
                + assignment.format(cell.due()));
        return button;
    }

    private Anchor download(String fileName, String text,
                            Function<org.learningmechanics.account.Account, String> csv) {
        DownloadHandler handler = event -> {
            String body;
            try {
                body = csv.apply(context.me());
            } catch (CourseAccessDeniedException denied) {
                event.getResponse().setStatus(403);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=utf-8");
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
        Anchor anchor = new Anchor(handler, text);
        anchor.getElement().setAttribute("download", fileName);
        return anchor;
    }
}
