package org.learningmechanics.book;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.runner.Simulations;

/** The real book, as shipped: it must have no problems at all. */
class ChapterCatalogTest {

    private final ChapterCatalog book = new ChapterCatalog(new SimulationCatalog(Simulations.ofTheBook()));

    @Test
    void theBookHasNoProblems() {
        assertThat(book.problems()).as("problems in chapters/").isEmpty();
        assertThat(book.all()).isNotEmpty();
    }

    @Test
    void checkpointsWithADefiniteAnswerAreJudgedAndTheOthersLeftOpen() {
        assertThat(book.all()).flatMap(Chapter::checkpoints)
                .extracting(c -> c.id() + ": " + c.spec().getClass().getSimpleName())
                .containsSubsequence("which-strand: Choice", "bound-or-prediction: Open", "predict-mode-two: Numeric",
                        "hundredfold-smaller: Numeric", "learnability-budget: Open", "eight-samples: Choice",
                        "which-assumption: Open");
        Checkpoint modeTwo = book.find("what-is-learning-mechanics").orElseThrow().checkpoints().get(2);
        assertThat(modeTwo.grade("2.44").correct()).as("ln(1499)/3").isTrue();
        assertThat(modeTwo.grade("3.97").correct()).as("the half-time before the change").isFalse();
    }

    @Test
    void theSolvableSettingsChapterEmbedsItsSimulationsAndCitesItsSources() {
        Chapter chapter = book.find("deep-linear-networks").orElseThrow();
        assertThat(chapter.strand()).isEqualTo("1");
        assertThat(chapter.simulationIds()).containsExactly("deep-linear", "kernel-eigenlearning");
        assertThat(chapter.references()).extracting(Reference::key).contains("saxe2014", "simon2026", "bordelon2020", "simon2023");
        assertThat(chapter.checkpoints()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(chapter.checkpoints().getFirst().spec())
                .isEqualTo(new AnswerSpec.Numeric(0.77, 0.05, false, "time units"));
        String prose = ((ChapterSegment.Prose) chapter.segments().getFirst()).html();
        assertThat(prose).contains("<lm-math").doesNotContain("$$");
    }

    @Test
    void theTractableLimitsChapterEmbedsBothSimulationsAndCitesItsSources() {
        Chapter chapter = book.find("tractable-limits").orElseThrow();
        assertThat(chapter.strand()).isEqualTo("2");
        assertThat(chapter.simulationIds()).containsExactly("ntk-width", "double-descent");
        assertThat(chapter.references()).extracting(Reference::key)
                .contains("jacot2018", "chizat2019", "hastie2022", "simon2026");
        assertThat(chapter.checkpoints()).hasSizeGreaterThanOrEqualTo(3);
        chapter.segments().stream().filter(ChapterSegment.Prose.class::isInstance)
                .map(segment -> ((ChapterSegment.Prose) segment).html())
                .forEach(html -> assertThat(html).doesNotContain("$$").doesNotContain("[@"));
    }
}
