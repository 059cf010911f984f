package org.learningmechanics.book.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.book.ChapterCatalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The index follows the chapters: rebuilt when their text changed, untouched when it did not. */
@SpringBootTest
class SearchIndexerTest {

    @Autowired
    SearchIndexer indexer;

    @Autowired
    ChapterCatalog chapters;

    @Autowired
    BookSearch search;

    @Autowired
    JdbcClient jdbc;

    /** Other tests share this database: leave it indexed from the real chapters. */
    @AfterEach
    void restoreTheBook() {
        indexer.index(book());
    }

    @Test
    void startUpIndexedEverySectionOfEveryChapter() {
        int sections = chapters.all().stream().mapToInt(c -> c.sections().size()).sum();

        assertThat(jdbc.sql("select count(*) from book_section").query(Integer.class).single()).isEqualTo(sections);
        assertThat(jdbc.sql("select sha256 from book_search_fingerprint").query(String.class).single())
                .isEqualTo(ContentFingerprint.of(book()));
    }

    @Test
    void indexingUnchangedChaptersAgainRewritesNothing() {
        String before = rowVersions();

        IndexOutcome outcome = indexer.index(book());

        assertThat(outcome.rebuilt()).isFalse();
        assertThat(outcome.sections()).isEqualTo(book().size());
        assertThat(rowVersions()).isEqualTo(before);
    }

    @Test
    void changedChaptersReplaceEveryRow() {
        List<IndexedSection> changed = List.of(
                new IndexedSection("changed", "A changed book", "", "", "The logistic map, not the equation."),
                new IndexedSection("changed", "A changed book", "markup", "Markup",
                        "<script>alert('x')</script> Logistic slopes obey a < b & <b>curves</b> bend."));

        IndexOutcome outcome = indexer.index(changed);

        assertThat(outcome.rebuilt()).isTrue();
        assertThat(outcome.sections()).isEqualTo(2);
        assertThat(search.search("logistic", 10)).extracting(SearchHit::href)
                .containsExactly("chapters/changed", "chapters/changed#markup");
        // PostgreSQL's parser drops what looks like a tag from the passage; what is left must still be escaped
        String snippet = search.search("slopes curves", 10).getFirst().snippetHtml();
        assertThat(snippet).contains("<mark>slopes</mark> obey a &lt; b &amp;", "<mark>curves</mark>")
                .doesNotContain("<script", "<b>");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        assertThat(search.search("whitened", 10)).isEmpty();
    }

    @Test
    void aChangeInAnySectionOrItsPlaceChangesTheFingerprint() {
        List<IndexedSection> edited = new ArrayList<>(book());
        IndexedSection last = edited.removeLast();
        edited.add(new IndexedSection(last.chapterId(), last.chapterTitle(), last.sectionId(), last.sectionTitle(),
                last.text() + " One more sentence."));
        List<IndexedSection> reordered = new ArrayList<>(book());
        reordered.addFirst(reordered.removeLast());

        String original = ContentFingerprint.of(book());
        assertThat(ContentFingerprint.of(List.copyOf(book()))).isEqualTo(original);
        assertThat(ContentFingerprint.of(edited)).isNotEqualTo(original);
        assertThat(ContentFingerprint.of(reordered)).isNotEqualTo(original);
    }

    private List<IndexedSection> book() {
        return IndexedSection.of(chapters.all());
    }

    /** PostgreSQL gives a row a new xmin whenever it is written, so equal xmins mean untouched rows. */
    private String rowVersions() {
        return jdbc.sql("select string_agg(xmin::text, ',' order by position) from book_section")
                .query(String.class).single();
    }
}
