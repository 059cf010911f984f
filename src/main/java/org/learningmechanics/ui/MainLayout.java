package org.learningmechanics.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;

/**
 * The frame around every page: a skip link, the book's title, search, the light/dark switch, and the table of
 * contents in a drawer.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(ChapterCatalog chapters, CurrentAccount account) {
        Button skip = new Button("Skip to content", e -> e.getSource().getElement().executeJs(
                "document.getElementById('content')?.focus()"));
        skip.addClassName("skip-link");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the table of contents");
        Anchor home = new Anchor("", "Learning Mechanics");
        home.addClassName("book-title");
        Span spacer = new Span();
        spacer.addClassName("header-spacer");
        addToNavbar(skip, toggle, home, spacer, search(), themeSwitch(), accountLinks(account));

        SideNav contents = new SideNav("Contents");
        contents.setId("table-of-contents");
        contents.addItem(new SideNavItem("Home", ""));
        for (Chapter chapter : chapters.all()) {
            contents.addItem(new SideNavItem(chapter.title(), "chapters/" + chapter.id()));
        }
        addToDrawer(contents);
    }

    /**
     * "Sign in" for a visitor; once signed in, their saved experiments, their name (to their account page) and
     * "Sign out".
     */
    private static Component accountLinks(CurrentAccount current) {
        Div links = new Div();
        links.addClassName("account-links");
        current.get().ifPresentOrElse(account -> {
            Anchor name = new Anchor("account", account.displayName());
            name.setId("account-link");
            name.getElement().setAttribute("aria-label", "Your account: " + account.displayName());
            Anchor saved = new Anchor("experiments", "Experiments");
            saved.setId("experiments-link");
            Button signOut = new Button("Sign out", e -> current.signOut());
            signOut.setId("sign-out");
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            links.add(saved, name, signOut);
        }, () -> {
            Anchor signIn = new Anchor("signin", "Sign in");
            signIn.setId("sign-in-link");
            links.add(signIn);
        });
        return links;
    }

    private static TextField search() {
        TextField field = new TextField();
        field.setPlaceholder("Search the book");
        field.setAriaLabel("Search the book");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.addClassName("navbar-search");
        field.setId("navbar-search");
        field.addKeyPressListener(Key.ENTER, e -> {
            String terms = field.getValue().strip();
            if (!terms.isEmpty()) {
                field.getUI().ifPresent(ui -> ui.navigate("search", QueryParameters.of("q", terms)));
                field.clear();
            }
        });
        return field;
    }

    private static Button themeSwitch() {
        Button button = new Button(VaadinIcon.ADJUST.create());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel("Switch between light and dark mode");
        button.setTooltipText("Light / dark");
        button.addClickListener(e -> e.getSource().getElement().executeJs(ThemeChoice.TOGGLE_SCRIPT));
        return button;
    }
}
