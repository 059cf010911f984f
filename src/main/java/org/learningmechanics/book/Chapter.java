package org.learningmechanics.book;

import java.util.List;

/**
 * A chapter of the book, ready to show: its front matter, its body cut into prose and embedded simulations in
 * reading order, its sections (for the outline, deep links and search), checkpoints, the references it cites, and
 * any problems found in its source.
 *
 * @param strand "1"–"5", "intro" or "outlook"
 */
public record Chapter(String id, String title, String strand, int order, String summary, List<String> objectives,
                      List<String> prerequisites, int readingMinutes, List<ChapterSegment> segments,
                      List<Section> sections, List<Checkpoint> checkpoints, List<Reference> references,
                      List<ChapterProblem> problems) {

    public Chapter {
        objectives = List.copyOf(objectives);
        prerequisites = List.copyOf(prerequisites);
        segments = List.copyOf(segments);
        sections = List.copyOf(sections);
        checkpoints = List.copyOf(checkpoints);
        references = List.copyOf(references);
        problems = List.copyOf(problems);
    }

    /** The ids of the simulations the chapter embeds, in order of appearance. */
    public List<String> simulationIds() {
        return simulationIds(segments);
    }

    static List<String> simulationIds(List<ChapterSegment> segments) {
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
