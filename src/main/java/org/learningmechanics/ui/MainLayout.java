package org.learningmechanics.ui;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.QueryParameters;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.Role;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.course.CourseAssignments;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.progress.ChapterProgress;
import org.learningmechanics.progress.ChapterStatus;
import org.learningmechanics.progress.ui.ReadingProgress;
import org.learningmechanics.book.ChapterCatalog;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * The frame around every page: a skip link, the book's title, search, the light/dark switch, and the table of
 * contents in a drawer.
 */
@Layout
@AnonymousAllowed
// Components that features add to pages at run time (the save dialog a panel extension opens, the notice of a progress
// write that failed) are not reachable from any route class, so the production bundle must be told to include them.
@Uses(Dialog.class)
@Uses(Select.class)
@Uses(TextArea.class)
@Uses(Notification.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ChapterCatalog chapters;
    private final ReadingProgress progress;
    private final Map<String, SideNavItem> chapterItems = new LinkedHashMap<>();
    private final Paragraph overall = new Paragraph();
    private final Div accountLinks = new Div();
    private final CurrentAccount current;
    private final CourseAssignments courses;
    private final SideNavItem myCourses = new SideNavItem("My courses", "courses");
    /** Also in the header; on a phone the header has no room for it, the contents do. */
    private final SideNavItem myExperiments = new SideNavItem("My experiments", "experiments");
    private final SideNavItem teaching = new SideNavItem("Teaching", "teaching");

    public MainLayout(ChapterCatalog chapters, CurrentAccount account, ReadingProgress progress,
                      CourseAssignments courses) {
        this.chapters = chapters;
        this.progress = progress;
        this.current = account;
        this.courses = courses;
        accountLinks.addClassName("account-links");
        Button skip = new Button("Skip to content", e -> e.getSource().getElement().executeJs(
                "document.getElementById('content')?.focus()"));
        skip.addClassName("skip-link");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the table of contents");
        Anchor home = new Anchor("", "Learning Mechanics");
        home.addClassName("book-title");
        Span spacer = new Span();
        spacer.addClassName("header-spacer");
        addToNavbar(skip, toggle, home, spacer, search(), themeSwitch(), accountLinks);

        SideNav contents = new SideNav("Contents");
        contents.setId("table-of-contents");
        contents.addItem(new SideNavItem("Home", ""), myExperiments, myCourses, teaching);
        for (Chapter chapter : chapters.all()) {
            SideNavItem item = new SideNavItem(chapter.title(), "chapters/" + chapter.id());
            chapterItems.put(chapter.id(), item);
            contents.addItem(item);
        }
        overall.setId("overall-progress");
        overall.addClassName("overall-progress");
        addToDrawer(contents, overall);
    }

    /**
     * Marks each chapter in the table of contents as not started, in progress or done (and assigned, when a course
     * of the reader's assigns it), and sums them up: refreshed on every navigation, so the marks follow the reader
     * from chapter to chapter.
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Account account = showAccountLinks();
        myCourses.setVisible(account != null);
        myExperiments.setVisible(account != null);
        teaching.setVisible(account != null && account.role() != Role.LEARNER);
        Map<String, Instant> assigned = assigned(account);
        Map<String, ChapterProgress> all = progress.all();
        int done = 0;
        for (Chapter chapter : chapters.all()) {
            ChapterStatus status = ReadingProgress.status(chapter, all);
            SideNavItem item = chapterItems.get(chapter.id());
            Span mark = new Span(switch (status) {
                case DONE -> "✓";
                case IN_PROGRESS -> "◐";
                case NOT_STARTED -> "";
            });
            mark.addClassName("toc-status");
            mark.addClassName("toc-" + status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            mark.getElement().setAttribute("title", status.label());
            mark.getElement().setAttribute("aria-label", status.label());
            mark.getElement().setAttribute("role", "img");
            item.setSuffixComponent(suffix(status == ChapterStatus.NOT_STARTED ? null : mark,
                    assigned.get(chapter.id())));
            done += status == ChapterStatus.DONE ? 1 : 0;
        }
        overall.setText("Your progress: " + done + " of " + chapters.all().size() + " chapters done"
                + (all.isEmpty() ? "." : ", " + (all.size() - done) + " under way."));
    }

    /** The chapters a course assigns the reader now, with their due dates; none when signed out or unreadable. */
    private Map<String, Instant> assigned(Account account) {
        try {
            return account == null ? Map.of() : courses.assignedChapters(account);
        } catch (DataAccessException | TransactionException unavailable) {
            return Map.of();
        }
    }

    /** The status mark, and "assigned" when a course of the reader's assigns the chapter. */
    private static Component suffix(Span status, Instant due) {
        if (due == null) {
            return status;
        }
        Span assigned = new Span("assigned");
        assigned.addClassName("toc-assigned");
        assigned.getElement().setAttribute("title", "Assigned in one of your courses, due "
                + Times.forViewer(due));
        return status == null ? assigned : new Span(status, assigned);
    }

    /**
     * "Sign in" for a visitor; their saved experiments, their name (to their account page) and "Sign out" once signed
     * in. Refreshed on
     * every navigation, like the progress marks, since the layout outlives the views shown in it.
     */
    private Account showAccountLinks() {
        Div links = accountLinks;
        links.removeAll();
        Account signedIn;
        try {
            signedIn = current.get().orElse(null);
        } catch (DataAccessException | TransactionException unavailable) {
            // The book and its simulations need no database; say what is out of reach and let the reader read on.
            Span label = new Span("Accounts are unavailable for a moment");
            label.addClassName("accounts-unavailable-label");
            Span away = new Span(VaadinIcon.WARNING.create(), label);
            away.setId("accounts-unavailable");
            away.addClassName("accounts-unavailable");
            String why = "The database is not answering. Reading and running simulations still work; progress is "
                    + "kept in this tab and saved when it is back.";
            away.getElement().setAttribute("title", why);
            away.getElement().setAttribute("role", "status");
            away.getElement().setAttribute("aria-label", "Accounts are unavailable for a moment. " + why);
            links.add(away);
            return null;
        }
        java.util.Optional.ofNullable(signedIn).ifPresentOrElse(account -> {
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
        return signedIn;
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
