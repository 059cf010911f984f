package org.learningmechanics.course.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.Role;
import org.learningmechanics.account.ui.AccountSection;
import org.learningmechanics.course.CourseAssignments;
import org.springframework.core.annotation.Order;

/** "Your courses" on the account page: the owner's courses and what is due, with the way to join or teach. */
@org.springframework.stereotype.Component
@Order(20)
class CoursesSection implements AccountSection {

    private final CourseAssignments assignments;

    CoursesSection(CourseAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public String title() {
        return "Your courses";
    }

    @Override
    public Component content(Account account) {
        Div content = new Div();
        content.setId("account-courses");
        var mine = assignments.myCourses(account);
        if (mine.isEmpty()) {
            content.add(new Paragraph("You are not in any course."));
        }
        mine.forEach(course -> content.add(MyCoursesView.course(course)));
        Paragraph links = new Paragraph(new Anchor("courses", "My courses"), new com.vaadin.flow.component.Text(
                " · "), new Anchor("join", "Join a course"));
        if (account.role() != Role.LEARNER) {
            links.add(new com.vaadin.flow.component.Text(" · "), new Anchor("teaching", "Courses you teach"));
        }
        content.add(links);
        return content;
    }
}
