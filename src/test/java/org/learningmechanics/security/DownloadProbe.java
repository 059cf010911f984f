package org.learningmechanics.security;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

/**
 * Follows a download link of a page as the browser would: finds the handler the link's address is registered under
 * in the session and runs it with a request from whoever is signed in now. (The address itself only works in the
 * session that rendered it; what matters is that the handler asks again who is downloading.)
 */
final class DownloadProbe {

    record Answer(int status, String body) {
    }

    private DownloadProbe() {
    }

    static Answer follow(Anchor link) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry().getResource(StreamResourceRegistry.ElementStreamResource.class,
                URI.create(link.getHref())).orElseThrow(() -> new AssertionError("no download at " + link.getHref()));
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int[] status = {200};
        VaadinResponse response = mock(VaadinResponse.class);
        when(response.getOutputStream()).thenReturn(body);
        when(response.getWriter()).thenReturn(new PrintWriter(body, true, StandardCharsets.UTF_8));
        doAnswer(call -> status[0] = call.getArgument(0)).when(response).setStatus(anyInt());
        doAnswer(call -> status[0] = call.getArgument(0)).when(response).sendError(anyInt(), anyString());
        resource.getElementRequestHandler().handleRequest(mock(VaadinRequest.class), response, session,
                resource.getOwner());
        return new Answer(status[0], body.toString(StandardCharsets.UTF_8));
    }
}
