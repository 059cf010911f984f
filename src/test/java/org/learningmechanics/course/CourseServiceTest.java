package org.learningmechanics.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.account.Role;
import org.learningmechanics.progress.ProgressRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A course's life against a real PostgreSQL: created, joined, assigned, watched, archived. */
@SpringBootTest
class CourseServiceTest {

    static final String PASSWORD = "correct horse battery";

    @Autowired
    CourseService courses;
    @Autowired
    CourseAssignments assignments;
    @Autowired
    CourseDashboard dashboards;
    @Autowired
    AccountService accounts;
    @Autowired
    ProgressRepository progress;
    @Autowired
    CourseRepository repository;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    Account instructor() {
        return new CourseTestAccounts(accounts).instructor();
    }

    Account learner(String name) {
        return new CourseTestAccounts(accounts).learner(name);
    }

    static String address() {
        return "10.0.0." + (int) (Math.random() * 250);
    }

    @Test
    void aCourseIsCreatedJoinedByCodeAndArchived() {
        Account ines = instructor();
        Course course = courses.create(ines, "  Science of deep learning ", "Spring 2026", "Weekly seminar.");
        assertThat(course.title()).isEqualTo("Science of deep learning");
        assertThat(course.joinCode()).matches("[0-9A-HJKMNP-TV-Z]{10}");
        assertThat(courses.taught(ines)).extracting(Course::id).contains(course.id());

        Account ada = learner("Ada");
        Course joined = courses.join(ada, course.joinCode().toLowerCase(), address());
        assertThat(joined.id()).isEqualTo(course.id());
        assertThat(courses.roster(ines, course.id())).extracting(RosterEntry::name).containsExactly("Ada");
        assertThat(assignments.myCourses(ada)).extracting(c -> c.course().id()).containsExactly(course.id());

        courses.setArchived(ines, course.id(), true);
        assertThatThrownBy(() -> courses.join(learner("Late"), course.joinCode(), address()))
                .isInstanceOf(CourseException.class).hasMessageStartingWith("This code opens no course.");
        assertThatThrownBy(() -> courses.regenerateCode(ines, course.id())).hasMessageContaining("archived");
        assertThat(courses.setArchived(ines, course.id(), false).archived()).isFalse();
    }

    @Test
    void aRegeneratedOrDisabledCodeIsRefused() {
        Account ines = instructor();
        Course course = courses.create(ines, "Seminar", "", "");
        String old = course.joinCode();
        Course regenerated = courses.regenerateCode(ines, course.id());
        assertThat(regenerated.joinCode()).isNotEqualTo(old);
        assertThatThrownBy(() -> courses.join(learner("Bea"), old, address()))
                .hasMessageStartingWith("This code opens no course.");

        courses.setJoinEnabled(ines, course.id(), false);
        assertThatThrownBy(() -> courses.join(learner("Cy"), regenerated.joinCode(), address()))
                .hasMessageStartingWith("This code opens no course.");
        courses.setJoinEnabled(ines, course.id(), true);
        assertThat(courses.join(learner("Cy"), regenerated.joinCode(), address()).id()).isEqualTo(course.id());
    }

    @Test
    void guessingCodesIsStoppedPerAccountAndPerAddress() {
        Course course = courses.create(instructor(), "Seminar", "", "");
        Account guesser = learner("Guesser");
        for (int i = 0; i < JoinThrottle.MAX_FAILURES_PER_ACCOUNT; i++) {
            assertThatThrownBy(() -> courses.join(guesser, JoinCode.generate(), address()))
                    .hasMessageStartingWith("This code opens no course.");
        }
        assertThatThrownBy(() -> courses.join(guesser, course.joinCode(), address()))
                .hasMessageStartingWith("Too many codes");

        String address = "192.0.2.77";
        for (int i = 0; i < JoinThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            Account someone = learner("Someone " + i);
            assertThatThrownBy(() -> courses.join(someone, "not a code", address))
                    .hasMessageStartingWith("This code opens no course.");
        }
        assertThatThrownBy(() -> courses.join(learner("Fresh"), course.joinCode(), address))
                .hasMessageStartingWith("Too many codes");
    }

    @Test
    void aRemovedLearnerCannotRejoinByCodeButCanBeImportedAgain() {
        Account ines = instructor();
        Course course = courses.create(ines, "Seminar", "", "");
        Account ada = learner("Ada");
        courses.join(ada, course.joinCode(), address());
        courses.removeLearner(ines, course.id(), ada.id());
        assertThat(courses.roster(ines, course.id())).isEmpty();
        assertThat(assignments.myCourses(ada)).isEmpty();
        assertThatThrownBy(() -> courses.join(ada, course.joinCode(), address()))
                .hasMessageStartingWith("An instructor removed you");

        Account bea = learner("Bea");
        RosterImport.Result result = courses.importRoster(ines, course.id(),
                "name,email\nAda," + ada.email().toUpperCase() + "\nBea," + bea.email() + "\nNew,new-"
                        + UUID.randomUUID() + "@example.org\nBad,bad@x\n");
        assertThat(result.added()).containsExactly(ada.email(), bea.email());
        assertThat(result.withoutAccount()).hasSize(1).allMatch(e -> e.startsWith("new-"));
        assertThat(result.invalid()).containsExactly("bad@x");
        assertThat(courses.importRoster(ines, course.id(), bea.email()).alreadyIn()).containsExactly(bea.email());
        assertThat(courses.importRoster(ines, course.id(), ines.email()).alreadyIn()).containsExactly(
                ines.email().toLowerCase());
        assertThat(courses.roster(ines, course.id())).extracting(RosterEntry::name).containsExactly("Ada", "Bea");
    }

    @Test
    void theOnlyInstructorOfARunningCourseCannotLeaveItWithoutAnInstructor() {
        Account ines = instructor();
        Course running = courses.create(ines, "Running seminar", "", "");
        Course empty = courses.create(ines, "Never used", "", "");
        courses.join(learner("Ada"), running.joinCode(), address());

        assertThatThrownBy(() -> accounts.delete(ines.id(), PASSWORD))
                .hasMessage("You are the only instructor of “Running seminar” (1 learner). Add a co-instructor or "
                        + "archive the course under Teaching first; then you can delete your account.");
        assertThat(courses.taught(ines)).extracting(Course::id).contains(running.id(), empty.id());

        Account colleague = instructor();
        courses.addInstructor(ines, running.id(), colleague.email());
        accounts.delete(ines.id(), PASSWORD);
        assertThat(courses.instructors(colleague, running.id())).extracting(Account::id)
                .containsExactly(colleague.id());
        assertThatThrownBy(() -> courses.join(learner("Bea"), empty.joinCode(), address()))
                .as("a course without learners goes with its only instructor, and its code with it")
                .hasMessageStartingWith("This code opens no course.");
    }

    @Test
    void anArchivedCourseGoesWithItsOnlyInstructor() {
        Account ines = instructor();
        Course done = courses.create(ines, "Last year", "", "");
        Account ada = learner("Ada");
        courses.join(ada, done.joinCode(), address());
        courses.setArchived(ines, done.id(), true);
        assertThat(assignments.myCourses(ada)).extracting(c -> c.course().id()).contains(done.id());

        accounts.delete(ines.id(), PASSWORD);

        assertThat(assignments.myCourses(ada)).extracting(c -> c.course().id()).doesNotContain(done.id());
    }

    @Test
    void aTakenJoinCodeIsRefusedWithoutSpoilingTheTransaction() {
        Account ines = instructor();
        Course taken = courses.create(ines, "Has the code", "", "");
        Course other = courses.create(ines, "Wants it", "", "");
        Course clash = new Course(java.util.UUID.randomUUID(), "Clash", "", "", taken.joinCode(), true, false,
                java.time.Instant.now());

        boolean[] results = transactions.execute(status -> new boolean[] {
                repository.insert(clash, ines.id()),
                repository.updateCode(other.id(), taken.joinCode()),
                repository.updateCode(other.id(), "ABCDEFGHJK".equals(taken.joinCode()) ? "BCDEFGHJKM" : "ABCDEFGHJK")});

        assertThat(results[0]).as("a new course with a taken code").isFalse();
        assertThat(results[1]).as("another course's code").isFalse();
        assertThat(results[2]).as("a free code, in the same transaction").isTrue();
        assertThat(repository.find(clash.id())).isEmpty();
    }

    @Test
    void coInstructorsMustHaveAnInstructorAccount() {
        Account ines = instructor();
        Course course = courses.create(ines, "Seminar", "", "");
        Account colleague = instructor();
        courses.addInstructor(ines, course.id(), colleague.email());
        assertThat(courses.instructors(colleague, course.id())).extracting(Account::id)
                .containsExactly(ines.id(), colleague.id());
        assertThatThrownBy(() -> courses.addInstructor(ines, course.id(), learner("Ada").email()))
                .hasMessageContaining("is not an instructor yet");
        assertThatThrownBy(() -> courses.addInstructor(ines, course.id(), "nobody@example.org"))
                .hasMessageStartingWith("No account has this email.");
    }

    @Test
    void inputsAreCheckedWithAClearMessage() {
        Account ines = instructor();
        assertThatThrownBy(() -> courses.create(ines, " ", "", "")).hasMessage("Give the course a title.");
        assertThatThrownBy(() -> courses.create(ines, "x".repeat(121), "", ""))
                .hasMessage("The title may have at most 120 characters.");
        Course course = courses.create(ines, "Seminar", "", "");
        LocalDateTime now = LocalDateTime.now();
        assertThatThrownBy(() -> assignments.save(ines, course.id(), null, new AssignmentDraft("no-such-chapter",
                List.of(), now, now.plusDays(1), "UTC"))).hasMessage("Pick a chapter of the book.");
        assertThatThrownBy(() -> assignments.save(ines, course.id(), null, new AssignmentDraft(
                "deep-linear-networks", List.of("which-strand"), now, now.plusDays(1), "UTC")))
                .hasMessageStartingWith("Pick checkpoints of the chapter");
        assertThatThrownBy(() -> assignments.save(ines, course.id(), null, new AssignmentDraft(
                "deep-linear-networks", List.of(), now, now.plusDays(1), "UTC", List.of("superposition"))))
                .hasMessageStartingWith("Pick simulations of the chapter");
        Assignment runBoth = assignments.save(ines, course.id(), null, new AssignmentDraft("deep-linear-networks",
                List.of(), now, now.plusDays(1), "UTC", List.of("kernel-eigenlearning", "deep-linear")));
        assertThat(assignments.assignments(ines, course.id())).filteredOn(a -> a.id().equals(runBoth.id()))
                .singleElement().extracting(Assignment::simulationIds)
                .isEqualTo(List.of("kernel-eigenlearning", "deep-linear"));
        assertThatThrownBy(() -> assignments.save(ines, course.id(), null, new AssignmentDraft(
                "deep-linear-networks", List.of(), now, now.minusDays(1), "UTC")))
                .hasMessage("The due time must come after the opening time.");
        assertThatThrownBy(() -> assignments.save(ines, course.id(), null, new AssignmentDraft(
                "deep-linear-networks", List.of(), now, now.plusDays(1), "Mars/Olympus")))
                .hasMessageStartingWith("Pick a time zone");
    }

    @Test
    void assignmentsWithExtensionsShowOnTheDashboardAndTheLearnersPage() {
        Account ines = instructor();
        Course course = courses.create(ines, "Seminar", "", "");
        Account ada = learner("Ada");
        Account bea = learner("Bea");
        courses.join(ada, course.joinCode(), address());
        courses.join(bea, course.joinCode(), address());
        LocalDateTime now = LocalDateTime.now(ZoneId.of("America/New_York")).truncatedTo(ChronoUnit.MINUTES);
        Assignment past = assignments.save(ines, course.id(), null, new AssignmentDraft("deep-linear-networks",
                List.of("hundredfold-smaller"), now.minusDays(7), now.minusDays(1), "America/New_York"));
        assertThat(past.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(past.localDue()).isEqualTo(now.minusDays(1));
        assignments.extend(ines, course.id(), past.id(), bea.id(), now.plusDays(2));
        assertThatThrownBy(() -> assignments.extend(ines, course.id(), past.id(), bea.id(), now.minusDays(3)))
                .hasMessageStartingWith("An extension must be later than the due time");

        progress.of(ada.id()).answered("deep-linear-networks", "hundredfold-smaller", "0.5", false, 1);
        progress.of(bea.id()).answered("deep-linear-networks", "hundredfold-smaller", "0.78", true, 1);

        Dashboard dashboard = dashboards.dashboard(ines, course.id());
        assertThat(dashboard.rows()).extracting(r -> r.learner().name()).containsExactly("Ada", "Bea");
        assertThat(dashboard.rows().get(0).cell(past).status()).isEqualTo(AssignmentStatus.LATE);
        assertThat(dashboard.rows().get(1).cell(past).status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
        assertThat(dashboard.rows().get(1).cell(past).right()).isEqualTo(1);

        var beas = assignments.myCourses(bea).getFirst().assignments().getFirst();
        assertThat(beas.cell().due()).isEqualTo(Assignment.instant(now.plusDays(2), past.zone()));
        assertThat(assignments.assignedChapters(bea))
                .containsExactly(java.util.Map.entry("deep-linear-networks", beas.cell().due()));
        assertThat(assignments.assignedChapters(ada))
                .containsExactly(java.util.Map.entry("deep-linear-networks", past.dueAt()));
        Assignment future = assignments.save(ines, course.id(), null, new AssignmentDraft("simple-laws", List.of(),
                now.plusDays(1), now.plusDays(2), "America/New_York"));
        assertThat(assignments.assignedChapters(ada)).as("not open yet").doesNotContainKey("simple-laws");
        courses.setArchived(ines, course.id(), true);
        assertThat(assignments.assignedChapters(ada)).isEmpty();
        courses.setArchived(ines, course.id(), false);
        assignments.delete(ines, course.id(), future.id());

        var predictions = dashboards.predictions(ines, course.id());
        assertThat(predictions).singleElement().satisfies(p -> {
            assertThat(p.answered()).isEqualTo(2);
            assertThat(p.bars()).extracting(PredictionDistribution.Bar::count).containsExactly(1, 1, 0);
        });
        assertThat(dashboards.answersCsv(ines, course.id())).contains("Ada,").contains(",0.5,wrong,1,")
                .contains(",0.78,right,1,");
        assertThat(dashboards.dashboardCsv(ines, course.id()).lines()).hasSize(3);

        Assignment moved = assignments.save(ines, course.id(), past.id(), new AssignmentDraft(
                "tractable-limits", List.of(), now.minusDays(1), now.plusDays(1), "Europe/Berlin"));
        assertThat(assignments.assignments(ines, course.id())).containsExactly(moved);
        assignments.delete(ines, course.id(), past.id());
        assertThat(assignments.assignments(ines, course.id())).isEmpty();
    }
}
