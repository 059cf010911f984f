package org.learningmechanics.server;

import java.util.regex.Pattern;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Names this instance in every session id it hands out, for a load balancer that keeps each reader on one instance:
 * with {@code learningmechanics.node-route=a} (env {@code LEARNINGMECHANICS_NODE_ROUTE}) the session cookie reads
 * {@code JSESSIONID=<id>.a}, and the balancer routes on the part after the dot. This is Tomcat's {@code jvmRoute}.
 * Unset (the default, one instance) the ids carry no suffix.
 *
 * <p>Sessions live in the memory of the instance that made them (Vaadin keeps each reader's whole page state there),
 * so a reader must keep talking to that instance; see the README section "Running past one machine".
 */
@Component
public class NodeRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** Letters, digits, '-' and '_': the route ends up in a cookie and in the balancer's configuration. */
    private static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String route;

    public NodeRoute(@Value("${learningmechanics.node-route:}") String route) {
        String trimmed = route == null ? "" : route.strip();
        if (!trimmed.isEmpty() && !ROUTE.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("learningmechanics.node-route (LEARNINGMECHANICS_NODE_ROUTE) must be "
                    + "1 to 32 letters, digits, '-' or '_', but is '" + route + "'");
        }
        this.route = trimmed;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (route.isEmpty()) {
            return;
        }
        // The context is already a child of the host, and of the engine, when customizers run; its session manager
        // reads the engine's route when it starts, which is later.
        factory.addContextCustomizers(context -> engineOf(context).setJvmRoute(route));
    }

    private static Engine engineOf(Container container) {
        Container c = container;
        while (!(c instanceof Engine engine)) {
            c = c.getParent();
            if (c == null) {
                throw new IllegalStateException("The Tomcat context has no engine to take the node route");
            }
        }
        return engine;
    }
}
