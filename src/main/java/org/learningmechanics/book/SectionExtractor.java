package org.learningmechanics.book;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.learningmechanics.book.markdown.BookMarkdown;

/** Gives every heading of a chapter its anchor, and cuts the chapter into sections at its level-2 and -3 headings. */
final class SectionExtractor {

    private SectionExtractor() {
    }

    /** Anchors from the heading text ("Decoupling into modes" → "decoupling-into-modes"), unique in the chapter. */
    static Map<Heading, String> headingIds(Node document) {
        IdGenerator generator = IdGenerator.builder().build();
        Map<Heading, String> ids = new IdentityHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                ids.put(heading, generator.generateId(BookMarkdown.plainText(heading).strip()));
            }
        });
        return ids;
    }

    static List<Section> sections(Node document, Map<Heading, String> ids) {
        List<Section> sections = new ArrayList<>();
        String id = "";
        String title = "";
        int level = 1;
        StringBuilder text = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() <= 3) {
                addIfNotEmpty(sections, id, title, level, text);
                title = BookMarkdown.plainText(heading).strip();
                id = ids.get(heading);
                level = heading.getLevel();
                text.setLength(0);
            } else {
                text.append(BookMarkdown.plainText(node)).append('\n');
            }
        }
        addIfNotEmpty(sections, id, title, level, text);
        return sections;
    }

    private static void addIfNotEmpty(List<Section> sections, String id, String title, int level, CharSequence text) {
        if (!title.isEmpty() || !text.toString().isBlank()) {
            sections.add(new Section(id, title, level, text.toString().strip()));
        }
    }
}
