package org.learningmechanics.book.ui;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
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
 * <p>
 * The field is a native {@code <input type="search">}, not Vaadin's text field: the committed production bundle
 * loads the text field's web component only with the chapter pages, so on this page it would never come to life.
 * A native input needs no web component and works the same in development and production mode.
 */
@Route("search")
@AnonymousAllowed
@PageTitle("Search — Learning Mechanics")
class SearchView extends Div implements BeforeEnterObserver {

    /** Hits shown at once: enough to scan, few enough to read; more calls for a narrower query. */
    static final int SHOWN = 25;

    private final BookSearch search;
    private final Input field = new Input(ValueChangeMode.LAZY);
    private final SearchResults results = new SearchResults();
    private String shownQuery;

    SearchView(BookSearch search) {
        this.search = search;
        addClassName("search-page");
        field.setId("search-field");
        field.addClassName("search-field");
        field.setType("search");
        field.setPlaceholder("e.g. logistic equation");
        field.getElement().setAttribute("maxlength", String.valueOf(BookSearch.MAX_QUERY_LENGTH));
        field.getElement().setAttribute("autocomplete", "off");
        // Results follow the typing once the reader pauses; Enter does not wait for the pause, and sends the
        // input's value with it, which may be newer than the value last synchronised.
        field.setValueChangeTimeout(300);
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                searchFor(event.getValue());
            }
        });
        field.getElement().addEventListener("keydown", event -> searchFor(
                        event.getEventData().path("element.value").stringValue("")))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
        NativeLabel label = new NativeLabel("Search the book");
        label.addClassName("search-label");
        label.setFor(field);
        add(new H1("Search"), label, field, results);
        field.focus();
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
