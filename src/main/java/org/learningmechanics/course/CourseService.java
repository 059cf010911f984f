package org.learningmechanics.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses from start to archive: creating one, its join code, its instructors and its roster, and learners joining.
 * Every method takes the account asking (the caller reads it fresh from the session) and checks here that it may:
 * only a course's own instructors manage it.
 */
@Service
public class CourseService {

    public static final int MAX_TITLE = 120;
    private static final int CODE_ATTEMPTS = 3;
    public static final int MAX_TERM = 60;
    public static final int MAX_DESCRIPTION = 2000;

    private final CourseRepository courses;
    private final CourseAccess access;
    private final AccountRepository accounts;
    private final JoinThrottle throttle;
    private final Clock clock;

    CourseService(CourseRepository courses, CourseAccess access, AccountRepository accounts, JoinThrottle throttle,
                  Clock clock) {
        this.courses = courses;
        this.access = access;
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Transactional
    public Course create(Account by, String title, String term, String description) {
        CourseAccess.requireInstructorRole(by);
        String checkedTitle = checked(title, "title", 1, MAX_TITLE);
        String checkedTerm = checked(term, "term", 0, MAX_TERM);
        String checkedDescription = checked(description, "description", 0, MAX_DESCRIPTION);
        for (int attempt = 1; ; attempt++) {
            Course course = new Course(UUID.randomUUID(), checkedTitle, checkedTerm, checkedDescription,
                    JoinCode.generate(), true, false, clock.instant());
            if (courses.insert(course, by.id())) {
                return course;
            }
            if (attempt == CODE_ATTEMPTS) {   // 50 random bits: a clash is all but impossible, three in a row more so
                throw new IllegalStateException(CODE_ATTEMPTS + " random join codes in a row were taken");
            }
        }
    }

    /** The courses {@code by} teaches, active ones first. */
    public List<Course> taught(Account by) {
        CourseAccess.requireInstructorRole(by);
        return courses.taughtBy(by.id());
    }

    public Course course(Account by, UUID courseId) {
        return access.instructed(by, courseId);
    }

    /** A fresh code; the old one stops working at once. Also re-enables joining. */
    @Transactional
    public Course regenerateCode(Account by, UUID courseId) {
        access.active(by, courseId);
        for (int attempt = 1; ; attempt++) {
            if (courses.updateCode(courseId, JoinCode.generate())) {
                return courses.find(courseId).orElseThrow();
            }
            if (attempt == CODE_ATTEMPTS) {
                throw new IllegalStateException(CODE_ATTEMPTS + " random join codes in a row were taken");
            }
        }
    }

    @Transactional
    public Course setJoinEnabled(Account by, UUID courseId, boolean enabled) {
        access.active(by, courseId);
        courses.updateJoinEnabled(courseId, enabled);
        return courses.find(courseId).orElseThrow();
    }

    @Transactional
    public Course setArchived(Account by, UUID courseId, boolean archived) {
        access.instructed(by, courseId);
        courses.updateArchived(courseId, archived);
        return courses.find(courseId).orElseThrow();
    }

    public List<Account> instructors(Account by, UUID courseId) {
        access.instructed(by, courseId);
        return courses.instructors(courseId);
    }

    /** Adds a co-instructor by the email of their account, which must have the instructor role. */
    @Transactional
    public Account addInstructor(Account by, UUID courseId, String email) {
        access.active(by, courseId);
        Account colleague = accounts.findByEmail(email == null ? "" : email.strip())
                .orElseThrow(() -> new CourseException("No account has this email. Ask your colleague to sign up "
                        + "first, and an administrator to make them an instructor."));
        if (colleague.role() == org.learningmechanics.account.Role.LEARNER) {
            throw new CourseException(colleague.displayName() + " is not an instructor yet: an administrator can "
                    + "make them one.");
        }
        courses.addInstructor(courseId, colleague.id());
        return colleague;
    }

    public List<RosterEntry> roster(Account by, UUID courseId) {
        access.instructed(by, courseId);
        return courses.roster(courseId);
    }

    @Transactional
    public void removeLearner(Account by, UUID courseId, UUID learnerId) {
        access.instructed(by, courseId);
        courses.removeMember(courseId, learnerId);
    }

    /** Adds every learner of the roster who has an account; lists those who do not, to be sent the join link. */
    @Transactional
    public RosterImport.Result importRoster(Account by, UUID courseId, String csv) {
        access.active(by, courseId);
        RosterImport roster = RosterImport.parse(csv);
        List<String> added = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String email : roster.emails()) {
            Optional<Account> learner = accounts.findByEmail(email);
            if (learner.isEmpty()) {
                missing.add(email);
            } else if (courses.teaches(learner.get().id(), courseId)) {
                already.add(email); // one of its instructors: not a learner of it
            } else if (courses.addMember(courseId, learner.get().id())) {
                added.add(email);
            } else {
                already.add(email);
            }
        }
        return new RosterImport.Result(added, already, missing, roster.invalid());
    }

    /**
     * Joins {@code by} to the course whose code they typed or followed. Wrong codes count against the account and the
     * address; a disabled code, an archived course or a learner an instructor removed are refused.
     */
    @Transactional
    public Course join(Account by, String typedCode, String address) {
        if (by == null) {
            throw new CourseAccessDeniedException();
        }
        if (throttle.blocked(by.id(), address)) {
            throw new CourseException("Too many codes that open no course. Wait a quarter of an hour, then check "
                    + "the code with your instructor.");
        }
        Optional<Course> found = JoinCode.normalise(typedCode).flatMap(courses::findByCode)
                .filter(c -> c.joinEnabled() && !c.archived());
        if (found.isEmpty()) {
            throw refuse(by, address);
        }
        Course course = found.get();
        Optional<Boolean> member = courses.membership(by.id(), course.id());
        if (member.isPresent() && !member.get()) {
            throw new CourseException("An instructor removed you from " + course.label() + ". Ask them to add you "
                    + "again.");
        }
        if (courses.teaches(by.id(), course.id())) {
            throw new CourseException("You teach " + course.label() + "; learners join it with this code.");
        }
        courses.addMember(course.id(), by.id());
        return course;
    }

    /**
     * Whether {@code viewer} may see what {@code owner} shares with their courses: they teach, or are also in, a
     * course the owner is in. For features that offer sharing with a course (saved experiments).
     */
    public boolean sharesACourse(UUID viewer, UUID owner) {
        return viewer != null && owner != null && (viewer.equals(owner) || courses.sharesCourse(viewer, owner));
    }

    private CourseException refuse(Account by, String address) {
        throttle.failed(by.id(), address);
        return new CourseException("This code opens no course. Check it with your instructor: codes have "
                + JoinCode.LENGTH + " letters and digits, and an instructor may have replaced or closed it.");
    }

    private static String checked(String value, String what, int min, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() < min) {
            throw new CourseException("Give the course a " + what + ".");
        }
        if (text.length() > max) {
            throw new CourseException("The " + what + " may have at most " + max + " characters.");
        }
        boolean lineBreaksAllowed = what.equals("description");
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\n' || c == '\r')))) {
            throw new CourseException("The " + what + " may not contain control characters.");
        }
        return text;
    }
}
