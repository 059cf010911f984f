package org.learningmechanics.book;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.learningmechanics.book.markdown.BookMarkdown;
import org.learningmechanics.book.markdown.Container;
import org.learningmechanics.book.markdown.RenderContext;
import org.learningmechanics.book.markdown.SimulationDirective;
import org.learningmechanics.sim.runner.SimulationCatalog;

/**
 * Second pass: renders a parsed chapter knowing the whole book — every chapter's anchors, the bibliography and the
 * simulations — so cross-references, citations and embedded simulations are resolved and checked.
 */
final class ChapterRenderer {

    private static final int WORDS_PER_MINUTE = 220;

    private final BookMarkdown markdown;
    private final Map<String, Set<String>> anchors;
    private final Bibliography bibliography;
    private final SimulationCatalog simulations;

    ChapterRenderer(BookMarkdown markdown, Map<String, Set<String>> anchors, Bibliography bibliography,
                    SimulationCatalog simulations) {
        this.markdown = markdown;
        this.anchors = anchors;
        this.bibliography = bibliography;
        this.simulations = simulations;
    }

    Chapter render(ParsedChapter parsed) {
        FrontMatter front = parsed.front();
        Context context = new Context(parsed);
        List<ChapterSegment> segments = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        for (Node node = parsed.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof SimulationDirective directive) {
                flush(prose, segments);
                segments.add(embed(parsed, directive));
            } else if (node instanceof Container container && parsed.checkpoints().containsKey(container)) {
                flush(prose, segments);
                segments.add(checkpoint(parsed.checkpoints().get(container), context));
            } else {
                prose.append(markdown.render(node, context));
            }
        }
        List<Reference> references = context.cited.values().stream().toList();
        prose.append(ReferenceList.html(references));
        flush(prose, segments);
        checkFrontMatterLists(parsed, segments);
        int words = parsed.sections().stream().mapToInt(s -> s.text().split("\\s+").length).sum();
        return new Chapter(front.id(), front.title(), front.strand(), front.order(), front.summary(),
                front.objectives(), front.prerequisites(), Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE),
                segments, parsed.sections(),
                parsed.checkpoints().values().stream().map(CheckpointReader.Read::checkpoint).toList(), references,
                parsed.problems());
    }

    private ChapterSegment embed(ParsedChapter parsed, SimulationDirective directive) {
        String id = directive.simulationId();
        String preset = directive.options().getOrDefault("preset", "");
        var simulation = simulations.find(id);
        if (simulation.isEmpty()) {
            ChapterParser.problem(parsed, directive, "unknown simulation '" + id + "'");
        } else if (!preset.isEmpty() && simulation.get().descriptor().preset(preset).isEmpty()) {
            ChapterParser.problem(parsed, directive, "simulation '" + id + "' has no preset '" + preset + "'");
        }
        return new ChapterSegment.EmbeddedSimulation(id, preset, parsed.lineOf(directive));
    }

    /** The question (without its options), each option, and the answer, rendered apart so the view can place them. */
    private ChapterSegment checkpoint(CheckpointReader.Read read, Context context) {
        StringBuilder question = new StringBuilder();
        for (Node child = read.block().getFirstChild(); child != null && child != read.separator();
             child = child.getNext()) {
            if (child != read.choices() || !(read.checkpoint().spec() instanceof AnswerSpec.Choice)) {
                question.append(markdown.render(child, context));
            }
        }
        List<String> options = new ArrayList<>();
        if (read.checkpoint().spec() instanceof AnswerSpec.Choice) {
            for (Node item = read.choices().getFirstChild(); item != null; item = item.getNext()) {
                options.add(inline(item, context));
            }
        }
        StringBuilder answer = new StringBuilder();
        for (Node child = read.separator() == null ? null : read.separator().getNext(); child != null;
             child = child.getNext()) {
            answer.append(markdown.render(child, context));
        }
        return new ChapterSegment.Checkpoint(read.checkpoint(), question.toString(), options, answer.toString());
    }

    /** A list item's content: inline HTML when it is one paragraph (as options are), else its blocks. */
    private String inline(Node item, Context context) {
        Node from = item.getFirstChild() instanceof Paragraph paragraph && paragraph.getNext() == null
                ? paragraph.getFirstChild() : item.getFirstChild();
        StringBuilder html = new StringBuilder();
        for (Node child = from; child != null; child = child.getNext()) {
            html.append(markdown.render(child, context));
        }
        return html.toString().strip();
    }

    private void checkFrontMatterLists(ParsedChapter parsed, List<ChapterSegment> segments) {
        for (String prerequisite : parsed.front().prerequisites()) {
            if (!anchors.containsKey(prerequisite)) {
                parsed.problems().add(new ChapterProblem(parsed.file(), 2,
                        "prerequisite '" + prerequisite + "' is not a chapter id"));
            }
        }
        List<String> embedded = Chapter.simulationIds(segments).stream().distinct().toList();
        List<String> declared = parsed.front().simulations();
        if (!declared.isEmpty() && !Set.copyOf(declared).equals(Set.copyOf(embedded))) {
            parsed.problems().add(new ChapterProblem(parsed.file(), 2, "the front matter lists simulations "
                    + declared + " but the text embeds " + embedded));
        }
    }

    private static void flush(StringBuilder prose, List<ChapterSegment> segments) {
        if (!prose.isEmpty()) {
            segments.add(new ChapterSegment.Prose("<div class=\"prose\">" + prose + "</div>"));
            prose.setLength(0);
        }
    }

    /** The book as one chapter's renderer sees it; collects the chapter's citations in order of first use. */
    private final class Context implements RenderContext {

        private final ParsedChapter chapter;
        private final Map<String, Reference> cited = new LinkedHashMap<>();

        Context(ParsedChapter chapter) {
            this.chapter = chapter;
        }

        @Override
        public String headingId(Heading heading) {
            return chapter.headingIds().get(heading);
        }

        @Override
        public String hrefInChapter(String fragment) {
            return "chapters/" + chapter.front().id() + (fragment.isEmpty() ? "" : "#" + fragment);
        }

        @Override
        public Optional<String> crossReference(String target) {
            String[] parts = target.split("/", 2);
            if (anchors.containsKey(parts[0])) {
                boolean known = parts.length == 1 || anchors.get(parts[0]).contains(parts[1]);
                return known ? Optional.of("chapters/" + parts[0] + (parts.length == 1 ? "" : "#" + parts[1]))
                        : Optional.empty();
            }
            return anchors.getOrDefault(chapter.front().id(), Set.of()).contains(target)
                    || target.startsWith("eq-") || target.startsWith("checkpoint-")
                    ? Optional.of(hrefInChapter(target)) : Optional.empty();
        }

        @Override
        public Optional<Integer> equationNumber(String label) {
            return Optional.ofNullable(chapter.equations().get(label));
        }

        @Override
        public Optional<String> cite(String key) {
            return bibliography.find(key).map(reference -> {
                cited.putIfAbsent(key, reference);
                return reference.shortCitation();
            });
        }

        @Override
        public void problem(Node at, String message) {
            ChapterParser.problem(chapter, at, message);
        }
    }
}
