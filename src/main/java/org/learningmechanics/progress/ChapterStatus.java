package org.learningmechanics.progress;

/** A chapter's state for one learner, as the table of contents shows it. */
public enum ChapterStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done");

    private final String label;

    ChapterStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
