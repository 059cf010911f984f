package org.learningmechanics.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.account.ui.SignInView;
import org.learningmechanics.course.Course;
import org.learningmechanics.course.CourseException;
import org.learningmechanics.course.CourseService;

/** An instructor's courses, and the form that creates a new one. */
@Route("teaching")
@PageTitle("Teaching — Learning Mechanics")
@RolesAllowed("INSTRUCTOR")
public class TeachingView extends Div implements BeforeEnterObserver {

    private final CurrentAccount current;
    private final CourseService courses;
    private final UnorderedList list = new UnorderedList();

    public TeachingView(CurrentAccount current, CourseService courses) {
        this.current = current;
        this.courses = courses;
        addClassName("course-page");
        list.setId("taught-courses");
        TextField title = new TextField("Title");
        title.setId("course-title");
        title.setMaxLength(CourseService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        TextField term = new TextField("Term");
        term.setId("course-term");
        term.setMaxLength(CourseService.MAX_TERM);
        term.setHelperText("For example, Spring 2026.");
        TextArea description = new TextArea("Description");
        description.setId("course-description");
        description.setMaxLength(CourseService.MAX_DESCRIPTION);
        Feedback feedback = new Feedback("course-create-feedback");
        Button create = new Button("Create course", e -> feedback.attempt(() -> {
            Course course = courses.create(SignedIn.account(current), title.getValue(), term.getValue(),
                    description.getValue());
            getUI().ifPresent(ui -> ui.navigate(CourseView.path(course)));
        }));
        create.setId("course-create");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(title, term, description, create, feedback);
        form.addClassName("course-form");
        add(new H1("Teaching"), new H2("Your courses"), list, new H2("Create a course"), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.removeAll();
        var me = current.get().orElse(null);
        if (me == null) {
            event.forwardTo(SignInView.class);
            return;
        }
        java.util.List<Course> taught;
        try {
            taught = courses.taught(me);
        } catch (CourseException refused) {
            list.add(new ListItem(refused.getMessage()));
            return;
        }
        if (taught.isEmpty()) {
            list.add(new ListItem("None yet: create your first course below."));
        }
        for (Course course : taught) {
            ListItem item = new ListItem(new Anchor(CourseView.path(course), course.label()));
            if (course.archived()) {
                item.add(new Paragraph("Archived"));
                item.addClassName("archived");
            }
            list.add(item);
        }
    }
}
