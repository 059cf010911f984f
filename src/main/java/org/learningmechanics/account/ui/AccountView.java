package org.learningmechanics.account.ui;

import java.time.ZoneOffset;
import java.util.List;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountException;
import org.learningmechanics.account.AccountService;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The signed-in reader's own page: their profile, password, and the way to delete everything. Only reachable when
 * signed in; every action re-reads the account from the session's authentication, never from the page.
 */
@Route("account")
@PageTitle("Your account — Learning Mechanics")
@PermitAll
public class AccountView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneOffset.UTC);

    private final CurrentAccount current;
    private final AccountService accounts;
    private final List<AccountSection> sections;

    public AccountView(CurrentAccount current, AccountService accounts, ObjectProvider<AccountSection> sections) {
        this.current = current;
        this.accounts = accounts;
        this.sections = sections.orderedStream().toList();
        addClassName("account-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Account account = current.get().orElse(null);
        if (account == null) {
            event.forwardTo(SignInView.class);
            return;
        }
        add(new H1("Your account"), profile(account));
        sections.forEach(section -> add(section(section.title(), section.content(account))));
        add(password(), deletion());
    }

    private Div profile(Account account) {
        TextField name = new TextField("Name");
        name.setId("account-name");
        name.setValue(account.displayName());
        name.setMaxLength(AccountService.MAX_NAME_LENGTH);
        Span saved = status("account-name-status");
        Button save = new Button("Save name", e -> {
            try {
                Account renamed = accounts.rename(signedIn().id(), name.getValue());
                name.setInvalid(false);
                name.setValue(renamed.displayName());
                saved.setText("Saved.");
            } catch (AccountException problem) {
                name.setErrorMessage(problem.getMessage());
                name.setInvalid(true);
            }
        });
        save.setId("account-name-save");
        Paragraph facts = new Paragraph("Email: " + account.email() + " · Role: " + roleName(account) + " · Member since "
                + DAY.format(account.createdAt()));
        facts.setId("account-facts");
        return section("Profile", facts, name, save, saved);
    }

    private Div password() {
        PasswordField currentPassword = new PasswordField("Current password");
        currentPassword.setId("account-current-password");
        currentPassword.getElement().setAttribute("autocomplete", "current-password");
        PasswordField newPassword = new PasswordField("New password");
        newPassword.setId("account-new-password");
        newPassword.setHelperText("At least " + AccountService.MIN_PASSWORD_LENGTH + " characters.");
        newPassword.getElement().setAttribute("autocomplete", "new-password");
        Span changed = status("account-password-status");
        Button change = new Button("Change password", e -> {
            currentPassword.setInvalid(false);
            newPassword.setInvalid(false);
            try {
                accounts.changePassword(signedIn().id(), currentPassword.getValue(), newPassword.getValue());
                currentPassword.clear();
                newPassword.clear();
                changed.setText("Password changed. Use the new one next time you sign in.");
            } catch (AccountException problem) {
                PasswordField field = problem.field().equals("newPassword") ? newPassword : currentPassword;
                field.setErrorMessage(problem.getMessage());
                field.setInvalid(true);
                changed.setText("");
            }
        });
        change.setId("account-password-change");
        return section("Password", currentPassword, newPassword, change, changed);
    }

    private Div deletion() {
        PasswordField confirmation = new PasswordField("Your password, to confirm");
        confirmation.setId("account-delete-password");
        confirmation.getElement().setAttribute("autocomplete", "current-password");
        Button delete = new Button("Delete my account and all my data", e -> {
            try {
                accounts.delete(signedIn().id(), confirmation.getValue());
                current.signOut();
            } catch (AccountException problem) {
                confirmation.setErrorMessage(problem.getMessage());
                confirmation.setInvalid(true);
            }
        });
        delete.setId("account-delete");
        delete.addThemeVariants(ButtonVariant.ERROR);
        Details details = new Details("Delete my account",
                new Paragraph("This removes your account, your progress and everything saved under it, and any "
                        + "course you teach alone that is archived or has no learners. It cannot be undone."),
                confirmation, delete);
        details.setId("account-delete-details");
        return section("Leaving", details);
    }

    /** The account as it is now; a session whose account was deleted elsewhere is sent to sign in. */
    private Account signedIn() {
        return current.get().orElseThrow(() -> new AccountException("password", "You are no longer signed in."));
    }

    private static String roleName(Account account) {
        return switch (account.role()) {
            case LEARNER -> "learner";
            case INSTRUCTOR -> "instructor";
            case ADMIN -> "administrator";
        };
    }

    private static Span status(String id) {
        Span status = new Span();
        status.setId(id);
        status.addClassName("account-status");
        status.getElement().setAttribute("aria-live", "polite");
        return status;
    }

    private static Div section(String title, com.vaadin.flow.component.Component... content) {
        Div section = new Div(new H2(title));
        section.add(content);
        section.addClassName("account-section");
        return section;
    }
}
