package org.learningmechanics.book.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.parser.block.ParserState;

/** Small helpers for block parsers. */
final class Lines {

    /** Options after a directive's name: {@code key=value}, or {@code key="a value with spaces"}. */
    static final String OPTIONS = "((?:\\s+[A-Za-z]+=(?:\"[^\"]*\"|\\S+))*)";
    private static final Pattern OPTION = Pattern.compile("([A-Za-z]+)=(?:\"([^\"]*)\"|(\\S+))");

    private Lines() {
    }

    /** The current line from its first non-space character. */
    static String fromNonSpace(ParserState state) {
        CharSequence line = state.getLine().getContent();
        return line.subSequence(Math.min(state.getNextNonSpaceIndex(), line.length()), line.length()).toString();
    }

    /** The {@code key=value} options matched by {@link #OPTIONS}, quotes removed, in order. */
    static Map<String, String> options(String text) {
        Map<String, String> options = new LinkedHashMap<>();
        Matcher option = OPTION.matcher(text);
        while (option.find()) {
            options.put(option.group(1), option.group(2) != null ? option.group(2) : option.group(3));
        }
        return options;
    }
}
