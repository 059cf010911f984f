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
    void theSolvableSettingsChapterEmbedsItsSimulationsAndCitesItsSources() {
        Chapter chapter = book.find("deep-linear-networks").orElseThrow();
        assertThat(chapter.strand()).isEqualTo("1");
        assertThat(chapter.simulationIds()).containsExactly("deep-linear", "kernel-eigenlearning");
        assertThat(chapter.references()).extracting(Reference::key).contains("saxe2014", "simon2026", "bordelon2020", "simon2023");
        assertThat(chapter.checkpoints()).hasSizeGreaterThanOrEqualTo(3);
        String prose = ((ChapterSegment.Prose) chapter.segments().getFirst()).html();
        assertThat(prose).contains("<lm-math").doesNotContain("$$");
    }
}
