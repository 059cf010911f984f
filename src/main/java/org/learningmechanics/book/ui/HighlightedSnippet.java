package org.learningmechanics.book.ui;

import com.vaadin.flow.component.html.Span;
import org.learningmechanics.book.search.SearchHit;

/**
 * A search hit's passage with its matches highlighted. It takes the hit rather than a string so that only HTML the
 * search escaped itself (text escaped, then {@code <mark>} added) can end up as markup here.
 */
class HighlightedSnippet extends Span {

    HighlightedSnippet(SearchHit hit) {
        addClassName("search-result-snippet");
        getElement().setProperty("innerHTML", hit.snippetHtml());
    }
}
