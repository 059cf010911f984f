package org.learningmechanics.experiment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.AccountService;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentFixtures;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentQuery;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.ExperimentSummary;
import org.learningmechanics.experiment.Visibility;
import org.learningmechanics.ui.chart.LineChart;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Comparing experiments, and the owner's list: search, rename, delete, import. */
@SpringBootTest
class CompareAndListTest extends ExperimentUiTest {

    @Autowired
    ExperimentService experiments;
    @Autowired
    AccountService accounts;
    @Autowired
    ExperimentJson files;

    Account ada;
    Experiment two;
    Experiment three;
    Experiment four;

    @BeforeEach
    void threeExperiments() {
        ada = ExperimentFixtures.account(accounts, "Ada");
        two = experiments.save(ada.id(), ExperimentFixtures.deepLinear(2), "Depth two", "", Visibility.PRIVATE);
        three = experiments.save(ada.id(), ExperimentFixtures.deepLinear(3), "Depth three", "", Visibility.PRIVATE);
        four = experiments.save(ada.id(), ExperimentFixtures.deepLinear(4), "Depth four", "", Visibility.PRIVATE);
    }

    @Test
    void comparingOverlaysEveryExperimentsSeriesAndMarksTheParametersThatDiffer() {
        signIn(ada);
        open("compare?e=" + two.slug() + "&e=" + three.slug() + "&e=" + four.slug(), CompareView.class);
        assertThat($(H1.class).single().getText()).startsWith("Comparing 3 experiments of Deep linear network");
        LineChart modes = $(LineChart.class).first();
        for (int run = 0; run < 3; run++) {
            assertThat(modes.pointCount(run + "/mode1")).isEqualTo(201);
            assertThat(modes.pointCount(run + "/mode1 theory")).isEqualTo(201);
        }
        NativeTable parameters = $(NativeTable.class).withClassName("experiment-parameters").single();
        var differing = parameters.getBody().getRows().stream().filter(r -> r.hasClassName("differs"))
                .map(r -> r.getElement().getTextRecursively()).toList();
        assertThat(differing).singleElement().asString().startsWith("Depth D (depth)234");
        NativeTableRow header = $(NativeTable.class).withClassName("experiment-metrics").single().getHead().getRows()
                .getFirst();
        assertThat(header.getElement().getTextRecursively()).contains("Depth two", "Depth three", "Depth four");
    }

    @Test
    void anotherReaderCannotCompareSomeoneElsesPrivateExperiments() {
        signIn(ExperimentFixtures.account(accounts, "Bea"));
        open("compare?e=" + two.slug() + "&e=" + three.slug(), CompareView.class);
        assertThat($(Paragraph.class).withId("compare-problem").single().getText()).contains("not shared with you");
        assertThat(pageText()).doesNotContain("Depth two");
        assertThat($(LineChart.class).all()).isEmpty();
    }

    @Test
    void theListSearchesRenamesAndDeletesAfterConfirming() {
        signIn(ada);
        navigate("experiments", MyExperimentsView.class);
        @SuppressWarnings("unchecked")
        Grid<ExperimentSummary> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(3);
        test(grid).sortByColumn("title", com.vaadin.flow.data.provider.SortDirection.ASCENDING);
        assertThat(test(grid).getRow(0).title()).isEqualTo("Depth four");
        assertThat(test(grid).getRow(2).title()).isEqualTo("Depth two");
        @SuppressWarnings("unchecked")
        Select<String> simulation = $(Select.class).withId("experiments-simulation").single();
        assertThat(test(simulation).getSuggestions()).contains("deep-linear");
        test(simulation).selectItem("deep-linear");
        assertThat(test(grid).size()).isEqualTo(3);
        test($(TextField.class).withId("experiments-search").single()).setValue("three");
        assertThat(test(grid).size()).isEqualTo(1);

        TextField title = (TextField) test(grid).getCellComponent(0, "title");
        test(title).setValue("Depth three, renamed");
        assertThat(experiments.own(ada.id(), three.id()).title()).isEqualTo("Depth three, renamed");

        Button delete = (Button) test(grid).getCellComponent(0, "delete");
        test(delete).click();
        test($(Button.class).withId("experiment-delete-confirm").single()).click();
        assertThat(experiments.count(ada.id(), ExperimentQuery.NEWEST_FIRST)).isEqualTo(2);
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void importingAnExportedFileRecreatesItAndAMaliciousOneStoresNothing() {
        signIn(ada);
        navigate("experiments", MyExperimentsView.class);
        Upload upload = $(Upload.class).single();
        String exported = files.export(three);

        test(upload).upload("depth-three.json", "application/json", "{\"format\": 1, \"a\": [[[[".getBytes(
                StandardCharsets.UTF_8));
        await(() -> !$(Paragraph.class).withId("experiment-import-message").single().getText().isEmpty());
        assertThat($(Paragraph.class).withId("experiment-import-message").single().getText())
                .startsWith("Not imported: This is not a readable JSON file");
        assertThat(experiments.count(ada.id(), ExperimentQuery.NEWEST_FIRST)).isEqualTo(3);

        test(upload).upload("depth-three.json", "application/json", exported.getBytes(StandardCharsets.UTF_8));
        await(() -> $(Paragraph.class).withId("experiment-import-message").single().getText().startsWith("Imported"));
        assertThat(experiments.count(ada.id(), ExperimentQuery.NEWEST_FIRST)).isEqualTo(4);
        Experiment copy = experiments.list(ada.id(), ExperimentQuery.NEWEST_FIRST, 0, 1).stream().findFirst()
                .flatMap(s -> experiments.open(s.slug(), Optional.of(ada.id()))).orElseThrow();
        assertThat(copy.result()).isEqualTo(three.result());
        assertThat(copy.parameters()).isEqualTo(three.parameters());
        assertThat(copy.title()).isEqualTo("Depth three");
    }
}
