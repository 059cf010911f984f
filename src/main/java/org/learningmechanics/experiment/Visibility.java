package org.learningmechanics.experiment;

import java.util.List;

/** Who may open an experiment's link. */
public enum Visibility {
    /** The owner only. */
    PRIVATE("Private — only you"),
    /** Anyone who has the link; it is never listed anywhere. */
    UNLISTED("Unlisted — anyone with the link"),
    /**
     * Members of a course. Courses do not exist yet: the database accepts the value, the application never offers
     * it, and until courses exist an experiment marked so is treated as private.
     */
    COURSE("Course members");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What a reader may choose today. */
    public static List<Visibility> offered() {
        return List.of(PRIVATE, UNLISTED);
    }

    String column() {
        return name().toLowerCase();
    }

    static Visibility ofColumn(String value) {
        return valueOf(value.toUpperCase());
    }
}
