package org.learningmechanics.course;

import java.util.List;

/** A course as one of its learners sees it: their assignments, each with the due date and status that hold for them. */
public record LearnerCourse(Course course, List<Item> assignments) {

    /** @param open whether the assignment's opening time has come */
    public record Item(Assignment assignment, String chapterTitle, AssignmentCell cell, boolean open) {
    }
}
