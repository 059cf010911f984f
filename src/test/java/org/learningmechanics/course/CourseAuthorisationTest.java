package org.learningmechanics.course;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every service call about a course is refused to another instructor, to a learner (even one in the course), to an
 * administrator and to no one signed in, with the same message, whatever the call.
 */
@SpringBootTest
class CourseAuthorisationTest {

    @Autowired
    CourseService courses;
    @Autowired
    CourseAssignments assignments;
    @Autowired
    CourseDashboard dashboards;
    @Autowired
    org.learningmechanics.account.AccountService accounts;
    CourseTestAccounts people;

    Account owner;
    Course course;
    Assignment assignment;
    Account member;

    @BeforeEach
    void aCourseWithALearnerAndAnAssignment() {
        people = new CourseTestAccounts(accounts);
        owner = people.instructor();
        course = courses.create(owner, "Private seminar", "", "");
        member = people.learner("Member");
        courses.join(member, course.joinCode(), "198.51.100.1");
        LocalDateTime now = LocalDateTime.now();
        assignment = assignments.save(owner, course.id(), null, new AssignmentDraft("deep-linear-networks", List.of(),
                now.minusDays(1), now.plusDays(1), "UTC"));
    }

    List<Consumer<Account>> everyInstructorCall() {
        UUID id = course.id();
        LocalDateTime later = LocalDateTime.now().plusDays(3);
        return List.of(
                by -> courses.course(by, id),
                by -> courses.regenerateCode(by, id),
                by -> courses.setJoinEnabled(by, id, false),
                by -> courses.setArchived(by, id, true),
                by -> courses.instructors(by, id),
                by -> courses.addInstructor(by, id, by == null ? "x@example.org" : by.email()),
                by -> courses.roster(by, id),
                by -> courses.removeLearner(by, id, member.id()),
                by -> courses.importRoster(by, id, member.email()),
                by -> assignments.assignments(by, id),
                by -> assignments.save(by, id, null, new AssignmentDraft("deep-linear-networks", List.of(),
                        later.minusDays(1), later, "UTC")),
                by -> assignments.save(by, id, assignment.id(), new AssignmentDraft("deep-linear-networks",
                        List.of(), later.minusDays(1), later, "UTC")),
                by -> assignments.delete(by, id, assignment.id()),
                by -> assignments.extend(by, id, assignment.id(), member.id(), later),
                by -> assignments.extensions(by, id),
                by -> dashboards.dashboard(by, id),
                by -> dashboards.learnerDetail(by, id, member.id(), "deep-linear-networks"),
                by -> dashboards.predictions(by, id),
                by -> dashboards.dashboardCsv(by, id),
                by -> dashboards.answersCsv(by, id));
    }

    @Test
    void anotherInstructorIsDeniedEverything() {
        Account other = people.instructor();
        courses.create(other, "Their own course", "", "");
        everyInstructorCall().forEach(call -> assertThatThrownBy(() -> call.accept(other))
                .isInstanceOf(CourseAccessDeniedException.class));
    }

    @Test
    void aLearnerOfTheCourseIsDeniedEverythingAnInstructorDoes() {
        everyInstructorCall().forEach(call -> assertThatThrownBy(() -> call.accept(member))
                .isInstanceOf(CourseAccessDeniedException.class));
        assertThatThrownBy(() -> courses.create(member, "Mine", "", ""))
                .isInstanceOf(CourseAccessDeniedException.class);
        assertThatThrownBy(() -> courses.taught(member)).isInstanceOf(CourseAccessDeniedException.class);
    }

    /** An administrator may teach courses of their own (see AuthorisationMatrixTest), but not look into others'. */
    @Test
    void anAdministratorIsDeniedEverythingOfACourseTheyDoNotTeach() {
        Account admin = accounts.ensureAdmin("admin-" + UUID.randomUUID() + "@example.org",
                CourseTestAccounts.PASSWORD);
        everyInstructorCall().forEach(call -> assertThatThrownBy(() -> call.accept(admin))
                .isInstanceOf(CourseAccessDeniedException.class));
    }

    @Test
    void noOneSignedInIsDeniedEverything() {
        everyInstructorCall().forEach(call -> assertThatThrownBy(() -> call.accept(null))
                .isInstanceOf(CourseAccessDeniedException.class));
        assertThatThrownBy(() -> courses.join(null, course.joinCode(), "198.51.100.2"))
                .isInstanceOf(CourseAccessDeniedException.class);
        assertThatThrownBy(() -> assignments.myCourses(null)).isInstanceOf(CourseAccessDeniedException.class);
    }

    @Test
    void anInstructorCannotReachAnotherCoursesAssignmentOrANonMember() {
        Course other = courses.create(people.instructor(), "Other", "", "");
        Account outsider = people.learner("Outsider");
        assertThatThrownBy(() -> assignments.delete(owner, course.id(), UUID.randomUUID()))
                .isInstanceOf(CourseAccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.learnerDetail(owner, course.id(), outsider.id(), "deep-linear-networks"))
                .isInstanceOf(CourseAccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.learnerDetail(owner, course.id(), member.id(), "simple-laws"))
                .isInstanceOf(CourseAccessDeniedException.class);
        assertThatThrownBy(() -> assignments.extend(owner, course.id(), assignment.id(), outsider.id(),
                LocalDateTime.now().plusDays(5))).hasMessageStartingWith("Only a learner in this course");
        assertThatThrownBy(() -> courses.roster(owner, other.id())).isInstanceOf(CourseAccessDeniedException.class);
    }
}
