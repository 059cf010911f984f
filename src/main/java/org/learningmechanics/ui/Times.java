package org.learningmechanics.ui;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * Times shown to a reader where no other zone applies (joined, last activity, answered, saved; an assignment's own
 * dates are stated in its instructor's zone): in the viewer's own time zone, as their browser reports it, naming it;
 * in UTC when the browser has not said.
 */
public final class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm zzz",
            Locale.ENGLISH);

    /** The region id, so that times print "UTC", not "Z". */
    private static final ZoneId UTC = ZoneId.of("UTC");

    private Times() {
    }

    /** The instant in the zone of the browser showing the current page. */
    public static String forViewer(Instant instant) {
        return format(instant, viewerZone());
    }

    /** The instant in the viewer's zone with a pattern of {@link DateTimeFormatter}'s, the zone not named. */
    public static String forViewer(Instant instant, String pattern) {
        return instant == null ? "—"
                : DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(viewerZone()).format(instant);
    }

    /** The short name of the viewer's zone now ("CET", "UTC"), for a column header. */
    public static String viewerZoneName() {
        return DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).withZone(viewerZone()).format(Instant.now());
    }

    static String format(Instant instant, ZoneId zone) {
        return instant == null ? "—" : FORMAT.withZone(zone).format(instant);
    }

    /** The browser's zone, sent by Vaadin's client with the page; anything unusable reads as UTC. */
    public static ZoneId viewerZone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        return zone(details == null ? null : details.getTimeZoneId());
    }

    /** A zone id from the client, which is not to be trusted: unknown or malformed ids give UTC. */
    static ZoneId zone(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException malformedOrUnknown) {
            return UTC;
        }
    }
}
