package org.learningmechanics.book;

import java.util.List;
import java.util.Map;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.learningmechanics.book.markdown.Container;

/**
 * A chapter after the first pass, before it can be rendered: what the second pass needs to know about every
 * chapter (ids, sections, equation labels) to resolve cross-references between them, and its checkpoints (in
 * order, by their block).
 *
 * @param bodyLine the source line on which the Markdown body starts (1-based)
 */
record ParsedChapter(String file, FrontMatter front, Node document, int bodyLine, Map<Heading, String> headingIds,
                     List<Section> sections, Map<String, Integer> equations,
                     Map<Container, CheckpointReader.Read> checkpoints, List<ChapterProblem> problems) {

    /** The source line of a node: that of the nearest enclosing block that knows it. */
    int lineOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.getSourceSpans().isEmpty()) {
                return bodyLine + n.getSourceSpans().getFirst().getLineIndex();
            }
        }
        return bodyLine;
    }
}
