package org.learningmechanics.book.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is left of a reader's query before PostgreSQL sees it. */
class BookSearchQueryTest {

    @Test
    void blankQueriesLeaveNothingToSearch() {
        assertThat(BookSearch.searchable(null)).isEmpty();
        assertThat(BookSearch.searchable("")).isEmpty();
        assertThat(BookSearch.searchable(" \t\0\n")).isEmpty();
    }

    @Test
    void controlCharactersAndBrokenSurrogatesBecomeSpaces() {
        assertThat(BookSearch.searchable("\0deep\u0007linear\uD800net ")).contains("deep linear net");
        assertThat(BookSearch.searchable("𝔼 expectation")).contains("𝔼 expectation");
    }

    @Test
    void longQueriesAreCutAtTheLastSpaceWithinTheLimit() {
        String words = "gradient ".repeat(100);
        String cut = BookSearch.searchable(words).orElseThrow();

        assertThat(cut).hasSizeLessThanOrEqualTo(BookSearch.MAX_QUERY_LENGTH).endsWith("gradient");
        assertThat(cut.split(" ")).containsOnly("gradient");
    }

    @Test
    void aLongQueryWithoutSpacesIsCutAtTheLimitWithoutSplittingACharacter() {
        assertThat(BookSearch.searchable("x".repeat(10_000)).orElseThrow()).hasSize(BookSearch.MAX_QUERY_LENGTH);
        String surrogates = BookSearch.searchable("𝔼".repeat(300)).orElseThrow();
        assertThat(surrogates.codePointCount(0, surrogates.length())).isEqualTo(BookSearch.MAX_QUERY_LENGTH);
    }
}
