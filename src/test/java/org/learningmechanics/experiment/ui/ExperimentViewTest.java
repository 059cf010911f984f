package org.learningmechanics.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentFixtures;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.Visibility;
import org.learningmechanics.sim.runner.RunKey;
import org.learningmechanics.sim.runner.RunRecords;
import org.learningmechanics.sim.ui.SimulationPanel;
import org.learningmechanics.ui.chart.LineChart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** An experiment's page: who sees it, what it shows without computing, and re-run and verify. */
@SpringBootTest
class ExperimentViewTest extends ExperimentUiTest {

    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    RunRecords records;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    Account ada;
    Account bea;
    ExperimentService.Run run = ExperimentFixtures.deepLinear(3);

    @BeforeEach
    void accounts() {
        ada = ExperimentFixtures.account(accounts, "Ada");
        bea = ExperimentFixtures.account(accounts, "Bea");
    }

    @Test
    void aPrivateExperimentShowsToItsOwnerAndToNobodyElseNotEvenThatItExists() {
        Experiment e = experiments.save(ada.id(), run, "Ada's secret depth", "secret notes", Visibility.PRIVATE);

        signIn(ada);
        navigate(e.path(), ExperimentView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Ada's secret depth");
        assertThat($(LineChart.class).first().pointCount("mode1")).as("drawn from the record at once")
                .isEqualTo(201);
        assertThat($(org.learningmechanics.sim.ui.SimulationPanel.class).exists())
                .as("nothing is computed to show it: a run starts only from 'Run it yourself' or 'Verify'")
                .isFalse();

        signIn(bea);
        navigate(e.path(), ExperimentView.class);
        assertNotFound();

        signOut();
        navigate(e.path(), ExperimentView.class);
        assertNotFound();
        navigate("x/AAAAAAAAAAAAAAAAAAAAAA", ExperimentView.class);
        assertNotFound();
    }

    private void assertNotFound() {
        assertThat($(H1.class).first().getText()).isEqualTo("Experiment not found");
        assertThat(pageText()).contains(ExperimentView.NOT_FOUND).doesNotContain("secret", "Ada");
        assertThat($(LineChart.class).all()).isEmpty();
    }

    @Test
    void anUnlistedExperimentShowsItsResultParametersChapterAndOwnerToAnyoneWithTheLink() {
        Experiment e = experiments.save(ada.id(), run, "Depth three", "Slower.", Visibility.UNLISTED);
        for (Optional<Account> viewer : List.of(Optional.of(ada), Optional.of(bea), Optional.<Account>empty())) {
            viewer.ifPresentOrElse(ExperimentUiTest::signIn, this::signOut);
            navigate(e.path(), ExperimentView.class);
            assertThat($(H1.class).first().getText()).isEqualTo("Depth three");
            assertThat($(Paragraph.class).withId("experiment-meta").single().getText()).startsWith("Saved by Ada on");
            assertThat($(Anchor.class).withId("experiment-chapter").single().getHref())
                    .isEqualTo("chapters/deep-linear-networks");
            assertThat($(NativeTable.class).withClassName("experiment-parameters").single().getElement()
                    .getTextRecursively()).contains("Depth D (depth)3", "Seed1");
            assertThat($(Paragraph.class).withClassName("simulation-summary").single().getText())
                    .contains("Mode 1 reached half strength");
            assertThat($(Button.class).withId("fork").exists()).isEqualTo(viewer.isPresent());
        }
    }

    @Test
    void theOwnerSharesAPrivateExperimentFromItsPageAndThenOthersCanOpenIt() {
        Experiment e = experiments.save(ada.id(), run, "Soon shared", "", Visibility.PRIVATE);
        signIn(bea);
        navigate(e.path(), ExperimentView.class);
        assertThat($(Select.class).withId("experiment-visibility-choice").exists()).isFalse();

        signIn(ada);
        navigate(e.path(), ExperimentView.class);
        @SuppressWarnings("unchecked")
        Select<Visibility> choice = $(Select.class).withId("experiment-visibility-choice").single();
        test(choice).selectItem(Visibility.UNLISTED.label());
        assertThat($(Span.class).withId("experiment-visibility-status").single().getText())
                .isEqualTo("Now anyone with this link can open it.");

        signIn(bea);
        navigate(e.path(), ExperimentView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Soon shared");
        assertThat($(Select.class).withId("experiment-visibility-choice").exists()).as("only the owner changes it")
                .isFalse();
    }

    @Test
    void rerunAndVerifyFindsAnUnchangedSimulationIdenticalAndAnAlteredResultDrifted() {
        Experiment e = experiments.save(ada.id(), run, "Depth three", "", Visibility.PRIVATE);
        int version = run.simulation().descriptor().version();
        signIn(ada);
        navigate(e.path(), ExperimentView.class);
        test($(Button.class).withId("verify").single()).click();
        Paragraph status = $(Paragraph.class).withId("verify-status").single();
        await(() -> !status.getText().startsWith("Running"));
        assertThat(status.getText()).startsWith("Identical")
                .contains("Simulation version: saved " + version + ", now " + version + ".");

        var altered = ExperimentFixtures.altered(run.result(), 1.05);
        jdbc.sql("update experiment set result = ?::json where id = ?")
                .params(json.writeValueAsString(altered), e.id()).update();
        navigate(e.path(), ExperimentView.class);
        test($(Button.class).withId("verify").single()).click();
        Paragraph again = $(Paragraph.class).withId("verify-status").single();
        await(() -> !again.getText().startsWith("Running"));
        assertThat(again.getText()).startsWith("Drifted");
        assertThat($(NativeTable.class).from($(com.vaadin.flow.component.html.Div.class).withId("verify-report")
                .single()).single().getElement().getTextRecursively()).contains("halfTime1");
    }

    @Test
    void aSignedInReaderSavesExactlyTheRunOnScreenAndGetsItsLink() {
        signIn(ada);
        navigate("chapters/deep-linear-networks", Component.class);
        SimulationPanel panel = $(SimulationPanel.class).first();
        Button save = $(Button.class).withId("save-deep-linear").single();
        await(() -> panel.finishedRun().isPresent() && save.isEnabled());
        test(save).click();
        test($(TextField.class).withId("experiment-title").single()).setValue("Default run");
        test($(Button.class).withId("experiment-save").single()).click();
        String link = $(Anchor.class).withId("experiment-link").single().getHref();
        assertThat(link).matches("x/[A-Za-z0-9_-]{22}");

        Experiment saved = experiments.open(link.substring(2), Optional.of(ada.id())).orElseThrow();
        var shown = panel.finishedRun().orElseThrow();
        assertThat(saved.result()).isEqualTo(shown.result());
        assertThat(saved.result()).isEqualTo(records.find(RunKey.of(shown.simulation(), shown.parameters(), 1))
                .orElseThrow());
    }

    @Test
    void aVisitorIsOfferedSignInToSaveWhichComesBackToTheChapter() {
        navigate("chapters/deep-linear-networks", Component.class);
        assertThat($(Button.class).withId("save-deep-linear").exists()).isFalse();
        assertThat($(Anchor.class).withId("sign-in-to-save-deep-linear").single().getHref())
                .isEqualTo("back?to=chapters%2Fdeep-linear-networks");
        assertThat(ReturnView.isLocalPath("chapters/deep-linear-networks")).isTrue();
        assertThat(ReturnView.isLocalPath("//evil.example")).isFalse();
        assertThat(ReturnView.isLocalPath("https://evil.example")).isFalse();
    }

    @Test
    void anImportedExperimentOfAnUnknownSimulationIsShownAsStoredFlaggedAndNotRerun() {
        var imported = new ExperimentJson.Imported("warp-drive", 1, java.util.Map.of("warp", 9L), 1, run.result(),
                "From elsewhere", "", "This server has no simulation \"warp-drive\".");
        Experiment e = experiments.importFor(ada.id(), imported);
        signIn(ada);
        navigate(e.path(), ExperimentView.class);
        assertThat($(Paragraph.class).withClassName("experiment-problem").single().getText())
                .contains("no simulation \"warp-drive\"");
        assertThat($(Button.class).withId("verify").exists()).isFalse();
        assertThat($(Button.class).withId("run-it-yourself").exists()).isFalse();
        assertThat($(NativeTable.class).withClassName("experiment-metrics").single().getElement()
                .getTextRecursively()).contains("halfTime1");
        assertThat($(NativeTable.class).withClassName("experiment-parameters").single().getElement()
                .getTextRecursively()).contains("warp9");
    }

    @Test
    void runItYourselfLoadsTheSavedParametersAndSeedIntoALivePanel() {
        Experiment e = experiments.save(ada.id(), run, "Depth three", "", Visibility.UNLISTED);
        navigate(e.path(), ExperimentView.class);
        assertThat($(SimulationPanel.class).all()).as("nothing runs until asked").isEmpty();
        test($(Button.class).withId("run-it-yourself").single()).click();
        SimulationPanel live = $(SimulationPanel.class).single();
        await(() -> live.finishedRun().isPresent());
        assertThat(live.finishedRun().orElseThrow().parameters().integer("depth")).isEqualTo(3);
        assertThat(live.finishedRun().orElseThrow().result()).isEqualTo(e.result());
        assertThat($(Anchor.class).withId("sign-in-to-save-deep-linear").exists()).as("a visitor").isTrue();
        assertThat($(Button.class).withId("keep-run").exists()).as("only for the owner").isFalse();
    }

    @Test
    void aForkOpensAsTheForkersOwnWithTheLivePanelAndRemembersItsParent() {
        Experiment e = experiments.save(ada.id(), run, "Original", "", Visibility.UNLISTED);
        signIn(bea);
        navigate(e.path(), ExperimentView.class);
        test($(Button.class).withId("fork").single()).click();
        assertThat($(H1.class).first().getText()).isEqualTo("Fork of Original");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains(e.path());
        SimulationPanel live = $(SimulationPanel.class).single();
        assertThat($(TextField.class).withId("param-depth").single().getValue()).isEqualTo("3");
        await(() -> live.finishedRun().isPresent());
        assertThat($(Button.class).withId("keep-run").single().isEnabled()).isTrue();
        assertThat($(Span.class).all()).isNotEmpty();
    }
}
