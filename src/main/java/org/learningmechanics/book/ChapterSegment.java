package org.learningmechanics.book;

import java.util.List;

/** A piece of a chapter's body: rendered prose, a place where a live simulation sits, or a checkpoint question. */
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

    /**
     * A "predict, then run" question, its parts rendered like prose (math, citations, cross-references).
     *
     * @param optionsHtml the options of a multiple-choice question, in order (inline HTML); empty otherwise
     */
    record Checkpoint(org.learningmechanics.book.Checkpoint checkpoint, String questionHtml, List<String> optionsHtml,
                      String answerHtml) implements ChapterSegment {

        public Checkpoint {
            optionsHtml = List.copyOf(optionsHtml);
        }
    }
}
