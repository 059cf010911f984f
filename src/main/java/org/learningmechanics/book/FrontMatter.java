package org.learningmechanics.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A chapter's YAML front matter, checked. Whatever is wrong becomes a problem with its line; fields that cannot be
 * read fall back to something showable (the file name for the id and title) so the chapter page can show the
 * problems instead of vanishing.
 */
record FrontMatter(String id, String title, String strand, int order, String summary, List<String> objectives,
                   List<String> prerequisites, List<String> simulations) {

    private static final Set<String> STRANDS = Set.of("1", "2", "3", "4", "5", "intro", "outlook");
    private static final Set<String> KEYS = Set.of("id", "title", "strand", "order", "summary", "objectives",
            "prerequisites", "simulations");

    /** @param firstLine the line of the source where the YAML starts (for messages) */
    static FrontMatter parse(String file, String yaml, int firstLine, List<ChapterProblem> problems) {
        Map<String, Object> map = load(file, yaml, firstLine, problems);
        Reader in = new Reader(file, map, yaml, firstLine, problems);
        for (String key : map.keySet()) {
            if (!KEYS.contains(key)) {
                in.problem(key, "unknown front-matter key '" + key + "' (known: " + String.join(", ", KEYS.stream()
                        .sorted().toList()) + ")");
            }
        }
        String fallback = file.replaceFirst("\\.md$", "");
        String id = in.text("id", fallback);
        if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            in.problem("id", "id '" + id + "' must be lower-case words joined by '-'");
            id = fallback;
        }
        String strand = in.text("strand", "intro");
        if (!STRANDS.contains(strand)) {
            in.problem("strand", "strand must be 1–5, intro or outlook, not '" + strand + "'");
        }
        int order = 0;
        try {
            order = Integer.parseInt(in.text("order", "0"));
        } catch (NumberFormatException e) {
            in.problem("order", "order must be a whole number");
        }
        return new FrontMatter(id, in.text("title", fallback), strand, order, in.optional("summary"),
                in.list("objectives"), in.list("prerequisites"), in.list("simulations"));
    }

    private static Map<String, Object> load(String file, String yaml, int firstLine, List<ChapterProblem> problems) {
        try {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
            if (loaded instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> front = (Map<String, Object>) map;
                return front;
            }
            problems.add(new ChapterProblem(file, firstLine, "the front matter must be a YAML mapping of keys"));
        } catch (MarkedYAMLException e) {
            int line = firstLine + (e.getProblemMark() == null ? 0 : e.getProblemMark().getLine());
            problems.add(new ChapterProblem(file, line, "the front matter is not valid YAML: " + e.getProblem()));
        } catch (RuntimeException e) {
            problems.add(new ChapterProblem(file, firstLine, "the front matter is not valid YAML: " + e.getMessage()));
        }
        return Map.of();
    }

    /** Reads fields, reporting each problem at the line of its key. */
    private record Reader(String file, Map<String, Object> map, String yaml, int firstLine,
                          List<ChapterProblem> problems) {

        String text(String key, String fallback) {
            Object value = map.get(key);
            if (value == null || String.valueOf(value).isBlank()) {
                problems.add(new ChapterProblem(file, firstLine, "the front matter needs '" + key + "'"));
                return fallback;
            }
            return String.valueOf(value).strip();
        }

        String optional(String key) {
            Object value = map.get(key);
            return value == null ? "" : String.valueOf(value).strip();
        }

        List<String> list(String key) {
            Object value = map.get(key);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> items)) {
                problem(key, "'" + key + "' must be a list (one '- item' per line)");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            items.forEach(item -> out.add(String.valueOf(item).strip()));
            return out;
        }

        void problem(String key, String message) {
            problems.add(new ChapterProblem(file, lineOf(key), message));
        }

        private int lineOf(String key) {
            String[] lines = yaml.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith(key + ":")) {
                    return firstLine + i;
                }
            }
            return firstLine;
        }
    }
}
