package org.learningmechanics.book.markdown;

import java.util.List;
import java.util.Set;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentNodeRendererContext;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * The book's Markdown dialect: CommonMark with GFM tables, plus {@code $…$} and {@code $$…$$} math (equations may
 * carry a label {@code {#eq:name}}), citations {@code [@key]} and equation references {@code [@eq:name]},
 * cross-references as links to {@code #chapter-id}, {@code #chapter-id/section-id} or {@code #section-id}, fenced
 * callouts and checkpoints ({@code ::: key-idea} … {@code :::}) and the one-line simulation directive. Raw HTML in
 * the source is escaped: chapters are prose, not markup.
 */
public final class BookMarkdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private static final TextContentRenderer TEXT = TextContentRenderer.builder()
            .extensions(EXTENSIONS)
            .nodeRendererFactory(PlainTextRenderer::new)
            .build();

    private final Parser parser = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .customBlockParserFactory(new DisplayMathParser.Factory())
            .customBlockParserFactory(new SimulationDirectiveParser.Factory())
            .customBlockParserFactory(new ContainerParser.Factory())
            .customInlineContentParserFactory(InlineMathParser.FACTORY)
            .postProcessor(new CitationPostProcessor())
            .build();

    public Node parse(String markdown) {
        return parser.parse(markdown);
    }

    /** HTML of a node of a chapter, rendered in the context of the book. */
    public String render(Node node, RenderContext context) {
        return HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .nodeRendererFactory(html -> new BookHtmlRenderer(html, context))
                .attributeProviderFactory(ignored -> (n, tag, attributes) -> {
                    if (n instanceof Link link) {
                        BookHtmlRenderer.rewriteLink(link, attributes, context);
                    }
                })
                .build()
                .render(node);
    }

    /** The plain text of a node, math as its TeX source: what search indexes and reading time counts. */
    public static String plainText(Node node) {
        return TEXT.render(node);
    }

    /** Plain-text rendering of the book's nodes. */
    private static final class PlainTextRenderer implements NodeRenderer {

        private final TextContentNodeRendererContext context;

        PlainTextRenderer(TextContentNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MathNode.class, MathBlock.class, SimulationDirective.class, CitationNode.class,
                    Container.class);
        }

        @Override
        public void render(Node node) {
            switch (node) {
                case MathNode inline -> context.getWriter().write(inline.tex());
                case MathBlock block -> {
                    context.getWriter().line();
                    context.getWriter().write(block.tex());
                    context.getWriter().line();
                }
                case Container container -> {
                    for (Node child = container.getFirstChild(); child != null; child = child.getNext()) {
                        context.render(child);
                        context.getWriter().line();
                    }
                }
                case CitationNode citation -> context.getWriter().write("[" + String.join("; ", citation.keys()) + "]");
                default -> { } // a simulation carries no prose
            }
        }
    }
}
