package org.learningmechanics.course.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.course.Course;
import org.learningmechanics.course.CourseService;
import org.learningmechanics.course.JoinCode;

/**
 * Joining a course with the code an instructor gave, typed here or carried in the link {@code /join/<code>}. A
 * signed-out reader is sent to sign in first and brought back. The join itself waits for the learner to press the
 * button, so a link alone never enrols anyone.
 */
@Route("join/:code?")
@PageTitle("Join a course — Learning Mechanics")
@PermitAll
public class JoinView extends Div implements BeforeEnterObserver {

    private final TextField code = new TextField("Course code");

    public JoinView(CurrentAccount current, CourseService courses) {
        addClassName("course-page");
        code.setId("join-code-input");
        code.setMaxLength(40);
        code.setHelperText(JoinCode.LENGTH + " letters and digits, from your instructor.");
        code.setRequiredIndicatorVisible(true);
        Feedback feedback = new Feedback("join-feedback");
        Button join = new Button("Join course", e -> feedback.attempt(() -> {
            Course course = courses.join(SignedIn.account(current), code.getValue(), address());
            getUI().ifPresent(ui -> ui.navigate(MyCoursesView.class).ifPresent(view -> view.joined(course)));
        }));
        join.setId("join-submit");
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClickShortcut(Key.ENTER);
        Div form = new Div(code, join, feedback);
        form.addClassName("course-form");
        add(new H1("Join a course"), new Paragraph("Your instructor sees your progress in the chapters they assign: "
                + "sections read, simulations run and checkpoint answers. Nothing else."), form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getRouteParameters().get("code").ifPresent(code::setValue);
    }

    private static String address() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null || session.getBrowser().getAddress() == null ? ""
                : session.getBrowser().getAddress();
    }
}
