package org.learningmechanics.account.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.learningmechanics.account.AccountException;
import org.learningmechanics.account.AccountService;

/** Create an account: a name, an email and a password, each checked on the server with a message under it. */
@Route("signup")
@PageTitle("Create an account — Learning Mechanics")
@AnonymousAllowed
public class SignUpView extends Div {

    private final TextField name = new TextField("Your name");
    private final EmailField email = new EmailField("Email");
    private final PasswordField password = new PasswordField("Password");
    private final Checkbox instructor = new Checkbox("I teach a course and want to create classes");

    public SignUpView(AccountService accounts) {
        addClassName("account-page");
        name.setId("signup-name");
        name.setHelperText("Shown to the instructors and classmates of courses you join.");
        name.setMaxLength(AccountService.MAX_NAME_LENGTH);
        name.getElement().setAttribute("autocomplete", "name");
        email.setId("signup-email");
        email.setMaxLength(AccountService.MAX_EMAIL_LENGTH);
        email.getElement().setAttribute("autocomplete", "email");
        password.setId("signup-password");
        password.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters; a short sentence "
                + "works well.");
        password.setMaxLength(AccountService.MAX_PASSWORD_LENGTH);
        password.getElement().setAttribute("autocomplete", "new-password");
        List.of(name, email, password).forEach(field -> {
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
        });
        instructor.setId("signup-instructor");
        instructor.setVisible(accounts.instructorSelfSignUp());

        Button create = new Button("Create account", e -> create(accounts));
        create.setId("signup-submit");
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);

        Paragraph signIn = new Paragraph("Already have an account? ");
        signIn.add(new Anchor("signin", "Sign in"));
        Div form = new Div(name, email, password, instructor, create);
        form.addClassName("account-form");
        add(new H1("Create an account"), form, signIn);
    }

    private void create(AccountService accounts) {
        List.of(name, email, password).forEach(field -> field.setInvalid(false));
        try {
            var account = accounts.signUp(name.getValue(), email.getValue(), password.getValue(),
                    instructor.getValue());
            getUI().ifPresent(ui -> ui.navigate("signin",
                    QueryParameters.simple(java.util.Map.of("email", account.email(), "created", ""))));
        } catch (AccountException problem) {
            var field = switch (problem.field()) {
                case "displayName" -> name;
                case "email" -> email;
                default -> password;
            };
            field.setErrorMessage(problem.getMessage());
            field.setInvalid(true);
            field.focus();
        }
    }
}
