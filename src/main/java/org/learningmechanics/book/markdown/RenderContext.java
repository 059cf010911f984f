package org.learningmechanics.book.markdown;

import java.util.Optional;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/** What rendering one chapter needs to know about the book around it, and where it reports mistakes. */
public interface RenderContext {

    /** The anchor of a heading, unique in its chapter. */
    String headingId(Heading heading);

    /** A link to a place in this chapter ({@code sectionId} may be empty for its top). */
    String hrefInChapter(String fragment);

    /**
     * A cross-reference {@code #chapter-id}, {@code #chapter-id/section-id} or {@code #section-id} (in this
     * chapter) resolved to a link; empty when it points nowhere.
     */
    Optional<String> crossReference(String target);

    /** The number of a labelled equation of this chapter. */
    Optional<Integer> equationNumber(String label);

    /** How the text cites a bibliography entry ("Saxe et al., 2014"); records the citation for the reference list. */
    Optional<String> cite(String key);

    /** Reports a mistake in the source at the line of this node. */
    void problem(Node at, String message);
}
