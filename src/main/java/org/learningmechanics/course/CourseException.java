package org.learningmechanics.course;

/** A course request that cannot be done as asked, with a message for the person who asked and what to do. */
public class CourseException extends RuntimeException {

    public CourseException(String message) {
        super(message);
    }
}
