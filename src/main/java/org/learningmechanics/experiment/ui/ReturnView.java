package org.learningmechanics.experiment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where "Sign in to save" points: only for signed-in readers, so a visitor is sent to sign in first and brought
 * back here after, and from here to the page they came from. Only paths inside this site are followed.
 */
@Route("back")
@PermitAll
class ReturnView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String to = event.getLocation().getQueryParameters().getSingleParameter("to").orElse("");
        Location target = new Location(isLocalPath(to) ? to : "");
        event.forwardTo(target.getPath(), target.getQueryParameters());
    }

    /** A path of this site: no scheme, no host, no way up or out. */
    static boolean isLocalPath(String path) {
        return path.matches("[A-Za-z0-9/_.~%=&?+-]{0,2000}") && !path.startsWith("/") && !path.contains("..")
                && !path.contains("//");
    }
}
