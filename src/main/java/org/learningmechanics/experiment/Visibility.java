package org.learningmechanics.experiment;

import java.util.List;

/** Who may open an experiment's link. */
public enum Visibility {
    /** The owner only. */
    PRIVATE("Private — only you"),
    /** Anyone who has the link; it is never listed anywhere. */
    UNLISTED("Unlisted — anyone with the link"),
    /** The instructors and fellow learners of the owner's courses (anyone with the link who shares a course). */
    COURSE("Course — your instructors and classmates");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What a reader may choose today. */
    public static List<Visibility> offered() {
        return List.of(PRIVATE, COURSE, UNLISTED);
    }

    String column() {
        return name().toLowerCase();
    }

    static Visibility ofColumn(String value) {
        return valueOf(value.toUpperCase());
    }
}
