package org.learningmechanics.book.markdown;

import java.util.Set;

import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses {@code $…$} as inline math with Pandoc's rules, so prose such as "costs $5 and $6" stays text: the opening
 * dollar must be followed by a non-space, the closing one preceded by a non-space and not followed by a digit, and
 * {@code \$} is a literal dollar inside math. The TeX is kept verbatim (no Markdown escapes inside).
 */
final class InlineMathParser implements InlineContentParser {

    static final InlineContentParserFactory FACTORY = new InlineContentParserFactory() {
        @Override
        public Set<Character> getTriggerCharacters() {
            return Set.of('$');
        }

        @Override
        public InlineContentParser create() {
            return new InlineMathParser();
        }
    };

    @Override
    public ParsedInline tryParse(InlineParserState state) {
        Scanner scanner = state.scanner();
        scanner.next(); // the opening '$'
        Position contentStart = scanner.position();
        char first = scanner.peek();
        if (first == '$' || first == Scanner.END || Character.isWhitespace(first)) {
            return ParsedInline.none();
        }
        char previous = 0;
        while (scanner.hasNext()) {
            char c = scanner.peek();
            if (c == '$' && previous != '\\') {
                Position end = scanner.position();
                scanner.next();
                char after = scanner.peek();
                if (Character.isWhitespace(previous) || Character.isDigit(after)) {
                    return ParsedInline.none();
                }
                String content = scanner.getSource(contentStart, end).getContent();
                return ParsedInline.of(new MathNode(content.replace('\n', ' ')), scanner.position());
            }
            previous = c;
            scanner.next();
        }
        return ParsedInline.none();
    }
}
