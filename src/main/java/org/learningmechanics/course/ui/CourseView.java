package org.learningmechanics.course.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.course.Course;
import org.learningmechanics.course.CourseAssignments;
import org.learningmechanics.course.CourseDashboard;
import org.learningmechanics.course.CourseException;
import org.learningmechanics.course.CourseService;

/**
 * One course, for its instructors: joining, roster, assignments, dashboard and class predictions, one tab each.
 * Another instructor, or anyone else, who opens the address sees only that the course is not theirs.
 */
@Route("teaching/:courseId")
@RolesAllowed("INSTRUCTOR")
public class CourseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int DASHBOARD_TAB = 0;
    static final int PREDICTIONS_TAB = 1;
    static final int ASSIGNMENTS_TAB = 2;
    static final int ROSTER_TAB = 3;
    static final int JOIN_TAB = 4;

    private final CurrentAccount current;
    private final CourseService courses;
    private final CourseAssignments assignments;
    private final CourseDashboard dashboards;
    private final ChapterCatalog chapters;
    private String title = "Course — Learning Mechanics";

    public CourseView(CurrentAccount current, CourseService courses, CourseAssignments assignments,
                      CourseDashboard dashboards, ChapterCatalog chapters) {
        this.current = current;
        this.courses = courses;
        this.assignments = assignments;
        this.dashboards = dashboards;
        this.chapters = chapters;
        addClassName("course-page");
    }

    static String path(Course course) {
        return "teaching/" + course.id();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Feedback feedback = new Feedback("course-feedback");
        UUID id;
        Course course;
        try {
            id = UUID.fromString(event.getRouteParameters().get("courseId").orElse(""));
            course = courses.course(SignedIn.account(current), id);
        } catch (IllegalArgumentException | CourseException refused) {
            feedback.error(new org.learningmechanics.course.CourseAccessDeniedException().getMessage());
            add(new H1("Course"), feedback, new Paragraph(new Anchor("teaching", "Your courses")));
            return;
        }
        title = course.label() + " — Learning Mechanics";
        CourseContext context = new CourseContext(id, current, courses, assignments, dashboards, chapters);
        H1 heading = new H1(course.label());
        heading.setId("course-heading");
        Paragraph state = new Paragraph(course.archived() ? "Archived: learners can no longer join, and nothing "
                + "in it can change until you restore it." : course.description());
        state.setId("course-state");
        Button archive = new Button(course.archived() ? "Restore course" : "Archive course", e -> {
            if (feedback.attempt(() -> courses.setArchived(context.me(), id, !course.archived()))) {
                getUI().ifPresent(ui -> ui.navigate(path(course)));
            }
        });
        archive.setId("course-archive");
        TabSheet tabs = new TabSheet();
        tabs.setId("course-tabs");
        tabs.setWidthFull();
        DashboardPanel dashboard = new DashboardPanel(context);
        tabs.add("Dashboard", dashboard);
        tabs.add("Class predictions", new PredictionsPanel(context));
        tabs.add("Assignments", new AssignmentsPanel(context));
        tabs.add("Roster", new RosterPanel(context, course));
        tabs.add("Join code", new JoinPanel(context, course));
        if (courses.roster(context.me(), id).isEmpty()) {
            tabs.setSelectedIndex(JOIN_TAB); // a course without learners needs its code shared first
        }
        tabs.addSelectedChangeListener(e -> {
            if (tabs.getComponent(e.getSelectedTab()) instanceof Refreshable panel) {
                feedback.clear();
                feedback.attempt(panel::refresh);
            }
        });
        add(new Paragraph(new Anchor("teaching", "← Your courses")), heading, state, archive, feedback, tabs);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
