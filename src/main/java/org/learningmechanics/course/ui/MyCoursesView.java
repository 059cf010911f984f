package org.learningmechanics.course.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.Role;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.account.ui.SignInView;
import org.learningmechanics.course.Course;
import org.learningmechanics.course.CourseAssignments;
import org.learningmechanics.course.LearnerCourse;

/** A learner's courses: each assignment with its due date (their extension, if any) and status; overdue first. */
@Route("courses")
@PageTitle("My courses — Learning Mechanics")
@PermitAll
public class MyCoursesView extends Div implements BeforeEnterObserver {

    private final CurrentAccount current;
    private final CourseAssignments assignments;
    private final Paragraph notice = new Paragraph();

    public MyCoursesView(CurrentAccount current, CourseAssignments assignments) {
        this.current = current;
        this.assignments = assignments;
        addClassName("course-page");
        notice.setId("courses-notice");
        notice.addClassName("course-feedback");
        notice.getElement().setAttribute("role", "status");
    }

    void joined(Course course) {
        notice.setText("You joined " + course.label() + ".");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        notice.setText("");
        Account me = current.get().orElse(null);
        if (me == null) {
            event.forwardTo(SignInView.class);
            return;
        }
        Paragraph links = new Paragraph(new Anchor("join", "Join a course with a code"));
        if (me.role() != Role.LEARNER) {
            links.add(new com.vaadin.flow.component.Text(" · "), new Anchor("teaching", "Courses you teach"));
        }
        add(new H1("My courses"), notice, links);
        var mine = assignments.myCourses(me);
        if (mine.isEmpty()) {
            add(new Paragraph("You are not in any course yet."));
        }
        mine.forEach(course -> add(course(course)));
    }

    static Div course(LearnerCourse course) {
        Div block = new Div(new H2(course.course().label() + (course.course().archived() ? " (archived)" : "")));
        block.addClassName("my-course");
        if (!course.course().description().isEmpty()) {
            block.add(new Paragraph(course.course().description()));
        }
        if (course.assignments().isEmpty()) {
            block.add(new Paragraph("Nothing assigned yet."));
            return block;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("my-assignments");
        course.assignments().stream()
                .sorted(java.util.Comparator.comparing((LearnerCourse.Item i) -> !i.cell().overdue())
                        .thenComparing(i -> i.cell().due()))
                .forEach(item -> list.add(item(item)));
        block.add(list);
        return block;
    }

    private static ListItem item(LearnerCourse.Item item) {
        var a = item.assignment();
        var cell = item.cell();
        Span status = new Span(cell.overdue() ? "Overdue" : cell.status().label());
        status.addClassName("assignment-status");
        status.addClassName("status-" + (cell.overdue() ? "overdue" : cell.status().cssName()));
        String due = "due " + a.format(cell.due()) + (cell.due().equals(a.dueAt()) ? ""
                : " (extended for you from " + a.format(a.dueAt()) + ")");
        String opens = item.open() ? "" : "opens " + a.format(a.opensAt()) + ", ";
        ListItem li = new ListItem(new Anchor("chapters/" + a.chapterId(), item.chapterTitle()),
                new Span(" — " + opens + due + " · " + cell.answered() + " of " + cell.required()
                        + " checkpoints answered · "), status);
        li.getElement().getClassList().set("overdue", cell.overdue());
        return li;
    }
}
