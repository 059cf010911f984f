package org.learningmechanics.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;

/** The frame around every page: the book's title, the table of contents in a drawer, and the light/dark switch. */
@Layout
public class MainLayout extends AppLayout {

    public MainLayout(ChapterCatalog chapters) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the table of contents");
        Anchor home = new Anchor("", "Learning Mechanics");
        home.addClassName("book-title");
        Span spacer = new Span();
        spacer.addClassName("header-spacer");
        addToNavbar(toggle, home, spacer, themeSwitch());

        SideNav contents = new SideNav("Contents");
        contents.setId("table-of-contents");
        for (Chapter chapter : chapters.all()) {
            contents.addItem(new SideNavItem(chapter.title(), "chapters/" + chapter.id()));
        }
        addToDrawer(contents);
    }

    private Button themeSwitch() {
        Button button = new Button(VaadinIcon.ADJUST.create());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel("Switch between light and dark mode");
        button.setTooltipText("Light / dark");
        button.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> {
            var page = ui.getPage();
            boolean dark = page.getColorScheme() == ColorScheme.Value.DARK;
            page.setColorScheme(dark ? ColorScheme.Value.LIGHT : ColorScheme.Value.DARK);
        }));
        return button;
    }
}
