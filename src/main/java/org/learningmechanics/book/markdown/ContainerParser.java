package org.learningmechanics.book.markdown;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Parses {@code ::: <kind> [key=value …]} … {@code :::} into a {@link Container} whose children are ordinary
 * Markdown. Containers do not nest: the first bare {@code :::} closes the open one. (The one-line
 * {@code ::: simulation} directive has its own parser.)
 */
final class ContainerParser extends AbstractBlockParser {

    private static final Pattern OPENING = Pattern.compile("^:::\\s*([a-z][a-z-]*)" + Lines.OPTIONS + "\\s*$");
    private static final Pattern CLOSING = Pattern.compile("^:::\\s*$");

    private final Container container;

    private ContainerParser(Container container) {
        this.container = container;
    }

    @Override
    public Block getBlock() {
        return container;
    }

    @Override
    public boolean isContainer() {
        return true;
    }

    @Override
    public boolean canContain(Block block) {
        return !(block instanceof Container);
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (state.getIndent() < 4 && CLOSING.matcher(Lines.fromNonSpace(state)).matches()) {
            return BlockContinue.finished();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            Matcher m = OPENING.matcher(Lines.fromNonSpace(state));
            if (state.getIndent() >= 4 || !m.matches() || m.group(1).equals("simulation")) {
                return BlockStart.none();
            }
            Map<String, String> options = Lines.options(m.group(2));
            return BlockStart.of(new ContainerParser(new Container(m.group(1), options)))
                    .atIndex(state.getLine().getContent().length());
        }
    }
}
