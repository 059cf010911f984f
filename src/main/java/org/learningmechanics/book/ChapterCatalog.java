package org.learningmechanics.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.learningmechanics.book.markdown.BookMarkdown;
import org.learningmechanics.sim.SimulationDescriptor;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * The book: every chapter of {@code chapters/*.md} on the classpath, with {@code chapters/references.bib}, read
 * once at start-up in two passes (each chapter alone, then cross-references between them) and checked. Problems —
 * broken front matter, unknown simulations, presets, citations or cross-references, duplicate ids — are logged
 * with file and line and shown on the chapter's page; the application still starts so an author can see them,
 * and the test suite fails on any of them.
 */
@Service
public class ChapterCatalog {

    private static final Logger log = LoggerFactory.getLogger(ChapterCatalog.class);

    private final List<Chapter> chapters;
    private final List<ChapterProblem> problems;

    @Autowired
    public ChapterCatalog(SimulationCatalog simulations) {
        this(readSources(), simulations);
    }

    /** A catalogue of the given sources (file name → text, plus "references.bib"): for tests. */
    ChapterCatalog(Map<String, String> sources, SimulationCatalog simulations) {
        List<ChapterProblem> bookProblems = new ArrayList<>();
        Bibliography bibliography = bibliography(sources, bookProblems);
        BookMarkdown markdown = new BookMarkdown();
        ChapterParser parser = new ChapterParser(markdown);
        List<ParsedChapter> parsed = sources.entrySet().stream()
                .filter(e -> e.getKey().endsWith(".md"))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> parser.parse(e.getKey(), e.getValue()))
                .toList();
        checkUniqueIds(parsed, bookProblems);
        ChapterRenderer renderer = new ChapterRenderer(markdown, ChapterParser.anchors(parsed), bibliography,
                simulations);
        this.chapters = parsed.stream().map(renderer::render)
                .sorted(Comparator.comparingInt(Chapter::order).thenComparing(Chapter::id)).toList();
        List<ChapterProblem> all = new ArrayList<>(bookProblems);
        chapters.forEach(c -> all.addAll(c.problems()));
        this.problems = List.copyOf(all);
        problems.forEach(p -> log.error("Chapter problem: {}", p));
    }

    public List<Chapter> all() {
        return chapters;
    }

    public Optional<Chapter> find(String id) {
        return chapters.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The chapter that teaches a simulation: one of its own strand that embeds it, else the first that does. */
    public Optional<Chapter> home(SimulationDescriptor simulation) {
        var embedding = chapters.stream().filter(c -> c.simulationIds().contains(simulation.id())).toList();
        return embedding.stream().filter(c -> c.strand().equals(String.valueOf(simulation.strand()))).findFirst()
                .or(() -> embedding.stream().findFirst());
    }

    /** Every problem in the book's sources; empty when the book is fit to publish. */
    public List<ChapterProblem> problems() {
        return problems;
    }

    /** The chapter before and after this one in reading order. */
    public Optional<Chapter> previous(Chapter chapter) {
        int index = chapters.indexOf(chapter);
        return index > 0 ? Optional.of(chapters.get(index - 1)) : Optional.empty();
    }

    public Optional<Chapter> next(Chapter chapter) {
        int index = chapters.indexOf(chapter);
        return index >= 0 && index < chapters.size() - 1 ? Optional.of(chapters.get(index + 1)) : Optional.empty();
    }

    private static Bibliography bibliography(Map<String, String> sources, List<ChapterProblem> problems) {
        String bibtex = sources.get("references.bib");
        if (bibtex == null) {
            return Bibliography.empty();
        }
        try {
            return Bibliography.parse(bibtex);
        } catch (ChapterFormatException e) {
            problems.add(new ChapterProblem("references.bib", 1, e.getMessage()));
            return Bibliography.empty();
        }
    }

    private static void checkUniqueIds(List<ParsedChapter> parsed, List<ChapterProblem> problems) {
        Map<String, String> seen = new HashMap<>();
        for (ParsedChapter chapter : parsed) {
            String other = seen.putIfAbsent(chapter.front().id(), chapter.file());
            if (other != null) {
                problems.add(new ChapterProblem(chapter.file(), 2, "the id '" + chapter.front().id()
                        + "' is already used by " + other));
            }
        }
    }

    private static Map<String, String> readSources() {
        Map<String, String> sources = new HashMap<>();
        try {
            var resolver = new PathMatchingResourcePatternResolver();
            for (Resource resource : resolver.getResources("classpath*:chapters/*")) {
                String name = resource.getFilename();
                if (name != null && (name.endsWith(".md") || name.equals("references.bib"))) {
                    sources.put(name, resource.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the chapters", e);
        }
        return sources;
    }
}
