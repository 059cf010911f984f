package org.learningmechanics.book.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Searching the indexed chapters in the real PostgreSQL: ranking, query syntax, and input that must not hurt. */
@SpringBootTest
class BookSearchTest {

    @Autowired
    BookSearch search;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWordFromOneSectionFindsThatSectionFirstWithTheWordMarked() {
        List<SearchHit> hits = search.search("logistic", 10);

        assertThat(hits).isNotEmpty();
        SearchHit first = hits.getFirst();
        assertThat(first.chapterId()).isEqualTo("deep-linear-networks");
        assertThat(first.chapterTitle()).isEqualTo("Solvable settings: deep linear networks and kernel regression");
        assertThat(first.sectionId()).isEqualTo("decoupling-into-modes");
        assertThat(first.sectionTitle()).isEqualTo("Decoupling into modes");
        assertThat(first.snippetHtml()).contains("is the <mark>logistic</mark> equation");
        assertThat(first.href()).isEqualTo("chapters/deep-linear-networks#decoupling-into-modes");
        assertThat(hits).extracting(SearchHit::rank).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void theSectionThatUsesAWordMostRanksFirstAndOtherFormsOfTheWordMatch() {
        List<SearchHit> hits = search.search("whitened", 10);

        assertThat(hits).extracting(SearchHit::sectionId)
                .startsWith("the-setting").contains("where-the-theory-holds-and-where-it-breaks");
        assertThat(hits.getFirst().snippetHtml()).contains("<mark>whitened</mark>");
        assertThat(search.search("whitening", 10)).extracting(SearchHit::sectionId).startsWith("the-setting");
    }

    @Test
    void aQuotedPhraseMatchesOnlyWhereItsWordsStandTogether() {
        assertThat(search.search("aligned balanced", 10)).extracting(SearchHit::sectionId)
                .containsExactlyInAnyOrder("decoupling-into-modes", "where-the-theory-holds-and-where-it-breaks");

        List<SearchHit> phrase = search.search("\"aligned and balanced\"", 10);
        assertThat(phrase).extracting(SearchHit::sectionId).containsExactly("decoupling-into-modes");
        assertThat(phrase.getFirst().snippetHtml()).contains("<mark>aligned</mark> and <mark>balanced</mark>");
    }

    @Test
    void aMinusLeavesOutTheSectionsThatUseAWord() {
        // "For D > 2 the exponent …" follows "this is the logistic equation again" in the section on depth
        assertThat(search.search("logistic", 10)).extracting(SearchHit::sectionId).contains("depth");
        assertThat(search.search("logistic -exponent", 10)).extracting(SearchHit::sectionId)
                .containsExactly("decoupling-into-modes");
    }

    @Test
    void aWordThatAppearsNowhereFindsNothing() {
        assertThat(search.search("quasicrystal", 10)).isEmpty();
    }

    @Test
    void blankQueriesAndQueriesOfOnlyCommonWordsFindNothing() {
        assertThat(search.search(null, 10)).isEmpty();
        assertThat(search.search("", 10)).isEmpty();
        assertThat(search.search(" \t\n ", 10)).isEmpty();
        assertThat(search.search("the and of", 10)).isEmpty();
    }

    @Test
    void hostileInputIsOnlyEverSearchedForAsWords() {
        long sections = jdbc.sql("select count(*) from book_section").query(Long.class).single();

        assertThat(search.search("'); drop table book_section; --", 10)).isEmpty();
        assertThat(search.search("<script>alert(1)</script>", 10)).isEmpty();
        assertThat(search.search("x".repeat(10_000), 10)).isEmpty();
        assertThat(search.search("logistic ".repeat(2_000), 10)).isNotEmpty();
        assertThat(search.search("\0logistic\uD800", 10)).extracting(SearchHit::sectionId)
                .startsWith("decoupling-into-modes");
        assertThat(search.search("!!! & | <-> :* ( ) \\", 10)).isEmpty();

        assertThat(jdbc.sql("select count(*) from book_section").query(Long.class).single()).isEqualTo(sections);
    }

    @Test
    void markupInTheChapterTextIsEscapedInSnippets() {
        // "For D > 2 the exponent …" in the section on depth
        SearchHit hit = search.search("exponent exceeds", 10).getFirst();

        assertThat(hit.sectionId()).isEqualTo("depth");
        assertThat(hit.snippetHtml()).contains("D &gt; 2").doesNotContain("D > 2");
    }

    @Test
    void theNumberOfHitsIsLimited() {
        assertThat(search.search("network", 2)).hasSize(2);
        assertThat(search.search("network", 1_000)).hasSizeLessThanOrEqualTo(BookSearch.MAX_HITS);
        assertThatThrownBy(() -> search.search("network", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
