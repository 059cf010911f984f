package org.learningmechanics.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.learningmechanics.db.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a reader is told when something they did on a page (a click, a save) fails on the server: the page stays as
 * it is and a notice says what happened and what to do. Vaadin's default would only log it, leaving the reader to
 * wonder why nothing happened. Failures while building a page are {@link TroublePage}'s.
 */
@Component
class FailureNotices implements VaadinServiceInitListener {

    static final String UNAVAILABLE = "The book's database is not answering just now, so that could not be done. "
            + "Nothing you saved is lost. Please try again in a minute.";
    static final String FAILED = "Something went wrong on our side, so that could not be done. Please try again.";

    private static final Logger LOG = LoggerFactory.getLogger(FailureNotices.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new Handler()));
    }

    static final class Handler extends DefaultErrorHandler {

        @Override
        public void error(ErrorEvent event) {
            Throwable failure = event.getThrowable();
            boolean outage = DatabaseOutage.explains(failure);
            if (outage) {
                LOG.warn("A request failed, the database is unavailable: {}", failure.getMessage());
            } else {
                super.error(event);
            }
            if (UI.getCurrent() != null && (outage || shouldHandle(failure))) {
                Notification notice = Notification.show(outage ? UNAVAILABLE : FAILED, 8000,
                        Notification.Position.BOTTOM_START);
                notice.addThemeVariants(NotificationVariant.ERROR);
            }
        }
    }
}
