package org.learningmechanics.book.markdown;

import org.commonmark.parser.block.ParserState;

/** Small helpers for block parsers. */
final class Lines {

    private Lines() {
    }

    /** The current line from its first non-space character. */
    static String fromNonSpace(ParserState state) {
        CharSequence line = state.getLine().getContent();
        return line.subSequence(Math.min(state.getNextNonSpaceIndex(), line.length()), line.length()).toString();
    }
}
