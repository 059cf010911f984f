package org.learningmechanics.course.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.learningmechanics.account.Account;
import org.learningmechanics.course.Course;

/** The join code and link (copy, replace, close) and the course's instructors (add a colleague by email). */
class JoinPanel extends Div implements Refreshable {

    private final CourseContext context;
    private final Span code = new Span();
    private final Anchor link = new Anchor();
    private final Checkbox open = new Checkbox("Learners can join with this code");
    private final UnorderedList instructors = new UnorderedList();
    private final Feedback feedback = new Feedback("join-feedback");

    JoinPanel(CourseContext context, Course course) {
        this.context = context;
        addClassName("course-panel");
        code.setId("join-code");
        code.addClassName("join-code");
        link.setId("join-link");
        open.setId("join-enabled");
        open.addValueChangeListener(e -> {
            if (e.isFromClient() && feedback.attempt(() -> show(context.courses().setJoinEnabled(context.me(),
                    context.courseId(), e.getValue())))) {
                feedback.ok(e.getValue() ? "The code works again." : "The code is closed: no one can join with it.");
            }
        });
        Button copyLink = new Button("Copy link", e -> copy(link.getText(), "Link copied."));
        copyLink.setId("join-copy-link");
        Button copyCode = new Button("Copy code", e -> copy(code.getText(), "Code copied."));
        copyCode.setId("join-copy-code");
        Button regenerate = new Button("Replace with a new code", e -> {
            if (feedback.attempt(() -> show(context.courses().regenerateCode(context.me(), context.courseId())))) {
                feedback.ok("New code made. The old one no longer works.");
            }
        });
        regenerate.setId("join-regenerate");
        regenerate.setTooltipText("The old code and link stop working at once");
        instructors.setId("course-instructors");
        EmailField colleague = new EmailField("Colleague's email");
        colleague.setId("coinstructor-email");
        Button add = new Button("Add co-instructor", e -> {
            if (feedback.attempt(() -> context.courses().addInstructor(context.me(), context.courseId(),
                    colleague.getValue()))) {
                feedback.ok("Added " + colleague.getValue().strip() + " as a co-instructor.");
                colleague.clear();
                refresh();
            }
        });
        add.setId("coinstructor-add");
        add(new Paragraph("Learners sign in, then type the code at “Join a course”, or follow the link."),
                new Div(new Span("Code: "), code), new Div(new Span("Link: "), link),
                new Div(copyCode, copyLink, regenerate), open, feedback,
                new H3("Instructors"), instructors, colleague, add);
        show(course);
        refresh();
    }

    @Override
    public void refresh() {
        instructors.removeAll();
        for (Account a : context.courses().instructors(context.me(), context.courseId())) {
            instructors.add(new ListItem(a.displayName() + " <" + a.email() + ">"));
        }
    }

    private void show(Course course) {
        code.setText(course.joinCode());
        link.setHref(course.joinPath());
        link.setText(absolute(course.joinPath()));
        open.setValue(course.joinEnabled());
        code.getElement().getClassList().set("closed", !course.joinEnabled());
    }

    /** Copies through the browser, and says so only once the browser did (it refuses outside a secure context). */
    private void copy(String text, String done) {
        getElement().executeJs("return navigator.clipboard ? navigator.clipboard.writeText($0).then(() => true, "
                + "() => false) : false", text).then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        feedback.ok(done);
                    } else {
                        feedback.error("This browser did not let the page copy: select the text and copy it.");
                    }
                });
    }

    /** The link as a learner will paste it: with this server's scheme, host and port. */
    static String absolute(String path) {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null || request.getServerName() == null) {
            return "/" + path;
        }
        int port = request.getServerPort();
        boolean usual = port <= 0 || (port == 80 && "http".equals(request.getScheme()))
                || (port == 443 && "https".equals(request.getScheme()));
        return request.getScheme() + "://" + request.getServerName() + (usual ? "" : ":" + port)
                + request.getContextPath() + "/" + path;
    }
}
