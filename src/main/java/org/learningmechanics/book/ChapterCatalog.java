package org.learningmechanics.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.learningmechanics.sim.runner.SimulationCatalog;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The book's chapters, read once at start-up from {@code chapters/*.md} on the classpath and checked: a chapter that
 * is malformed, repeats another's id, or embeds an unknown simulation stops the application with a message naming
 * the file, so an author sees the mistake before a reader does.
 */
@Service
public class ChapterCatalog {

    private final List<Chapter> chapters;

    public ChapterCatalog(SimulationCatalog simulations) {
        this.chapters = load(simulations);
    }

    public List<Chapter> all() {
        return chapters;
    }

    public Optional<Chapter> find(String id) {
        return chapters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static List<Chapter> load(SimulationCatalog simulations) {
        ChapterParser parser = new ChapterParser();
        List<Chapter> loaded = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:chapters/*.md")) {
                String name = resource.getFilename();
                Chapter chapter = parser.parse(name, resource.getContentAsString(StandardCharsets.UTF_8));
                if (!ids.add(chapter.id())) {
                    throw new ChapterFormatException(name + ": another chapter already has id '" + chapter.id() + "'");
                }
                checkEmbeds(name, chapter, simulations);
                loaded.add(chapter);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the chapters", e);
        }
        loaded.sort(Comparator.comparingInt(Chapter::order).thenComparing(Chapter::id));
        return List.copyOf(loaded);
    }

    private static void checkEmbeds(String file, Chapter chapter, SimulationCatalog simulations) {
        for (ChapterSegment segment : chapter.segments()) {
            if (segment instanceof ChapterSegment.EmbeddedSimulation embedded) {
                var simulation = simulations.find(embedded.simulationId()).orElseThrow(() -> new ChapterFormatException(
                        file + ": embeds unknown simulation '" + embedded.simulationId() + "'"));
                if (!embedded.preset().isEmpty() && simulation.descriptor().preset(embedded.preset()).isEmpty()) {
                    throw new ChapterFormatException(file + ": simulation '" + embedded.simulationId()
                            + "' has no preset '" + embedded.preset() + "'");
                }
            }
        }
    }
}
