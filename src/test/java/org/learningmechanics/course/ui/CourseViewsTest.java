package org.learningmechanics.course.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.account.AccountUserDetailsService;
import org.learningmechanics.account.ui.AccountView;
import org.learningmechanics.account.ui.SignInView;
import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.book.Checkpoint;
import org.learningmechanics.course.AssignmentDraft;
import org.learningmechanics.course.AssignmentStatus;
import org.learningmechanics.course.Course;
import org.learningmechanics.course.CourseAssignments;
import org.learningmechanics.course.CourseService;
import org.learningmechanics.course.CourseTestAccounts;
import org.learningmechanics.course.Dashboard;
import org.learningmechanics.progress.ProgressLog;
import org.learningmechanics.progress.ProgressRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The course pages as instructors and learners use them, and who may not see them. */
@SpringBootTest
class CourseViewsTest extends SpringBrowserlessTest {

    static final String CHAPTER = "deep-linear-networks";

    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    CourseService courses;
    @Autowired
    CourseAssignments assignments;
    @Autowired
    ProgressRepository progress;
    @Autowired
    ChapterCatalog chapters;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    CourseTestAccounts people() {
        return new CourseTestAccounts(accounts);
    }

    void signIn(Account account) {
        var user = users.loadUserByUsername(account.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A course of {@code owner} with two learners and the chapter assigned, due in a week. */
    Course courseWithLearners(Account owner, Account... learners) {
        Course course = courses.create(owner, "Seminar " + UUID.randomUUID().toString().substring(0, 6), "Spring",
                "");
        for (Account learner : learners) {
            courses.join(learner, course.joinCode(), "203.0.113.9");
        }
        LocalDateTime now = LocalDateTime.now();
        assignments.save(owner, course.id(), null, new AssignmentDraft(CHAPTER, List.of(), now.minusDays(1),
                now.plusDays(7), "Europe/Berlin"));
        return course;
    }

    void complete(Account learner) {
        Chapter chapter = chapters.find(CHAPTER).orElseThrow();
        ProgressLog log = progress.of(learner.id());
        chapter.sections().stream().filter(s -> !s.id().isEmpty()).forEach(s -> log.reached(CHAPTER, s.id()));
        for (Checkpoint c : chapter.checkpoints()) {
            log.answered(CHAPTER, c.id(), c.id().equals("hundredfold-smaller") ? "0.77" : "x", true, 1);
        }
    }

    void openTab(int index) {
        $(com.vaadin.flow.component.tabs.TabSheet.class).id("course-tabs").setSelectedIndex(index);
    }

    /** A saved experiment of the chapter's simulation, as the experiments feature stores it. */
    void share(Account owner, String title, String visibility) {
        String slug = (UUID.randomUUID().toString().replace("-", "") + "abcdef").substring(0, 22);
        jdbc.sql("""
                        insert into experiment (slug, owner, simulation_id, simulation_version, parameters, seed,
                                                result, title, visibility)
                        values (?, ?, 'deep-linear', 1, '{}', 1, '{}', ?, ?)""")
                .params(slug, owner.id(), title, visibility).update();
    }

    @Test
    void anInstructorCreatesACourseAndSeesItsJoinCode() {
        Account ines = people().instructor();
        signIn(ines);
        navigate(TeachingView.class);
        test($(TextField.class).id("course-title")).setValue("Science of deep learning");
        test($(TextField.class).id("course-term")).setValue("Spring 2026");
        test($(Button.class).id("course-create")).click();

        assertThat($(H1.class).id("course-heading").getText()).isEqualTo("Science of deep learning (Spring 2026)");
        String code = $(Span.class).id("join-code").getText();
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{10}");
        assertThat($(Anchor.class).id("join-link").getHref()).isEqualTo("join/" + code);

        test($(Button.class).id("join-regenerate")).click();
        assertThat($(Span.class).id("join-code").getText()).isNotEqualTo(code);
        test($(Checkbox.class).id("join-enabled")).click();
        assertThat($(Paragraph.class).id("join-feedback").getText()).startsWith("The code is closed");
        Course stored = courses.taught(ines).getFirst();
        assertThat(stored.joinEnabled()).isFalse();
    }

    @Test
    void anotherInstructorOpeningTheAddressSeesNothingOfTheCourse() {
        Account learner = people().learner("Ada Learner");
        Course course = courseWithLearners(people().instructor(), learner);
        signIn(people().instructor("Other Instructor"));
        navigate("teaching/" + course.id(), CourseView.class);
        assertThat($(Paragraph.class).id("course-feedback").getText())
                .isEqualTo("This course is not one of yours, or it no longer exists.");
        assertThat($(Grid.class).exists()).isFalse();
        assertThat($(Span.class).withId("join-code").exists()).isFalse();

        navigate("teaching/not-a-uuid", CourseView.class);
        assertThat($(Paragraph.class).id("course-feedback").getText()).startsWith("This course is not one of yours");
    }

    @Test
    void aLearnerCannotOpenInstructorPagesAndAVisitorIsSentToSignIn() {
        Account learner = people().learner("Ada Learner");
        Course course = courseWithLearners(people().instructor(), learner);
        signIn(learner);
        UI.getCurrent().navigate("teaching/" + course.id());
        assertThat($(CourseView.class).exists()).isFalse();
        UI.getCurrent().navigate("teaching");
        assertThat($(TeachingView.class).exists()).isFalse();
        SecurityContextHolder.clearContext();
        navigate("courses", SignInView.class);
        navigate("join/" + course.joinCode(), SignInView.class);
    }

    @Test
    void aLearnerJoinsByLinkAndSeesTheAssignmentInTheirCoursesAndTheContents() {
        Account ines = people().instructor();
        Course course = courseWithLearners(ines);
        Account ada = people().learner("Ada Learner");
        signIn(ada);
        navigate("join/" + course.joinCode().toLowerCase(), JoinView.class);
        test($(Button.class).id("join-submit")).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("courses");
        assertThat($(Paragraph.class).id("courses-notice").getText()).isEqualTo("You joined " + course.label() + ".");
        Span status = $(Span.class).withClassName("assignment-status").single();
        assertThat(status.getText()).isEqualTo("Not started");
        SideNavItem item = $(SideNavItem.class).all().stream().filter(i -> ("chapters/" + CHAPTER).equals(i.getPath()))
                .findFirst().orElseThrow();
        assertThat(item.getSuffixComponent()).isNotNull();
        assertThat(item.getSuffixComponent().getElement().getText()).isEqualTo("assigned");

        navigate(AccountView.class);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("account-courses").getElement().getTextRecursively())
                .contains(course.label());
    }

    @Test
    void aWrongOrClosedCodeIsExplainedAndJoinsNothing() {
        Account ines = people().instructor();
        Course course = courseWithLearners(ines);
        courses.setJoinEnabled(ines, course.id(), false);
        Account ada = people().learner("Ada Learner");
        signIn(ada);
        navigate(JoinView.class);
        test($(TextField.class).id("join-code-input")).setValue(course.joinCode());
        test($(Button.class).id("join-submit")).click();
        assertThat($(Paragraph.class).id("join-feedback").getText()).startsWith("This code opens no course.");
        assertThat(assignments.myCourses(ada)).isEmpty();
    }

    @Test
    void theDashboardShowsEachLearnersStatusFiltersSortsAndOpensTheirAnswers() {
        Account ines = people().instructor();
        Account ada = people().learner("Ada Learner");
        Account bea = people().learner("Bea Learner");
        Course course = courseWithLearners(ines, ada, bea);
        complete(ada);
        progress.of(bea.id()).ran(CHAPTER, "deep-linear");
        share(ada, "Slow start, shared", "course");
        share(ada, "Kept to myself", "private");
        signIn(ines);
        navigate("teaching/" + course.id(), CourseView.class);

        @SuppressWarnings("unchecked")
        Grid<Dashboard.Row> grid = $(Grid.class).id("dashboard");
        var dashboard = test(grid);
        assertThat(dashboard.size()).isEqualTo(2);
        assertThat(dashboard.getCellText(0, 0)).isEqualTo("Ada Learner");
        Button adaCell = (Button) dashboard.getCellComponent(0, "assignment-0");
        assertThat(adaCell.getText()).startsWith("Done · ");
        assertThat(((Button) dashboard.getCellComponent(1, "assignment-0")).getText())
                .isEqualTo("In progress · 0/0 right · 1 run");

        assertThat(dashboard.getFooterCell(2)).isEqualTo("0 not started · 1 in progress · 1 done · 0 late");

        test($(ComboBox.class).id("dashboard-status")).selectItem(AssignmentStatus.DONE.label());
        assertThat(dashboard.size()).isEqualTo(1);
        test($(ComboBox.class).id("dashboard-status")).selectItem(null);
        test($(TextField.class).id("dashboard-search")).setValue("bea l");
        assertThat(dashboard.size()).isEqualTo(1);
        assertThat(dashboard.getCellText(0, 0)).isEqualTo("Bea Learner");
        test($(TextField.class).id("dashboard-search")).clear();
        dashboard.sortByColumn("assignment-0", com.vaadin.flow.data.provider.SortDirection.DESCENDING);
        assertThat(dashboard.getCellText(0, 0)).isEqualTo("Ada Learner");

        test(adaCell).click();
        Dialog detail = $(Dialog.class).id("learner-dialog");
        assertThat(detail.getElement().getTextRecursively()).contains("Answered “0.77” — right");
        assertThat($(Paragraph.class).id("learner-facts").getText()).startsWith("Read ");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("learner-shared").getElement()
                .getTextRecursively()).contains("Slow start, shared").doesNotContain("Kept to myself");

        openTab(CourseView.PREDICTIONS_TAB);
        assertThat($(com.vaadin.flow.component.html.Div.class).id("prediction-" + CHAPTER + "-hundredfold-smaller")
                .getElement().getTextRecursively()).contains("Right: 0.77 ± 0.05 time units").contains("1 of 1");
    }

    @Test
    void anAssignmentIsPickedOnTheInstructorsClockEditedAndDeleted() {
        Account ines = people().instructor();
        Course course = courses.create(ines, "Seminar", "", "");
        signIn(ines);
        navigate("teaching/" + course.id(), CourseView.class);
        openTab(CourseView.ASSIGNMENTS_TAB);
        test($(ComboBox.class).id("assignment-chapter")).selectItem(chapters.find(CHAPTER).orElseThrow().title());
        $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).id("assignment-opens")
                .setValue(LocalDateTime.parse("2026-03-02T09:00"));
        $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).id("assignment-due")
                .setValue(LocalDateTime.parse("2026-03-09T17:00"));
        test($(ComboBox.class).id("assignment-zone")).selectItem("Europe/Berlin");
        test($(Button.class).id("assignment-save")).click();

        assertThat($(Paragraph.class).id("assignment-feedback").getText()).isEqualTo("Assigned.");
        var stored = assignments.assignments(ines, course.id());
        assertThat(stored).singleElement().satisfies(a -> {
            assertThat(a.dueAt()).isEqualTo(java.time.Instant.parse("2026-03-09T16:00:00Z"));
            assertThat(a.checkpointIds()).isEmpty();
        });
        var grid = test($(Grid.class).id("assignments"));
        assertThat(grid.getCellText(0, 4)).isEqualTo("Mon 9 Mar 2026, 17:00 (Europe/Berlin)");

        var actions = (com.vaadin.flow.component.html.Div) grid.getCellComponent(0, "actions");
        test($(Button.class, actions).withText("Edit").single()).click();
        assertThat($(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).id("assignment-due").getValue())
                .isEqualTo(LocalDateTime.parse("2026-03-09T17:00"));
        $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).id("assignment-due")
                .setValue(LocalDateTime.parse("2026-03-01T17:00"));
        test($(Button.class).id("assignment-save")).click();
        assertThat($(Paragraph.class).id("assignment-feedback").getText())
                .isEqualTo("The due time must come after the opening time.");
        $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).id("assignment-due")
                .setValue(LocalDateTime.parse("2026-03-10T12:00"));
        test($(Button.class).id("assignment-save")).click();
        assertThat($(Paragraph.class).id("assignment-feedback").getText()).isEqualTo("Saved.");
        assertThat(assignments.assignments(ines, course.id())).singleElement()
                .satisfies(a -> assertThat(a.localDue()).isEqualTo(LocalDateTime.parse("2026-03-10T12:00")));

        actions = (com.vaadin.flow.component.html.Div) grid.getCellComponent(0, "actions");
        test($(Button.class, actions).withText("Delete").single()).click();
        assertThat(assignments.assignments(ines, course.id())).isEmpty();
    }

    @Test
    void aLearnerIsGivenAnExtensionInTheAssignmentsZone() {
        Account ines = people().instructor();
        Account ada = people().learner("Ada Learner");
        Course course = courseWithLearners(ines, ada);
        var assignment = assignments.assignments(ines, course.id()).getFirst();
        signIn(ines);
        navigate("teaching/" + course.id(), CourseView.class);
        openTab(CourseView.ASSIGNMENTS_TAB);
        var actions = (com.vaadin.flow.component.html.Div) test($(Grid.class).id("assignments"))
                .getCellComponent(0, "actions");
        test($(Button.class, actions).withText("Extensions").single()).click();

        test($(ComboBox.class).id("extension-learner")).selectItem("Ada Learner <" + ada.email() + ">");
        LocalDateTime later = assignment.localDue().plusDays(3).withSecond(0).withNano(0);
        $(com.vaadin.flow.component.datetimepicker.DateTimePicker.class).id("extension-due").setValue(later);
        test($(Button.class).id("extension-save")).click();

        assertThat($(Paragraph.class).id("extension-feedback").getText()).startsWith("Ada Learner now has until ")
                .endsWith("(Europe/Berlin).");
        assertThat(assignments.extensions(ines, course.id()).get(assignment.id()))
                .containsEntry(ada.id(), org.learningmechanics.course.Assignment.instant(later, assignment.zone()));
        test($(Button.class).id("extension-remove")).click();
        assertThat(assignments.extensions(ines, course.id())).isEmpty();
    }

    @Test
    void anArchivedCourseSaysSoAndCanBeRestored() {
        Account ines = people().instructor();
        Course course = courseWithLearners(ines);
        signIn(ines);
        navigate("teaching/" + course.id(), CourseView.class);
        test($(Button.class).id("course-archive")).click();
        assertThat($(Paragraph.class).id("course-state").getText()).startsWith("Archived");
        assertThat($(Button.class).id("course-archive").getText()).isEqualTo("Restore course");
        test($(Button.class).id("join-regenerate")).click();
        assertThat($(Paragraph.class).id("join-feedback").getText()).contains("archived");
        test($(Button.class).id("course-archive")).click();
        assertThat(courses.course(ines, course.id()).archived()).isFalse();
    }

    @Test
    void theRosterImportAddsAccountsAndListsThoseWithoutOne() {
        Account ines = people().instructor();
        Course course = courseWithLearners(ines);
        Account ada = people().learner("Ada Learner");
        signIn(ines);
        navigate("teaching/" + course.id(), CourseView.class);
        openTab(CourseView.ROSTER_TAB);
        test($(TextArea.class).id("roster-import-text")).setValue("email\n" + ada.email() + "\nnew@example.org\n");
        test($(Button.class).id("roster-import")).click();

        assertThat($(Paragraph.class).id("roster-feedback").getText())
                .isEqualTo("1 added, 0 already in the course, 1 without an account yet.");
        assertThat($(com.vaadin.flow.component.html.UnorderedList.class).id("roster-without-account").getElement()
                .getTextRecursively()).isEqualTo("new@example.org");
        assertThat(test($(Grid.class).id("roster")).size()).isEqualTo(1);

        Account bea = people().learner("Bea Learner");
        test($(com.vaadin.flow.component.upload.Upload.class).id("roster-upload")).upload("roster.csv", "text/csv",
                ("name,email\nBea," + bea.email() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat($(Paragraph.class).id("roster-feedback").getText())
                .isEqualTo("1 added, 0 already in the course, 0 without an account yet.");
        assertThat(test($(Grid.class).id("roster")).size()).isEqualTo(2);

        test((Button) test($(Grid.class).id("roster")).getCellComponent(0, "remove")).click();
        assertThat(courses.roster(ines, course.id())).extracting(r -> r.name()).containsExactly("Bea Learner");
    }
}
