package org.learningmechanics.book;

/** A mistake in a chapter's source, where it is: what an author needs to fix it. */
public record ChapterProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
