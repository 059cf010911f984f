package org.learningmechanics.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;

/**
 * The frame around every page: a skip link, the book's title, search, the light/dark switch, and the table of
 * contents in a drawer.
 */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout(ChapterCatalog chapters) {
        Button skip = new Button("Skip to content", e -> e.getSource().getElement().executeJs(
                "document.getElementById('content')?.focus()"));
        skip.addClassName("skip-link");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the table of contents");
        Anchor home = new Anchor("", "Learning Mechanics");
        home.addClassName("book-title");
        Span spacer = new Span();
        spacer.addClassName("header-spacer");
        addToNavbar(skip, toggle, home, spacer, search(), themeSwitch());

        SideNav contents = new SideNav("Contents");
        contents.setId("table-of-contents");
        contents.addItem(new SideNavItem("Home", ""));
        for (Chapter chapter : chapters.all()) {
            contents.addItem(new SideNavItem(chapter.title(), "chapters/" + chapter.id()));
        }
        addToDrawer(contents);
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
