package org.learningmechanics.book.markdown;

import org.commonmark.node.Block;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Display math: a line starting with {@code $$} opens a block that ends at the next line ending with {@code $$}
 * (possibly the same line, as in {@code $$ E = mc^2 $$}). The TeX between is kept verbatim.
 */
final class DisplayMathParser extends AbstractBlockParser {

    private final StringBuilder tex = new StringBuilder();
    private final MathBlock block = new MathBlock();
    private boolean closed;

    private DisplayMathParser(String firstLine) {
        String rest = firstLine.substring(2);
        if (rest.strip().endsWith("$$") && !rest.isBlank()) {
            tex.append(rest.strip(), 0, rest.strip().length() - 2);
            closed = true;
        } else {
            tex.append(rest);
        }
    }

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public void closeBlock() {
        block.setTex(tex.toString().strip());
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (closed) {
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(SourceLine line) {
        String content = line.getContent().toString();
        String stripped = content.strip();
        if (stripped.endsWith("$$")) {
            tex.append('\n').append(stripped, 0, stripped.length() - 2);
            closed = true;
        } else {
            tex.append('\n').append(content);
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            String text = line.subSequence(start, line.length()).toString();
            if (!text.startsWith("$$")) {
                return BlockStart.none();
            }
            return BlockStart.of(new DisplayMathParser(text)).atIndex(line.length());
        }
    }
}
