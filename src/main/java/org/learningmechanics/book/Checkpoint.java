package org.learningmechanics.book;

/** A "check your understanding" question of a chapter, with its answer, as plain text (for progress tracking). */
public record Checkpoint(String id, String question, String answer) {
}
