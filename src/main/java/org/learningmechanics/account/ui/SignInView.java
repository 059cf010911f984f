package org.learningmechanics.account.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.learningmechanics.account.SignInThrottledException;
import org.learningmechanics.db.DatabaseOutage;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Sign in with email and password. The form is a real HTML form posted to Spring Security (so password managers
 * recognise it and the password never passes through a Vaadin round trip); "Keep me signed in" sends the
 * remember-me parameter. A failed attempt comes back here with {@code ?error}, and the message does not say
 * whether the email or the password was wrong.
 */
@Route("signin")
@PageTitle("Sign in — Learning Mechanics")
@AnonymousAllowed
public class SignInView extends Div implements BeforeEnterObserver {

    static final String WRONG = "The email or password is not right. Check both and try again.";
    static final String UNAVAILABLE = "Signing in is not possible for a moment: the database is not answering. "
            + "Please try again in a minute.";

    private final EmailField email = new EmailField("Email");
    private final Paragraph message = new Paragraph();
    private final CurrentAccount current;

    public SignInView(CurrentAccount current) {
        this.current = current;
        addClassName("account-page");
        message.addClassName("account-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);

        HtmlContainer form = new Form();
        form.setId("signin-form");
        form.getElement().setAttribute("method", "post");
        form.getElement().setAttribute("action", "signin");

        email.setId("signin-email");
        email.getElement().setProperty("name", "username");
        email.getElement().setAttribute("autocomplete", "username");
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        PasswordField password = new PasswordField("Password");
        password.setId("signin-password");
        password.getElement().setProperty("name", "password");
        password.getElement().setAttribute("autocomplete", "current-password");
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        Checkbox remember = new Checkbox("Keep me signed in on this device for 30 days");
        remember.setId("signin-remember");
        remember.getElement().setProperty("name", "remember-me");
        NativeButton submit = new NativeButton("Sign in");
        submit.setId("signin-submit");
        submit.getElement().setAttribute("type", "submit");
        submit.addClassName("primary-button");
        form.add(email, password, remember, csrfField(), submit);

        Paragraph signUp = new Paragraph("New here? ");
        signUp.add(new Anchor("signup", "Create an account"));
        signUp.add(" — reading and running simulations never need one; keeping your progress does.");
        add(new H1("Sign in"), message, form, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (current.get().isPresent()) {
            event.forwardTo(AccountView.class);
            return;
        }
        var query = event.getLocation().getQueryParameters().getParameters();
        query.getOrDefault("email", java.util.List.of()).stream().findFirst().ifPresent(email::setValue);
        if (query.containsKey("created")) {
            show("Your account is ready. Sign in to start keeping your progress.", false);
        } else if (query.containsKey("error")) {
            Object failure = lastFailure();
            show(failure instanceof SignInThrottledException throttled ? throttled.getMessage()
                    : failure instanceof Throwable t && DatabaseOutage.explains(t) ? UNAVAILABLE : WRONG, true);
        }
    }

    private void show(String text, boolean error) {
        message.setText(text);
        message.setVisible(true);
        message.getElement().getClassList().set("error", error);
    }

    /** Spring Security leaves the exception of a failed sign-in in the session for the page it redirects to. */
    private static Object lastFailure() {
        var session = VaadinSession.getCurrent().getSession();
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure;
    }

    /** The CSRF token Spring Security expects with the post; Vaadin's own requests are exempt, this form is not. */
    private static Input csrfField() {
        Input hidden = new Input();
        hidden.setType("hidden");
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            hidden.getElement().setAttribute("name", token.getParameterName());
            hidden.setValue(token.getToken());
        }
        return hidden;
    }

    /** A plain HTML form element. */
    @Tag("form")
    static final class Form extends HtmlContainer {
    }
}
