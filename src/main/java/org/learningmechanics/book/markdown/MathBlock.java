package org.learningmechanics.book.markdown;

import org.commonmark.node.CustomBlock;

/** Display TeX between lines of double dollars. */
public final class MathBlock extends CustomBlock {

    private String tex = "";

    /** Set once, when the parser closes the block. */
    void setTex(String tex) {
        this.tex = tex;
    }

    public String tex() {
        return tex;
    }
}
