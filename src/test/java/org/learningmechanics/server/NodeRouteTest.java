package org.learningmechanics.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/** A real embedded Tomcat, customised as the application does, handing out a session to a plain HTTP client. */
class NodeRouteTest {

    @Test
    void aNamedInstanceEndsEverySessionIdWithItsRoute() throws Exception {
        assertThat(sessionCookieFrom(new NodeRoute("b"))).matches("JSESSIONID=[0-9A-F]+\\.b");
    }

    @Test
    void withoutARouteTheSessionIdHasNoSuffix() throws Exception {
        assertThat(sessionCookieFrom(new NodeRoute(""))).matches("JSESSIONID=[0-9A-F]+");
    }

    @Test
    void aRouteThatCannotGoInACookieStopsTheStartWithTheSettingsName() {
        assertThatThrownBy(() -> new NodeRoute("a;b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LEARNINGMECHANICS_NODE_ROUTE");
    }

    private static String sessionCookieFrom(NodeRoute route) throws IOException, InterruptedException {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
        route.customize(factory);
        WebServer server = factory.getWebServer(context -> context.addServlet("session", new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest request, HttpServletResponse response) {
                request.getSession(true);
            }
        }).addMapping("/"));
        server.start();
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        } finally {
            server.stop();
        }
    }
}
