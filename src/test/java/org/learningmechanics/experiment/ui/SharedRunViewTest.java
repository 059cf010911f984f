package org.learningmechanics.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.learningmechanics.sim.ui.SimulationPanel;
import org.springframework.boot.test.context.SpringBootTest;

/** Runs shared by link, without saving: reproduced exactly, and never an error page for a bad link. */
@SpringBootTest
class SharedRunViewTest extends ExperimentUiTest {

    @Test
    void aSharedLinkOpensThePanelWithItsParametersAndSeedAndRunsThem() {
        open("run/deep-linear?depth=3&tMax=20&seed=5", SharedRunView.class);
        SimulationPanel panel = $(SimulationPanel.class).single();
        assertThat($(TextField.class).withId("param-depth").single().getValue()).isEqualTo("3");
        assertThat($(TextField.class).withId("param-tMax").single().getValue()).isEqualTo("20");
        await(() -> panel.finishedRun().isPresent());
        var shown = panel.finishedRun().orElseThrow();
        assertThat(shown.seed()).isEqualTo(5);
        assertThat(shown.parameters().integer("depth")).isEqualTo(3);
        assertThat($(Div.class).withId("shared-run-problems").exists()).isFalse();

        test($(Button.class).withId("share-deep-linear").single()).click();
        String link = $(Anchor.class).withId("share-link").single().getHref();
        assertThat(link).startsWith("run/deep-linear?").contains("depth=3", "tMax=20.0", "seed=5");
        open(link, SharedRunView.class);
        SimulationPanel reopened = $(SimulationPanel.class).single();
        await(() -> reopened.finishedRun().isPresent());
        assertThat(reopened.finishedRun().orElseThrow().parameters()).isEqualTo(shown.parameters());
        assertThat(reopened.finishedRun().orElseThrow().result()).isEqualTo(shown.result());
    }

    @Test
    void tamperedValuesAreNamedAndReplacedByTheirDefaults() {
        open("run/deep-linear?depth=abc&bogus=1&seed=x&tMax=1e999&init=aligned&init=random",
                SharedRunView.class);
        String problems = $(Div.class).withId("shared-run-problems").single().getElement().getTextRecursively();
        assertThat(problems).contains("depth", "must be a number", "\"bogus\" is not a parameter", "seed:",
                "tMax", "\"init\" is given more than once");
        var defaults = ParameterValues.defaults(new DeepLinearNetwork().descriptor());
        assertThat($(TextField.class).withId("param-depth").single().getValue())
                .isEqualTo(String.valueOf(defaults.integer("depth")));
        SimulationPanel panel = $(SimulationPanel.class).single();
        await(() -> panel.finishedRun().isPresent());
        assertThat(panel.finishedRun().orElseThrow().parameters()).isEqualTo(defaults);
        assertThat(panel.seed()).isEqualTo(1);
    }

    @Test
    void anUnknownSimulationSaysSoAndListsTheRealOnes() {
        open("run/warp-drive?speed=9", SharedRunView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("No such simulation");
        assertThat(pageText()).contains("deep-linear");
    }
}
