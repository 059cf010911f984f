package org.learningmechanics.book.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders the book's own nodes to HTML: math as {@code <lm-math>} for KaTeX, numbered equations, citations,
 * callouts, and headings with their anchors and a deep link.
 */
final class BookHtmlRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext html;
    private final HtmlWriter out;
    private final RenderContext book;

    BookHtmlRenderer(HtmlNodeRendererContext html, RenderContext book) {
        this.html = html;
        this.out = html.getWriter();
        this.book = book;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(MathNode.class, MathBlock.class, CitationNode.class, Container.class, Heading.class,
                SimulationDirective.class);
    }

    @Override
    public void render(Node node) {
        switch (node) {
            case MathNode inline -> math(inline.tex(), false);
            case MathBlock block -> equation(block);
            case CitationNode citation -> citation(citation);
            case Container container -> container(container);
            case Heading heading -> heading(heading);
            case SimulationDirective directive ->
                    book.problem(directive, "a simulation must stand on its own, not inside a ::: block");
            default -> throw new IllegalArgumentException(node.getClass().getName());
        }
    }

    private void math(String tex, boolean display) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("tex", tex);
        if (display) {
            attributes.put("display", "");
        }
        out.tag("lm-math", attributes);
        out.tag("/lm-math");
    }

    private void equation(MathBlock block) {
        out.line();
        if (block.label().isEmpty()) {
            math(block.tex(), true);
        } else {
            int number = book.equationNumber(block.label()).orElseThrow();
            out.tag("div", attributes("class", "equation", "id", anchor(block.label())));
            math(block.tex(), true);
            out.tag("span", attributes("class", "equation-number"));
            out.text("(" + number + ")");
            out.tag("/span");
            out.tag("/div");
        }
        out.line();
    }

    /** Attributes in the order given, so the HTML is stable. */
    private static Map<String, String> attributes(String... namesAndValues) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            attributes.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return attributes;
    }

    static String anchor(String equationLabel) {
        return equationLabel.replace(':', '-');
    }

    private void citation(CitationNode node) {
        boolean bibliographic = node.keys().stream().anyMatch(k -> !k.startsWith("eq:"));
        if (bibliographic) {
            out.text("(");
        }
        for (int i = 0; i < node.keys().size(); i++) {
            if (i > 0) {
                out.text("; ");
            }
            String key = node.keys().get(i);
            if (key.startsWith("eq:")) {
                var number = book.equationNumber(key);
                if (number.isEmpty()) {
                    book.problem(node, "no equation is labelled {#" + key + "} in this chapter");
                }
                link("eqref", book.hrefInChapter(anchor(key)), "(" + number.map(String::valueOf).orElse("?") + ")");
            } else {
                var text = book.cite(key);
                if (text.isEmpty()) {
                    book.problem(node, "unknown citation key '" + key + "' (not in chapters/references.bib)");
                }
                link("citation", book.hrefInChapter("ref-" + key), text.orElse(key + "?"));
            }
        }
        if (bibliographic) {
            out.text(")");
        }
    }

    private void link(String cssClass, String href, String text) {
        out.tag("a", attributes("class", cssClass, "href", href));
        out.text(text);
        out.tag("/a");
    }

    private void container(Container container) {
        if (container.isCheckpoint()) {
            // The chapter renders checkpoints as their own segments; one inside a list or quote has no place.
            book.problem(container, "a checkpoint must stand on its own, not inside a list or quote");
            return;
        }
        String title = Container.CALLOUTS.get(container.kind());
        if (title == null) {
            book.problem(container, "unknown block '::: " + container.kind() + "' (use one of "
                    + String.join(", ", Container.CALLOUTS.keySet().stream().sorted().toList()) + ", checkpoint)");
            title = container.kind();
        }
        out.line();
        out.tag("aside", attributes("class", "callout callout-" + container.kind(), "aria-label", title));
        out.tag("p", attributes("class", "callout-title"));
        out.text(title);
        out.tag("/p");
        renderChildren(container.getFirstChild(), null);
        out.tag("/aside");
        out.line();
    }

    private void renderChildren(Node from, Node until) {
        for (Node child = from; child != null && child != until; ) {
            Node next = child.getNext();
            html.render(child);
            child = next;
        }
    }

    private void heading(Heading heading) {
        String id = book.headingId(heading);
        String tag = "h" + heading.getLevel();
        out.line();
        out.tag(tag, attributes("id", id));
        renderChildren(heading.getFirstChild(), null);
        out.tag("a", attributes("class", "heading-anchor", "href", book.hrefInChapter(id),
                "aria-label", "Link to this section"));
        out.text("#");
        out.tag("/a");
        out.tag("/" + tag);
        out.line();
    }

    /** Rewrites {@code #…} link targets through the book's cross-references. */
    static void rewriteLink(Link link, Map<String, String> attributes, RenderContext book) {
        String destination = link.getDestination();
        if (destination == null || !destination.startsWith("#")) {
            return;
        }
        book.crossReference(destination.substring(1)).ifPresentOrElse(
                href -> attributes.put("href", href),
                () -> book.problem(link, "the cross-reference '" + destination + "' points to no chapter or section"));
    }
}
