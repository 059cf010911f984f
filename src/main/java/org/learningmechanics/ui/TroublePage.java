package org.learningmechanics.ui;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.learningmechanics.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a reader sees when a page cannot be built because the database failed: "temporarily unavailable" (503) when
 * it is away, a plain apology (500) otherwise; never a stack trace. Deliberately outside the main layout, which
 * itself reads from the database.
 */
@AnonymousAllowed
abstract class TroublePage extends Main {

    private static final Logger LOG = LoggerFactory.getLogger(TroublePage.class);

    static final String UNAVAILABLE = "The book's database is not answering just now, so this page cannot be "
            + "shown. Nothing you saved is lost. Please try again in a minute.";
    static final String FAILED = "Something went wrong on our side while building this page. Please try again; "
            + "if it keeps happening, tell us what you were doing.";

    int show(BeforeEnterEvent event, ErrorParameter<? extends Exception> parameter) {
        Exception failure = parameter.getCaughtException();
        boolean outage = DatabaseOutage.explains(failure);
        if (outage) {
            LOG.warn("{} could not be shown, the database is unavailable: {}", event.getLocation().getPath(),
                    failure.getMessage());
            LOG.debug("Where the page needed the database", failure);
        } else {
            LOG.error("{} could not be shown", event.getLocation().getPath(), failure);
        }
        removeAll();
        setId("trouble");
        addClassName("trouble-page");
        H1 title = new H1(outage ? "Temporarily unavailable" : "Something went wrong");
        Paragraph message = new Paragraph(outage ? UNAVAILABLE : FAILED);
        message.setId("trouble-message");
        // Leading slashes dropped: "//host" would be a link to another site.
        Anchor retry = new Anchor("/" + event.getLocation().getPathWithQueryParameters().replaceFirst("^/+", ""),
                "Try this page again");
        retry.setId("trouble-retry");
        Anchor home = new Anchor("/", "Go to the contents");
        add(title, message, new Paragraph(retry, new com.vaadin.flow.component.html.Span(" · "), home));
        return outage ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
