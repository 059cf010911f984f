package org.learningmechanics.book.markdown;

import org.commonmark.node.CustomBlock;

/** Display TeX between lines of double dollars, optionally labelled {@code {#eq:name}} so the text can refer to it. */
public final class MathBlock extends CustomBlock {

    private String tex = "";
    private String label = "";

    /** Set once, when the parser closes the block. */
    void close(String tex, String label) {
        this.tex = tex;
        this.label = label;
    }

    public String tex() {
        return tex;
    }

    /** "eq:logistic", or empty for an unnumbered equation. */
    public String label() {
        return label;
    }
}
