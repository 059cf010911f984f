package org.learningmechanics.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.learningmechanics.sim.ntk.NtkWidth;
import org.learningmechanics.sim.proportional.DoubleDescent;
import org.learningmechanics.sim.runner.SimulationCatalog;

/** The real book, as shipped: it must have no problems at all. */
class ChapterCatalogTest {

    private final ChapterCatalog book = new ChapterCatalog(new SimulationCatalog(List.of(new DeepLinearNetwork(),
            new NtkWidth(), new DoubleDescent())));

    @Test
    void theBookHasNoProblems() {
        assertThat(book.problems()).as("problems in chapters/").isEmpty();
        assertThat(book.all()).isNotEmpty();
    }

    @Test
    void theDeepLinearChapterEmbedsItsSimulationAndCitesItsSources() {
        Chapter chapter = book.find("deep-linear-networks").orElseThrow();
        assertThat(chapter.strand()).isEqualTo("1");
        assertThat(chapter.simulationIds()).containsExactly("deep-linear");
        assertThat(chapter.references()).extracting(Reference::key).contains("saxe2014", "simon2026");
        assertThat(chapter.checkpoints()).isNotEmpty();
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
