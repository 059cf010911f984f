package org.learningmechanics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TimesTest {

    static final Instant WINTER = Instant.parse("2026-01-15T09:30:00Z");
    static final Instant SUMMER = Instant.parse("2026-07-15T09:30:00Z");

    @Test
    void timesReadInTheViewersZoneAndSayWhichItIs() {
        assertThat(Times.format(WINTER, Times.zone("Europe/Berlin"))).isEqualTo("15 Jan 2026, 10:30 CET");
        assertThat(Times.format(SUMMER, Times.zone("Europe/Berlin"))).isEqualTo("15 Jul 2026, 11:30 CEST");
        assertThat(Times.format(WINTER, Times.zone("America/New_York"))).isEqualTo("15 Jan 2026, 04:30 EST");
        assertThat(Times.format(null, ZoneOffset.UTC)).isEqualTo("—");
    }

    @Test
    void aZoneTheBrowserDidNotSendOrSentWrongIsUtc() {
        for (String sent : new String[] {null, "", "Mars/Olympus_Mons", "../../etc/passwd", "x".repeat(500)}) {
            assertThat(Times.zone(sent)).as(String.valueOf(sent)).isEqualTo(java.time.ZoneId.of("UTC"));
        }
        assertThat(Times.format(WINTER, Times.zone(null))).isEqualTo("15 Jan 2026, 09:30 UTC");
    }
}
