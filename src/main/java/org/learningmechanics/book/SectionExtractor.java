package org.learningmechanics.book;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.learningmechanics.book.markdown.BookMarkdown;

/** Cuts a chapter's document into sections at its level-2 and level-3 headings. */
final class SectionExtractor {

    private SectionExtractor() {
    }

    static List<Section> sections(Node document) {
        IdGenerator ids = IdGenerator.builder().build();
        List<Section> sections = new ArrayList<>();
        String id = "";
        String title = "";
        int level = 1;
        StringBuilder text = new StringBuilder();
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() <= 3) {
                addIfNotEmpty(sections, id, title, level, text);
                title = BookMarkdown.plainText(heading).strip();
                id = ids.generateId(title);
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
