package org.learningmechanics.course.ui;

import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.course.CourseAccessDeniedException;

/** The account making this very call, re-read from the database; a signed-out session is refused like a stranger. */
final class SignedIn {

    private SignedIn() {
    }

    static Account account(CurrentAccount current) {
        return current.get().orElseThrow(CourseAccessDeniedException::new);
    }
}
