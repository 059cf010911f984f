package org.learningmechanics.course;

import java.util.UUID;

import org.learningmechanics.account.Account;
import org.learningmechanics.account.Role;
import org.springframework.stereotype.Component;

/**
 * The one rule every course call goes through: only a course's own instructors may see or change it — being an
 * instructor of another course, or an admin, is not enough. Checked against the database on every call.
 */
@Component
class CourseAccess {

    private final CourseRepository courses;

    CourseAccess(CourseRepository courses) {
        this.courses = courses;
    }

    /** The course, if {@code by} teaches it. */
    Course instructed(Account by, UUID courseId) {
        if (by == null || courseId == null || by.role() == Role.LEARNER || !courses.teaches(by.id(), courseId)) {
            throw new CourseAccessDeniedException();
        }
        return courses.find(courseId).orElseThrow(CourseAccessDeniedException::new);
    }

    /** The course, if {@code by} teaches it and it is not archived (an archived course can only be restored). */
    Course active(Account by, UUID courseId) {
        Course course = instructed(by, courseId);
        if (course.archived()) {
            throw new CourseException("This course is archived. Restore it to change it.");
        }
        return course;
    }

    static void requireInstructorRole(Account by) {
        if (by == null || by.role() == Role.LEARNER) {
            throw new CourseAccessDeniedException();
        }
    }
}
