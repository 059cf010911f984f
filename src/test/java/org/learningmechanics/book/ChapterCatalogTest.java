package org.learningmechanics.book;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.runner.SimulationCatalog;

class ChapterCatalogTest {

    @Test
    void theBookLoadsAndEveryEmbeddedSimulationExists() {
        ChapterCatalog catalog = new ChapterCatalog(new SimulationCatalog(java.util.List.of(new org.learningmechanics.sim.linear.DeepLinearNetwork())));
        assertThat(catalog.all()).isNotEmpty();
        Chapter chapter = catalog.find("deep-linear-networks").orElseThrow();
        assertThat(chapter.strand()).isEqualTo("1");
        assertThat(chapter.simulationIds()).containsExactly("deep-linear");
        String prose = ((ChapterSegment.Prose) chapter.segments().getFirst()).html();
        assertThat(prose).contains("<lm-math").doesNotContain("$$");
    }
}
