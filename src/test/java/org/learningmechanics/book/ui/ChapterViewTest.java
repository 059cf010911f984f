package org.learningmechanics.book.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.ui.SimulationPanel;
import org.learningmechanics.ui.chart.LineChart;
import org.learningmechanics.ui.chart.PointClickEvent;
import org.learningmechanics.ui.math.MathProse;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ChapterViewTest extends SpringBrowserlessTest {

    @Test
    void theChapterShowsItsProseAndALiveSimulationThatProducesPoints() {
        navigate("chapters/deep-linear-networks", ChapterView.class);

        assertThat($(H1.class).first().getText()).contains("deep linear networks");
        assertThat($(MathProse.class).all()).isNotEmpty();
        assertThat($(SimulationPanel.class).all()).hasSize(2);

        Span status = $(Span.class).from(deepLinear()).withClassName("simulation-status").single();
        awaitText(status, "Done"); // the default run, shown as soon as the panel appears
        LineChart modes = $(LineChart.class).from(deepLinear()).first();
        assertThat(modes.pointCount("mode1")).isEqualTo(201);

        test($(Button.class).withId("run-deep-linear").single()).click();
        awaitText(status, "Done");

        assertThat(modes.pointCount("mode1")).isEqualTo(201);
        assertThat(modes.pointCount("mode1 theory")).isEqualTo(201);
        assertThat($(Paragraph.class).from(deepLinear()).withClassName("simulation-summary").single().getText())
                .contains("Mode 1 reached half strength at t = 1.33; the theory predicts 1.33.");
        assertThat($(Span.class).from(deepLinear()).withClassName("agreement-badge").single().getText()).startsWith("Theory holds");
    }

    @Test
    void aSweepPlotsTheMetricAgainstTheParameterAndAClickOpensThatRun() {
        navigate("chapters/deep-linear-networks", ChapterView.class);
        assertThat($(Button.class).withId("sweep-run-deep-linear").exists()).as("built when first opened").isFalse();
        $(com.vaadin.flow.component.details.Details.class).from(deepLinear()).withClassName("sweep-panel").single()
                .setOpened(true);
        test($(Button.class).withId("sweep-run-deep-linear").single()).click();
        Span status = $(Span.class).from(deepLinear()).withClassName("sweep-status").single();
        awaitText(status, "Sweep done");
        assertThat(status.getText()).isEqualTo("Sweep done: 5 runs.");
        assertThat($(Paragraph.class).from(deepLinear()).withClassName("sweep-summary").single().getText())
                .startsWith("Across 4 runs sweeping Depth D, halfTime1 ranged from 1.33 to 7")
                .contains("1 run has no value for it")
                .contains("The theory's prediction differs from the simulation by at most");

        LineChart sweepChart = $(LineChart.class).from(deepLinear()).last();
        assertThat(sweepChart.pointCount("simulation")).isEqualTo(4);
        assertThat(sweepChart.pointCount("theory")).isEqualTo(4);

        ComponentUtil.fireEvent(sweepChart, new PointClickEvent(sweepChart, true, "simulation", 1));
        var depth = $(com.vaadin.flow.component.textfield.TextField.class).withId("param-depth").single();
        assertThat(depth.getValue()).isEqualTo("3");
        awaitText($(Span.class).from(deepLinear()).withClassName("simulation-status").single(), "Done");
        assertThat($(Paragraph.class).from(deepLinear()).withClassName("simulation-summary").single().getText())
                .contains("Mode 1 reached half strength");
    }

    /** The chapter's first simulation, deep-linear; the kernel one below it has its own status, charts and sweep. */
    private SimulationPanel deepLinear() {
        return $(SimulationPanel.class).first();
    }

    /** Lets the UI take what the simulation threads handed over with UI.access, until the text shows. */
    private void awaitText(Span span, String prefix) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!span.getText().startsWith(prefix) && Instant.now().isBefore(deadline)) {
            MockVaadin.runUIQueue();
            roundTrip();
            Thread.onSpinWait();
        }
        assertThat(span.getText()).startsWith(prefix);
    }

    @Test
    void aValueOutOfRangeIsExplainedAndNothingRuns() {
        navigate("chapters/deep-linear-networks", ChapterView.class);
        awaitText($(Span.class).from(deepLinear()).withClassName("simulation-status").single(), "Done");
        var depth = $(com.vaadin.flow.component.textfield.TextField.class).withId("param-depth").single();
        test(depth).setValue("9");
        test($(Button.class).withId("run-deep-linear").single()).click();
        assertThat(depth.isInvalid()).isTrue();
        assertThat(depth.getErrorMessage()).isEqualTo("Depth D must be between 2 and 6.");
        assertThat($(Span.class).from(deepLinear()).withClassName("simulation-status").single().getText())
                .isEqualTo("Some parameters are not allowed; see the messages under them.");
    }

    @Test
    void theChapterOpensWithItsObjectivesAndOffersAnOutlineOfItsSections() {
        navigate("chapters/deep-linear-networks", ChapterView.class);
        assertThat($(Paragraph.class).withClassName("chapter-meta").single().getText())
                .matches("\\d+ min read · 2 live simulations");
        assertThat($(com.vaadin.flow.component.html.ListItem.class).all()).extracting(li -> li.getText())
                .contains("Predict how initialisation scale and depth change when each mode is learned.");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref)
                .contains("chapters/deep-linear-networks#decoupling-into-modes",
                        "chapters/deep-linear-networks#references");
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("chapter-problems").all()).isEmpty();
    }

    @Test
    void aChapterThatEmbedsASimulationTwiceStillHasUniqueIds() {
        navigate("chapters/universal-behaviours", ChapterView.class);
        List<String> ids = new java.util.ArrayList<>();
        collectIds($(Article.class).single().getElement(), ids);
        assertThat(ids).contains("run-superposition", "run-superposition-2").doesNotHaveDuplicates();
    }

    private static void collectIds(com.vaadin.flow.dom.Element element, List<String> ids) {
        String id = element.getAttribute("id");
        if (id != null) {
            ids.add(id);
        }
        element.getChildren().forEach(child -> collectIds(child, ids));
    }

    @Test
    void eachCheckpointAsksForAPredictionBeforeItShowsTheAnswer() {
        navigate("chapters/deep-linear-networks", ChapterView.class);
        assertThat($(CheckpointPanel.class).all()).extracting(p -> p.getId().orElseThrow()).containsExactly(
                "checkpoint-hundredfold-smaller", "checkpoint-learnability-budget", "checkpoint-eight-samples",
                "checkpoint-which-assumption");
        CheckpointPanel hundredfold = $(CheckpointPanel.class).first();
        var field = $(com.vaadin.flow.component.textfield.TextField.class).from(hundredfold).single();
        test(field).setValue("0.77");
        test($(Button.class).from(hundredfold).withClassName("checkpoint-commit").single()).click();
        assertThat($(com.vaadin.flow.component.html.Div.class).from(hundredfold).withClassName("checkpoint-outcome")
                .single().getText()).startsWith("Right: the answer is 0.77 time units");
    }

    @Test
    void aCommittedPredictionIsRecordedAndShownAgainWhenTheReaderReturns() {
        navigate("chapters/deep-linear-networks", ChapterView.class);
        CheckpointPanel eight = $(CheckpointPanel.class).all().get(2);
        test($(RadioButtonGroup.class).from(eight).single())
                .selectItem("L_1 \\approx 0.97, L_5 \\approx 0.55, L_{20} \\approx 0.07");
        test($(Button.class).from(eight).withClassName("checkpoint-commit").single()).click();

        navigate("chapters/deep-linear-networks", ChapterView.class);
        CheckpointPanel again = $(CheckpointPanel.class).all().get(2);
        assertThat($(com.vaadin.flow.component.html.Div.class).from(again).withClassName("checkpoint-outcome")
                .single().getElement().getTextRecursively()).startsWith("Right");
    }

    @Test
    void aChapterWithMoreSimulationsThanAReaderMayRunAtOnceShowsThemAll() {
        navigate("chapters/simple-laws", ChapterView.class);
        List<Span> statuses = $(Span.class).withClassName("simulation-status").all();
        assertThat(statuses).hasSizeGreaterThan(2);
        statuses.forEach(status -> awaitText(status, "Done"));
    }

    @Test
    void anUnknownChapterSaysSoAndLinksHome() {
        navigate("chapters/no-such-thing", ChapterView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("No such chapter");
    }
}
