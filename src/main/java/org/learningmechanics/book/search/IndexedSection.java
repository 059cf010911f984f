package org.learningmechanics.book.search;

import java.util.List;

import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.Section;

/**
 * One row of the search index: a section with the chapter it belongs to. The index holds the book's sections in
 * reading order, and nothing else of a chapter.
 */
record IndexedSection(String chapterId, String chapterTitle, String sectionId, String sectionTitle, String text) {

    /** Every section of the chapters, in the order a reader meets them. */
    static List<IndexedSection> of(List<Chapter> chapters) {
        return chapters.stream()
                .flatMap(chapter -> chapter.sections().stream().map(section -> of(chapter, section)))
                .toList();
    }

    private static IndexedSection of(Chapter chapter, Section section) {
        return new IndexedSection(chapter.id(), chapter.title(), section.id(), section.title(), section.text());
    }
}
