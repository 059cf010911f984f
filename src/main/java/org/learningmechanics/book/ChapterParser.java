package org.learningmechanics.book;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Node;
import org.learningmechanics.book.markdown.BookMarkdown;
import org.learningmechanics.book.markdown.Container;
import org.learningmechanics.book.markdown.MathBlock;

/**
 * First pass over a chapter's source (YAML front matter between {@code ---} lines, then the book's Markdown):
 * reads and checks what can be checked within the chapter alone, and collects what other chapters may refer to.
 */
final class ChapterParser {

    private final BookMarkdown markdown;

    ChapterParser(BookMarkdown markdown) {
        this.markdown = markdown;
    }

    ParsedChapter parse(String file, String source) {
        List<ChapterProblem> problems = new ArrayList<>();
        String text = source.replace("\r\n", "\n");
        String yaml = "";
        int bodyStart = 0;
        int bodyLine = 1;
        if (!text.startsWith("---\n")) {
            problems.add(new ChapterProblem(file, 1, "a chapter must start with its front matter between '---' lines"));
        } else {
            int end = text.indexOf("\n---\n", 3);
            if (end < 0) {
                problems.add(new ChapterProblem(file, 1, "the front matter has no closing '---' line"));
            } else {
                yaml = text.substring(4, end + 1);
                bodyStart = end + 5;
                bodyLine = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1;
            }
        }
        FrontMatter front = FrontMatter.parse(file, yaml, 2, problems);
        Node document = markdown.parse(text.substring(bodyStart));
        var headingIds = SectionExtractor.headingIds(document);
        ParsedChapter parsed = new ParsedChapter(file, front, document, bodyLine, headingIds, new ArrayList<>(),
                new LinkedHashMap<>(), new LinkedHashMap<>(), problems);
        numberEquations(parsed);
        collectCheckpoints(parsed);
        // After the checkpoints, whose options lose their [ ]/[x] markers: search must not give the answers away.
        parsed.sections().addAll(SectionExtractor.sections(document, headingIds));
        return parsed;
    }

    private static void numberEquations(ParsedChapter chapter) {
        chapter.document().accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof MathBlock math && !math.label().isEmpty()) {
                    if (chapter.equations().containsKey(math.label())) {
                        problem(chapter, math, "two equations are labelled {#" + math.label() + "}");
                    } else {
                        chapter.equations().put(math.label(), chapter.equations().size() + 1);
                    }
                }
                visitChildren(block);
            }
        });
    }

    private static void collectCheckpoints(ParsedChapter chapter) {
        Set<String> ids = new HashSet<>();
        for (Node node = chapter.document().getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Container container && container.isCheckpoint()) {
                String id = container.options().getOrDefault("id", "");
                if (!id.isEmpty() && !ids.add(id)) {
                    problem(chapter, container, "two checkpoints have the id '" + id + "'");
                }
                chapter.checkpoints().put(container, CheckpointReader.read(chapter, container));
            }
        }
    }

    static void problem(ParsedChapter chapter, Node at, String message) {
        chapter.problems().add(new ChapterProblem(chapter.file(), chapter.lineOf(at), message));
    }

    /** The sections and anchors every chapter exposes to cross-references, by chapter id. */
    static Map<String, Set<String>> anchors(List<ParsedChapter> chapters) {
        Map<String, Set<String>> anchors = new LinkedHashMap<>();
        for (ParsedChapter chapter : chapters) {
            Set<String> ids = new HashSet<>(chapter.headingIds().values());
            ids.add("references");
            anchors.put(chapter.front().id(), ids);
        }
        return anchors;
    }
}
