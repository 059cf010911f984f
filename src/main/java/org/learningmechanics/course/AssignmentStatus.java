package org.learningmechanics.course;

/** Where one learner stands with one assignment. */
public enum AssignmentStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    /** Done after the due date, or not done and past it (the learner's extension counting, if they have one). */
    LATE("Late");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A CSS-friendly name: {@code not-started}, {@code in-progress}, {@code done}, {@code late}. */
    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
