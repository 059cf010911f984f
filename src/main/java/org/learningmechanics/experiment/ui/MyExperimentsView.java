package org.learningmechanics.experiment.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.account.ui.SignInView;
import org.learningmechanics.experiment.ExperimentJson;
import org.learningmechanics.experiment.ExperimentQuery;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.ExperimentSummary;

/**
 * The signed-in reader's experiments: a lazily loaded grid (pages fetched from PostgreSQL as it scrolls) to search by
 * title, filter by simulation and sort; rename in place, change who can open the link, delete after confirming;
 * pick 2–4 of one simulation to compare; import an exported file.
 */
@Route("experiments")
@PageTitle("Your experiments — Learning Mechanics")
@PermitAll
public class MyExperimentsView extends Div implements BeforeEnterObserver {


    private final ExperimentService experiments;
    private final ExperimentJson files;
    private final CurrentAccount current;
    private final Grid<ExperimentSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> simulation = new Select<>();
    private final Paragraph status = new Paragraph();

    public MyExperimentsView(ExperimentService experiments, ExperimentJson files, CurrentAccount current) {
        this.experiments = experiments;
        this.files = files;
        this.current = current;
        addClassName("experiments-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Account account = current.get().orElse(null);
        if (account == null) {
            event.forwardTo(SignInView.class);
            return;
        }
        UUID owner = account.id();
        search.setId("experiments-search");
        search.setPlaceholder("Search titles");
        search.setAriaLabel("Search titles");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        simulation.setId("experiments-simulation");
        simulation.setLabel("Simulation");
        simulation.setEmptySelectionAllowed(true);
        simulation.setEmptySelectionCaption("All simulations");
        simulation.setItems(experiments.simulationsOf(owner));
        simulation.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button compare = new Button("Compare selected", VaadinIcon.SPLIT.create(), e -> compare());
        compare.setId("experiments-compare");
        HorizontalLayout tools = new HorizontalLayout(search, simulation, compare);
        tools.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        tools.setWrap(true);
        status.setId("experiments-status");
        status.getElement().setAttribute("aria-live", "polite");
        new ExperimentGrid(grid, experiments, current, owner, this::query, status).configure();
        add(new H1("Your experiments"), tools, status, grid,
                new ImportArea(files, experiments, owner, imported -> grid.getDataProvider().refreshAll()));
    }

    ExperimentQuery query(List<QuerySortOrder> sort) {
        QuerySortOrder first = sort.isEmpty() ? null : sort.getFirst();
        ExperimentQuery.Order order = first == null ? ExperimentQuery.Order.CREATED
                : ExperimentQuery.Order.valueOf(first.getSorted());
        boolean descending = first == null || first.getDirection() == SortDirection.DESCENDING;
        return new ExperimentQuery(search.getValue(), simulation.getValue(), order, descending);
    }

    private void compare() {
        Set<ExperimentSummary> chosen = grid.getSelectedItems();
        if (chosen.size() < 2 || chosen.size() > 4) {
            status.setText("Select 2 to 4 experiments to compare (you selected " + chosen.size() + ").");
            return;
        }
        if (chosen.stream().map(ExperimentSummary::simulationId).distinct().count() > 1) {
            status.setText("Only experiments of the same simulation can be compared.");
            return;
        }
        getUI().ifPresent(ui -> ui.navigate("compare", new QueryParameters(java.util.Map.of("e",
                chosen.stream().map(ExperimentSummary::slug).toList()))));
    }

    static Anchor open(ExperimentSummary e) {
        return new Anchor(e.path(), "Open");
    }

    static Button danger(String text, VaadinIcon icon) {
        Button button = new Button(text, icon.create());
        button.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        return button;
    }
}
