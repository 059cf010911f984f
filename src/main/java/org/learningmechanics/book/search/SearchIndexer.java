package org.learningmechanics.book.search;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code book_section} in step with the chapters' sections: rebuilds it when their fingerprint differs from
 * the one stored with it, and leaves it alone otherwise.
 */
@Service
class SearchIndexer {

    private final JdbcClient jdbc;

    SearchIndexer(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Brings the index up to date with these sections, in one transaction: a search running meanwhile sees either
     * the old sections or the new ones, never a half-built index.
     */
    @Transactional
    public IndexOutcome index(List<IndexedSection> sections) {
        String fingerprint = ContentFingerprint.of(sections);
        // Taken before reading the fingerprint, so that two instances starting at once on one database do not
        // both rebuild: the second waits, then finds the index current.
        jdbc.sql("lock table book_search_fingerprint in share row exclusive mode").update();
        Optional<IndexOutcome> current = jdbc.sql("select sections from book_search_fingerprint where sha256 = ?")
                .param(fingerprint)
                .query(Integer.class)
                .optional()
                .map(count -> new IndexOutcome(false, count, fingerprint));
        return current.orElseGet(() -> rebuild(sections, fingerprint));
    }

    private IndexOutcome rebuild(List<IndexedSection> sections, String fingerprint) {
        jdbc.sql("delete from book_section").update();
        for (int position = 0; position < sections.size(); position++) {
            insert(sections.get(position), position);
        }
        jdbc.sql("""
                        insert into book_search_fingerprint (sha256, sections) values (?, ?)
                        on conflict (singleton) do update
                            set sha256 = excluded.sha256, sections = excluded.sections, indexed_at = now()""")
                .params(fingerprint, sections.size())
                .update();
        return new IndexOutcome(true, sections.size(), fingerprint);
    }

    /** One statement per section: a book has a few hundred, and this runs only when the text changed. */
    private void insert(IndexedSection section, int position) {
        jdbc.sql("""
                        insert into book_section
                            (chapter_id, section_id, chapter_title, section_title, body, position)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(section.chapterId(), section.sectionId(), SnippetHtml.indexable(section.chapterTitle()),
                        SnippetHtml.indexable(section.sectionTitle()), SnippetHtml.indexable(section.text()), position)
                .update();
    }
}
