package org.learningmechanics.book.markdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * The book's Markdown dialect: CommonMark with GFM tables and heading anchors, plus {@code $…$} and {@code $$…$$}
 * math and the simulation directive. Math renders as {@code <lm-math>} elements that KaTeX typesets in the browser;
 * raw HTML in the source is escaped, since chapters are prose, not markup.
 */
public final class BookMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .customBlockParserFactory(new DisplayMathParser.Factory())
            .customBlockParserFactory(new SimulationDirectiveParser.Factory())
            .customInlineContentParserFactory(InlineMathParser.FACTORY)
            .build();

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .nodeRendererFactory(MathRenderer::new)
            .build();

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Node node) {
        return renderer.render(node);
    }

    private static final class MathRenderer implements NodeRenderer {

        private final HtmlWriter html;

        MathRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MathNode.class, MathBlock.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof MathNode inline) {
                html.tag("lm-math", Map.of("tex", inline.tex()));
                html.tag("/lm-math");
            } else if (node instanceof MathBlock block) {
                html.line();
                Map<String, String> attributes = new LinkedHashMap<>();
                attributes.put("tex", block.tex());
                attributes.put("display", "");
                html.tag("lm-math", attributes);
                html.tag("/lm-math");
                html.line();
            }
        }
    }
}
