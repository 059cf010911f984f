package org.learningmechanics.book.markdown;

import org.commonmark.node.CustomNode;

/** Inline TeX between single dollars: {@code $u(t)$}. */
public final class MathNode extends CustomNode {

    private final String tex;

    public MathNode(String tex) {
        this.tex = tex;
    }

    public String tex() {
        return tex;
    }
}
