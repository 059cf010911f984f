package org.learningmechanics.book.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.ui.SimulationPanel;
import org.learningmechanics.ui.chart.LineChart;
import org.learningmechanics.ui.math.MathProse;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ChapterViewTest extends SpringBrowserlessTest {

    @Test
    void theChapterShowsItsProseAndALiveSimulationThatProducesPoints() {
        navigate("chapters/deep-linear-networks", ChapterView.class);

        assertThat($(H1.class).first().getText()).contains("deep linear network");
        assertThat($(MathProse.class).all()).isNotEmpty();
        assertThat($(SimulationPanel.class).all()).hasSize(1);

        test($(Button.class).withId("run-deep-linear").single()).click();
        Span status = $(Span.class).withClassName("simulation-status").single();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!status.getText().startsWith("Done") && Instant.now().isBefore(deadline)) {
            MockVaadin.runUIQueue(); // runs what the simulation thread handed over with UI.access
            roundTrip();
            Thread.onSpinWait();
        }
        assertThat(status.getText()).startsWith("Done");

        LineChart modes = $(LineChart.class).first();
        assertThat(modes.pointCount("mode1")).isEqualTo(201);
        assertThat(modes.pointCount("mode1 theory")).isEqualTo(201);
        assertThat($(Paragraph.class).withClassName("simulation-summary").single().getText())
                .contains("Mode 1 reached half strength at t = 1.33; the theory predicts 1.33.");
        assertThat($(Span.class).withClassName("agreement-badge").single().getText()).startsWith("Theory holds");
    }

    @Test
    void aValueOutOfRangeIsExplainedAndNothingRuns() {
        navigate("chapters/deep-linear-networks", ChapterView.class);
        var depth = $(com.vaadin.flow.component.textfield.TextField.class).withId("param-depth").single();
        test(depth).setValue("9");
        test($(Button.class).withId("run-deep-linear").single()).click();
        assertThat(depth.isInvalid()).isTrue();
        assertThat(depth.getErrorMessage()).isEqualTo("Depth D must be between 2 and 6.");
        assertThat($(LineChart.class).all()).isEmpty();
    }

    @Test
    void anUnknownChapterSaysSoAndLinksHome() {
        navigate("chapters/no-such-thing", ChapterView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("No such chapter");
    }
}
