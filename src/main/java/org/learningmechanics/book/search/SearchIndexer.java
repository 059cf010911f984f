package org.learningmechanics.book.search;

import java.util.List;
import java.util.Optional;

import org.learningmechanics.book.Chapter;
import org.learningmechanics.book.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code book_section} in step with the chapters: rebuilds it when their fingerprint differs from the one
 * stored with it, and leaves it alone otherwise.
 */
@Service
class SearchIndexer {

    private final JdbcClient jdbc;

    SearchIndexer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Brings the index up to date with these chapters, in one transaction: a search running meanwhile sees either
     * the old sections or the new ones, never a half-built index.
     */
    @Transactional
    public IndexOutcome index(List<Chapter> chapters) {
        String fingerprint = ContentFingerprint.of(chapters);
        // Taken before reading the fingerprint, so that two instances starting at once on one database do not
        // both rebuild: the second waits, then finds the index current.
        jdbc.sql("lock table book_search_fingerprint in share row exclusive mode").update();
        Optional<IndexOutcome> current = jdbc.sql("select sections from book_search_fingerprint where sha256 = ?")
                .param(fingerprint)
                .query(Integer.class)
                .optional()
                .map(sections -> new IndexOutcome(false, sections, fingerprint));
        return current.orElseGet(() -> rebuild(chapters, fingerprint));
    }

    private IndexOutcome rebuild(List<Chapter> chapters, String fingerprint) {
        jdbc.sql("delete from book_section").update();
        int position = 0;
        for (Chapter chapter : chapters) {
            for (Section section : chapter.sections()) {
                insert(chapter, section, position++);
            }
        }
        jdbc.sql("""
                        insert into book_search_fingerprint (sha256, sections) values (?, ?)
                        on conflict (singleton) do update
                            set sha256 = excluded.sha256, sections = excluded.sections, indexed_at = now()""")
                .params(fingerprint, position)
                .update();
        return new IndexOutcome(true, position, fingerprint);
    }

    /** One statement per section: a book has a few hundred, and this runs only when the text changed. */
    private void insert(Chapter chapter, Section section, int position) {
        jdbc.sql("""
                        insert into book_section
                            (chapter_id, section_id, chapter_title, section_title, body, position)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(chapter.id(), section.id(), SnippetHtml.indexable(chapter.title()),
                        SnippetHtml.indexable(section.title()), SnippetHtml.indexable(section.text()), position)
                .update();
    }
}
