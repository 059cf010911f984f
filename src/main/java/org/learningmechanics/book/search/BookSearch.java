package org.learningmechanics.book.search;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search over every section of the book, in PostgreSQL. Readers type as they would into a web search
 * engine ({@code websearch_to_tsquery}): plain words must all appear, {@code "quoted words"} must appear together,
 * and {@code -word} must not appear. No input is an error: what cannot be searched finds nothing.
 */
@Service
public class BookSearch {

    /** Longer queries are cut to this many characters; no real question about the book needs more. */
    public static final int MAX_QUERY_LENGTH = 200;

    /** The most hits one search returns, whatever limit is asked for. */
    public static final int MAX_HITS = 100;

    /** Control characters (NUL cannot even be sent to PostgreSQL) and unpaired surrogates carry no words. */
    private static final Pattern UNSEARCHABLE = Pattern.compile("[\\p{Cc}\\p{Cs}]");

    private static final String HEADLINE_OPTIONS = "StartSel=" + SnippetHtml.START + ", StopSel=" + SnippetHtml.STOP
            + ", MaxFragments=2, MaxWords=20, MinWords=8, FragmentDelimiter=\" … \"";

    // Ranks every match but builds passages (ts_headline, the costly part) only for the hits returned. Equal ranks
    // keep the order in which a reader meets the sections.
    private static final String SEARCH = """
            with query as (select websearch_to_tsquery('english', :terms) as terms),
            best as (
                select s.chapter_id, s.chapter_title, s.section_id, s.section_title, s.body, s.position,
                       ts_rank(s.document, query.terms) as rank
                from book_section s, query
                where s.document @@ query.terms
                order by rank desc, s.position
                limit :limit)
            select chapter_id, chapter_title, section_id, section_title, rank,
                   ts_headline('english', body, query.terms, :options) as passage
            from best, query
            order by rank desc, position""";

    private final JdbcClient jdbc;

    public BookSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The sections that match the query, best first.
     *
     * @param limit the most hits wanted, at least 1 (and at most {@link #MAX_HITS} are returned)
     * @return no hits for a blank query, one of only common words ("the", "and"), or one nothing matches
     */
    public List<SearchHit> search(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A search must allow at least one hit, not " + limit);
        }
        return searchable(query).map(terms -> jdbc.sql(SEARCH)
                        .param("terms", terms)
                        .param("limit", Math.min(limit, MAX_HITS))
                        .param("options", HEADLINE_OPTIONS)
                        .query((row, n) -> new SearchHit(row.getString("chapter_id"), row.getString("chapter_title"),
                                row.getString("section_id"), row.getString("section_title"),
                                SnippetHtml.toHtml(row.getString("passage")), row.getDouble("rank")))
                        .list())
                .orElse(List.of());
    }

    /**
     * The query as PostgreSQL may see it: unsearchable characters gone, cut to length at a space where there is one
     * (half a word would find nothing); empty if nothing is left.
     */
    static Optional<String> searchable(String query) {
        if (query == null) {
            return Optional.empty();
        }
        String terms = UNSEARCHABLE.matcher(query).replaceAll(" ").strip();
        if (terms.codePointCount(0, terms.length()) > MAX_QUERY_LENGTH) {
            int end = terms.offsetByCodePoints(0, MAX_QUERY_LENGTH);
            int space = terms.lastIndexOf(' ', end);
            terms = terms.substring(0, space > 0 ? space : end).strip();
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(terms);
    }
}
