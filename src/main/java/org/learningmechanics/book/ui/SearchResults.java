package org.learningmechanics.book.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import org.learningmechanics.book.search.SearchHit;

/**
 * What a search found: a sentence saying how much, then each section with its chapter, a link to it and the passage
 * that matched. A polite live region, so screen readers announce new results without interrupting the reader.
 */
class SearchResults extends Section {

    private final Paragraph status = new Paragraph();
    private final OrderedList hits = new OrderedList();

    SearchResults() {
        addClassName("search-results");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-label", "Search results");
        status.addClassName("search-status");
        hits.addClassName("search-result-list");
        add(status, hits);
    }

    void showHowToSearch() {
        hits.removeAll();
        status.setText("Type a word or two to search every chapter. Put a phrase in quotes (\"gradient flow\"), and "
                + "a minus before a word to leave out the sections that use it (-depth).");
    }

    /**
     * @param found the hits, best first; one more than {@code shown} means there are more than can be shown
     */
    void show(String query, List<SearchHit> found, int shown) {
        hits.removeAll();
        status.setText(summary(query, found.size(), shown));
        found.stream().limit(shown).map(SearchResults::item).forEach(hits::add);
    }

    private static String summary(String query, int found, int shown) {
        String quoted = "“" + query + "”";
        if (found == 0) {
            return "No section mentions " + quoted + "; try fewer or different words.";
        }
        if (found > shown) {
            return "More than " + shown + " sections match " + quoted + "; here are the best " + shown
                    + ". Add a word to narrow the search.";
        }
        return found == 1 ? "1 section matches " + quoted + "." : found + " sections match " + quoted + ".";
    }

    private static ListItem item(SearchHit hit) {
        Span chapter = new Span(hit.chapterTitle());
        chapter.addClassName("search-result-chapter");
        // The part of a chapter before its first heading has no title of its own
        String title = hit.sectionTitle().isEmpty() ? "Beginning of the chapter" : hit.sectionTitle();
        Anchor link = new Anchor(hit.href(), title);
        link.addClassName("search-result-link");
        ListItem item = new ListItem(chapter, link, new HighlightedSnippet(hit));
        item.addClassName("search-result");
        return item;
    }
}
