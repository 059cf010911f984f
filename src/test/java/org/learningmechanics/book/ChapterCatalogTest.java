package org.learningmechanics.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.batch.NoisyQuadratic;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.transfer.MupTransfer;

/** The real book, as shipped: it must have no problems at all. */
class ChapterCatalogTest {

    private final ChapterCatalog book = new ChapterCatalog(new SimulationCatalog(List.of(new DeepLinearNetwork(),
            new MupTransfer(), new NoisyQuadratic())));

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
}
