package org.learningmechanics.book.search;

/**
 * One section that matches a search, best first.
 *
 * @param snippetHtml a passage of the section's text around the matches, HTML-escaped, with the matched words in
 *                    {@code <mark>} elements and no other markup: safe to put into a page as it is
 * @param rank        how well the section matches (PostgreSQL's {@code ts_rank}); only the order means anything
 */
public record SearchHit(String chapterId, String chapterTitle, String sectionId, String sectionTitle,
                        String snippetHtml, double rank) {

    /** The section's place in the book: {@code chapters/<chapter>#<section>}, or the chapter for its opening part. */
    public String href() {
        String chapter = "chapters/" + chapterId;
        return sectionId.isEmpty() ? chapter : chapter + "#" + sectionId;
    }
}
