package org.learningmechanics.book;

/** A piece of a chapter's body: rendered prose, or a place where a live simulation sits. */
public sealed interface ChapterSegment {

    /** Rendered HTML with a single root element. */
    record Prose(String html) implements ChapterSegment {
    }

    /**
     * A live simulation; {@code preset} is empty when the simulation starts from its defaults.
     *
     * @param line where the directive stands in the chapter's source
     */
    record EmbeddedSimulation(String simulationId, String preset, int line) implements ChapterSegment {
    }
}
