package org.learningmechanics.course.ui;

import java.util.UUID;

import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.book.ChapterCatalog;
import org.learningmechanics.course.CourseAssignments;
import org.learningmechanics.course.CourseDashboard;
import org.learningmechanics.course.CourseService;

/**
 * What the panels of a course page share: which course, and the services to ask. It holds no account: each call
 * asks {@link #me()} again, so the services check whoever is signed in at that moment.
 */
record CourseContext(UUID courseId, CurrentAccount current, CourseService courses, CourseAssignments assignments,
                     CourseDashboard dashboards, ChapterCatalog chapters) {

    Account me() {
        return SignedIn.account(current);
    }
}
