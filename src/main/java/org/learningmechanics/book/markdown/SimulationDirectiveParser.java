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

/** Parses the one-line directive {@code ::: simulation <id> key=value …}. */
final class SimulationDirectiveParser extends AbstractBlockParser {

    private static final Pattern DIRECTIVE = Pattern.compile("^:::\\s*simulation\\s+([a-z0-9-]+)" + Lines.OPTIONS + "\\s*$");

    private final SimulationDirective directive;

    private SimulationDirectiveParser(SimulationDirective directive) {
        this.directive = directive;
    }

    @Override
    public Block getBlock() {
        return directive;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        return BlockContinue.none();
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            String text = Lines.fromNonSpace(state);
            Matcher m = DIRECTIVE.matcher(text);
            if (state.getIndent() >= 4 || !m.matches()) {
                return BlockStart.none();
            }
            Map<String, String> options = Lines.options(m.group(2));
            return BlockStart.of(new SimulationDirectiveParser(new SimulationDirective(m.group(1), options)))
                    .atIndex(state.getLine().getContent().length());
        }
    }
}
