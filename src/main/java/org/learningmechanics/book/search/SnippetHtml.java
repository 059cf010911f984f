package org.learningmechanics.book.search;

import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Turns a {@code ts_headline} passage into safe HTML. PostgreSQL marks the matches with two private-use characters
 * rather than with tags: the whole passage can then be escaped first, so nothing in a chapter's text can become
 * markup, and only afterwards do the markers become {@code <mark>} elements.
 */
final class SnippetHtml {

    /** Unicode private-use characters: they mean nothing in any text, and the index never stores them. */
    static final char START = '\uE000';
    static final char STOP = '\uE001';

    private static final Pattern UNINDEXABLE = Pattern.compile("[" + START + STOP + "\\x00]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SnippetHtml() {
    }

    /**
     * The text as it goes into the index: without the marker characters, so the only markers in a passage are the
     * ones {@code ts_headline} put there, always in pairs; without NUL, which PostgreSQL text cannot hold; and on
     * one line, because {@code ts_headline} ends a passage at a line break, which would cut it short of the match.
     */
    static String indexable(String text) {
        return WHITESPACE.matcher(UNINDEXABLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
    }

    static String toHtml(String passage) {
        return HtmlUtils.htmlEscape(passage, "UTF-8")
                .replace(String.valueOf(START), "<mark>")
                .replace(String.valueOf(STOP), "</mark>");
    }
}
