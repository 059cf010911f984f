package org.learningmechanics.book.markdown;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Turns {@code [@key]} and {@code [@a; @b]} in text into citation nodes. CommonMark leaves such brackets as
 * literal text (they are not links), so this runs after parsing, on text nodes only: never inside code.
 */
final class CitationPostProcessor implements PostProcessor {

    private static final Pattern CITATION = Pattern.compile("\\[(@[A-Za-z0-9:_-]+(?:\\s*;\\s*@[A-Za-z0-9:_-]+)*)\\]");

    @Override
    public Node process(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                split(text);
            }
        });
        return document;
    }

    private static void split(Text text) {
        String literal = text.getLiteral();
        Matcher m = CITATION.matcher(literal);
        if (!m.find()) {
            return;
        }
        int last = 0;
        Node anchor = text;
        do {
            if (m.start() > last) {
                anchor = insertAfter(anchor, new Text(literal.substring(last, m.start())));
            }
            anchor = insertAfter(anchor, new CitationNode(Arrays.stream(m.group(1).split(";"))
                    .map(k -> k.strip().substring(1)).toList()));
            last = m.end();
        } while (m.find());
        if (last < literal.length()) {
            insertAfter(anchor, new Text(literal.substring(last)));
        }
        text.unlink();
    }

    private static Node insertAfter(Node anchor, Node node) {
        anchor.insertAfter(node);
        return node;
    }
}
