package org.learningmechanics.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.Node;
import org.learningmechanics.book.markdown.BookMarkdown;
import org.learningmechanics.book.markdown.SimulationDirective;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Turns a chapter's source (YAML front matter between {@code ---} lines, then Markdown) into a {@link Chapter}.
 * Consecutive Markdown blocks become one prose segment; each simulation directive becomes its own segment.
 */
final class ChapterParser {

    private static final Set<String> STRANDS = Set.of("1", "2", "3", "4", "5", "intro", "outlook");

    private final BookMarkdown markdown = new BookMarkdown();

    Chapter parse(String fileName, String source) {
        String text = source.replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            throw new ChapterFormatException(fileName + ": must start with front matter between '---' lines");
        }
        int end = text.indexOf("\n---\n", 4);
        if (end < 0) {
            throw new ChapterFormatException(fileName + ": the front matter has no closing '---' line");
        }
        Map<String, Object> front = frontMatter(fileName, text.substring(4, end));
        String id = required(fileName, front, "id");
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new ChapterFormatException(fileName + ": id '" + id + "' must be lower-case words joined by '-'");
        }
        String strand = required(fileName, front, "strand");
        if (!STRANDS.contains(strand)) {
            throw new ChapterFormatException(fileName + ": strand must be 1–5, intro or outlook, not '" + strand + "'");
        }
        int order;
        try {
            order = Integer.parseInt(required(fileName, front, "order"));
        } catch (NumberFormatException e) {
            throw new ChapterFormatException(fileName + ": order must be a whole number");
        }
        String summary = front.containsKey("summary") ? String.valueOf(front.get("summary")).strip() : "";
        Node document = markdown.parse(text.substring(end + 5));
        List<Section> sections = SectionExtractor.sections(document);
        List<ChapterSegment> segments = segments(document);
        return new Chapter(id, required(fileName, front, "title"), strand, order, summary, segments, sections);
    }

    private static Map<String, Object> frontMatter(String fileName, String yaml) {
        Object loaded;
        try {
            loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (RuntimeException e) {
            throw new ChapterFormatException(fileName + ": the front matter is not valid YAML (" + e.getMessage() + ")");
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new ChapterFormatException(fileName + ": the front matter must be a YAML mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> front = (Map<String, Object>) map;
        return front;
    }

    private static String required(String fileName, Map<String, Object> front, String key) {
        Object value = front.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new ChapterFormatException(fileName + ": the front matter needs '" + key + "'");
        }
        return String.valueOf(value).strip();
    }

    private List<ChapterSegment> segments(Node document) {
        List<ChapterSegment> segments = new ArrayList<>();
        StringBuilder prose = new StringBuilder();
        Node node = document.getFirstChild();
        while (node != null) {
            Node next = node.getNext();
            if (node instanceof SimulationDirective directive) {
                flush(prose, segments);
                segments.add(new ChapterSegment.EmbeddedSimulation(directive.simulationId(),
                        directive.options().getOrDefault("preset", "")));
            } else {
                prose.append(markdown.render(node));
            }
            node = next;
        }
        flush(prose, segments);
        return segments;
    }

    private static void flush(StringBuilder prose, List<ChapterSegment> segments) {
        if (!prose.isEmpty()) {
            segments.add(new ChapterSegment.Prose("<div class=\"prose\">" + prose + "</div>"));
            prose.setLength(0);
        }
    }
}
