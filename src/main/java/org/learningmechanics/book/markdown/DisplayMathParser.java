package org.learningmechanics.book.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Display math: a line starting with {@code $$} opens a block that ends at the next line ending with {@code $$},
 * possibly followed by a label {@code {#eq:name}} (possibly the same line, as in {@code $$ E = mc^2 $$ {#eq:e}}).
 * The TeX between is kept verbatim.
 */
final class DisplayMathParser extends AbstractBlockParser {

    private static final Pattern CLOSING = Pattern.compile("^(.*)\\$\\$\\s*(?:\\{#(eq:[A-Za-z0-9_-]+)\\})?\\s*$");

    private final MathBlock block = new MathBlock();
    private final StringBuilder tex = new StringBuilder();
    private String label = "";
    private boolean closed;

    private DisplayMathParser(String firstLine) {
        String rest = firstLine.substring(2);
        if (!closeOn(rest)) {
            tex.append(rest);
        }
    }

    /** Takes the line's TeX and label if it closes the block. */
    private boolean closeOn(String line) {
        Matcher m = CLOSING.matcher(line);
        if (line.isBlank() || !m.matches()) {
            return false;
        }
        tex.append(tex.isEmpty() ? "" : "\n").append(m.group(1));
        label = m.group(2) == null ? "" : m.group(2);
        closed = true;
        return true;
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return closed ? BlockContinue.finished() : BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        String content = line.getContent().toString();
        if (!closeOn(content)) {
            tex.append('\n').append(content);
        }
    }

    @Override
    public void closeBlock() {
        block.close(tex.toString().strip(), label);
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            String text = Lines.fromNonSpace(state);
            if (state.getIndent() >= 4 || !text.startsWith("$$")) {
                return BlockStart.none();
            }
            return BlockStart.of(new DisplayMathParser(text)).atIndex(state.getLine().getContent().length());
        }
    }
}
