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
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

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

    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(context -> new NodeRendererAdapter(context))
            .build();

    /** The plain text of a node, math as its TeX source: what search indexes and reading time counts. */
    public static String plainText(Node node) {
        return TEXT.render(node);
    }

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    public String render(Node node) {
        return renderer.render(node);
    }

    /** Plain-text rendering of math: the TeX itself. */
    private static final class NodeRendererAdapter implements NodeRenderer {

        private final TextContentNodeRendererContext context;

        NodeRendererAdapter(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MathNode.class, MathBlock.class, SimulationDirective.class);
        }

        @Override
        public void render(Node node) {
            if (node instanceof MathNode inline) {
                context.getWriter().write(inline.tex());
            } else if (node instanceof MathBlock block) {
                context.getWriter().line();
                context.getWriter().write(block.tex());
                context.getWriter().line();
            }
        }
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
