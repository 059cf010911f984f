package org.learningmechanics.course.ui;

import com.vaadin.flow.component.html.Paragraph;
import org.learningmechanics.course.CourseException;

/**
 * The line under a form or panel that says what just happened — saved, or what to do instead — read out by screen
 * readers as it changes. Every course call goes through {@link #attempt}, so a refusal is a message, never an error
 * page.
 */
class Feedback extends Paragraph {

    Feedback(String id) {
        setId(id);
        addClassName("course-feedback");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
    }

    void ok(String text) {
        setText(text);
        removeClassName("error");
    }

    void error(String text) {
        setText(text);
        addClassName("error");
    }

    void clear() {
        setText("");
        removeClassName("error");
    }

    /** Runs a course call; its refusal becomes the message. Returns whether it went through. */
    boolean attempt(Runnable call) {
        try {
            call.run();
            return true;
        } catch (CourseException refused) {
            error(refused.getMessage());
            return false;
        }
    }
}
