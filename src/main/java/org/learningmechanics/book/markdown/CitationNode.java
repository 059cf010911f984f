package org.learningmechanics.book.markdown;

import java.util.List;

import org.commonmark.node.CustomNode;

/** {@code [@saxe2014]} or {@code [@a; @b]}: citations of the bibliography, or {@code [@eq:name]}: an equation. */
public final class CitationNode extends CustomNode {

    private final List<String> keys;

    CitationNode(List<String> keys) {
        this.keys = List.copyOf(keys);
    }

    public List<String> keys() {
        return keys;
    }
}
