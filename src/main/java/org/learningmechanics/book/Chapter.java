package org.learningmechanics.book;

import java.util.List;

/**
 * A chapter of the book, parsed and ready to show: its front matter and its body cut into prose and embedded
 * simulations, in reading order.
 *
 * @param strand "1"–"5", "intro" or "outlook"
 */
public record Chapter(String id, String title, String strand, int order, String summary,
                      List<ChapterSegment> segments, List<Section> sections) {

    public Chapter {
        segments = List.copyOf(segments);
        sections = List.copyOf(sections);
    }

    /** The ids of the simulations the chapter embeds, in order of appearance. */
    public List<String> simulationIds() {
        return segments.stream()
                .filter(ChapterSegment.EmbeddedSimulation.class::isInstance)
                .map(s -> ((ChapterSegment.EmbeddedSimulation) s).simulationId())
                .toList();
    }

    /** "Strand 1", "Introduction" or "Outlook", for headings and the table of contents. */
    public String strandLabel() {
        return switch (strand) {
            case "intro" -> "Introduction";
            case "outlook" -> "Outlook";
            default -> "Strand " + strand;
        };
    }
}
