package org.learningmechanics.course;

/**
 * The account asking may not do this to this course: it does not teach it, or is not a member. The message says no
 * more than that, so it tells nothing about a course the asker cannot see.
 */
public class CourseAccessDeniedException extends CourseException {

    public CourseAccessDeniedException() {
        super("This course is not one of yours, or it no longer exists.");
    }
}
