package org.learningmechanics.book.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.learningmechanics.book.search.BookSearch;

/**
 * Search every section of the book. The query is part of the address ({@code search?q=…}), so a search can be
 * bookmarked, shared, or started from a search box elsewhere on the site.
 */
@Route("search")
@PageTitle("Search — Learning Mechanics")
class SearchView extends Div implements BeforeEnterObserver {

    /** Hits shown at once: enough to scan, few enough to read; more calls for a narrower query. */
    static final int SHOWN = 25;

    private final BookSearch search;
    private final TextField field = new TextField("Search the book");
    private final SearchResults results = new SearchResults();
    private String shownQuery;

    SearchView(BookSearch search) {
        this.search = search;
        addClassName("search-page");
        field.setId("search-field");
        field.setWidthFull();
        field.setPlaceholder("e.g. logistic equation");
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setMaxLength(BookSearch.MAX_QUERY_LENGTH);
        field.setAutofocus(true);
        // Results follow the typing once the reader pauses; Enter does not wait for the pause.
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                searchFor(event.getValue());
            }
        });
        field.addKeyPressListener(Key.ENTER, event -> searchFor(field.getValue()));
        add(new H1("Search"), field, results);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String query = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        // Arriving at the address this view just wrote for itself changes nothing, and must not overwrite what
        // the reader has typed since.
        if (!query.equals(shownQuery)) {
            field.setValue(query);
            show(query);
        }
    }

    private void searchFor(String typed) {
        String query = typed.strip();
        if (!query.equals(shownQuery)) {
            show(query);
            QueryParameters parameters = query.isEmpty() ? QueryParameters.empty() : QueryParameters.of("q", query);
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location("search", parameters)));
        }
    }

    private void show(String query) {
        shownQuery = query;
        if (query.isEmpty()) {
            results.showHowToSearch();
        } else {
            results.show(query, search.search(query, SHOWN + 1), SHOWN);
        }
    }
}
