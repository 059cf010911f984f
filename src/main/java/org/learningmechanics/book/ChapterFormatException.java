package org.learningmechanics.book;

/** A chapter source that cannot be published as it is; the message names the file and the problem. */
public class ChapterFormatException extends RuntimeException {

    public ChapterFormatException(String message) {
        super(message);
    }
}
