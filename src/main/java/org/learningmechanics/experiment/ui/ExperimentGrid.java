package org.learningmechanics.experiment.ui;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.experiment.ExperimentException;
import org.learningmechanics.experiment.ExperimentQuery;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.experiment.ExperimentSummary;
import org.learningmechanics.experiment.Visibility;
import org.learningmechanics.ui.Times;

/**
 * The columns and actions of "Your experiments". Rows come page by page from SQL (offset and limit), in the order
 * the grid asks for; every change names the signed-in account again, so nobody changes a row that is not theirs.
 */
final class ExperimentGrid {

    private final Grid<ExperimentSummary> grid;
    private final ExperimentService experiments;
    private final CurrentAccount current;
    private final Function<List<QuerySortOrder>, ExperimentQuery> query;
    private final Paragraph status;
    /** Whose rows are listed: the account that opened the page (its session ends when it signs out). */
    private final UUID lister;

    ExperimentGrid(Grid<ExperimentSummary> grid, ExperimentService experiments, CurrentAccount current, UUID lister,
                   Function<List<QuerySortOrder>, ExperimentQuery> query, Paragraph status) {
        this.lister = lister;
        this.grid = grid;
        this.experiments = experiments;
        this.current = current;
        this.query = query;
        this.status = status;
    }

    private static final String WHEN = "yyyy-MM-dd HH:mm";

    void configure() {
        String zone = Times.viewerZoneName();
        grid.setId("experiments-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(this::titleField).setKey("title").setHeader("Title")
                .setSortProperty(ExperimentQuery.Order.TITLE.name()).setFlexGrow(3);
        grid.addColumn(e -> e.simulationId() + (e.forked() ? " (fork)" : "")).setKey("simulation")
                .setHeader("Simulation").setSortProperty(ExperimentQuery.Order.SIMULATION.name());
        grid.addComponentColumn(this::visibilityChoice).setKey("visibility").setHeader("Who can open it");
        grid.addColumn(e -> Times.forViewer(e.createdAt(), WHEN)).setKey("created").setHeader("Saved (" + zone + ")")
                .setSortProperty(ExperimentQuery.Order.CREATED.name());
        grid.addColumn(e -> Times.forViewer(e.updatedAt(), WHEN)).setKey("updated").setHeader("Changed (" + zone + ")")
                .setSortProperty(ExperimentQuery.Order.UPDATED.name());
        grid.addComponentColumn(MyExperimentsView::open).setKey("open").setHeader("");
        grid.addComponentColumn(this::deleteButton).setKey("delete").setHeader("");
        grid.setMultiSort(false);
        grid.setItems(q -> experiments.list(lister, query.apply(q.getSortOrders()), q.getOffset(), q.getLimit())
                .stream(), q -> experiments.count(lister, query.apply(q.getSortOrders())));
        grid.setEmptyStateText("No experiments yet. Run a simulation in any chapter and press \"Save experiment\".");
    }

    /** The signed-in account, read again for every change; a session signed out elsewhere changes nothing. */
    private UUID owner() {
        return current.get().map(Account::id).orElseThrow(() -> new ExperimentException("You are no longer "
                + "signed in. Sign in again to change your experiments."));
    }

    /** Does a change, or says in the status line why it could not be done. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (ExperimentException problem) {
            status.setText(problem.getMessage());
        }
    }

    private TextField titleField(ExperimentSummary e) {
        TextField title = new TextField();
        title.setValue(e.title());
        title.setAriaLabel("Title");
        title.setMaxLength(ExperimentService.MAX_TITLE_LENGTH);
        title.setWidthFull();
        title.addClassName("experiment-title-field");
        title.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                experiments.rename(owner(), e.id(), change.getValue());
                title.setInvalid(false);
                status.setText("Renamed to \"" + change.getValue().strip() + "\".");
            } catch (ExperimentException problem) {
                title.setErrorMessage(problem.getMessage());
                title.setInvalid(true);
            }
        });
        return title;
    }

    private Select<Visibility> visibilityChoice(ExperimentSummary e) {
        Select<Visibility> choice = new Select<>();
        choice.setItems(Visibility.offered());
        choice.setItemLabelGenerator(Visibility::label);
        choice.setValue(Visibility.offered().contains(e.visibility()) ? e.visibility() : Visibility.PRIVATE);
        choice.setAriaLabel("Who can open " + e.title());
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                act(() -> {
                    experiments.changeVisibility(owner(), e.id(), change.getValue());
                    status.setText("\"" + e.title() + "\": " + change.getValue().label() + ".");
                });
            }
        });
        return choice;
    }

    private Button deleteButton(ExperimentSummary e) {
        Button delete = MyExperimentsView.danger("Delete", VaadinIcon.TRASH);
        delete.setAriaLabel("Delete " + e.title());
        delete.addClickListener(click -> confirmDelete(e));
        return delete;
    }

    private void confirmDelete(ExperimentSummary e) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle("Delete \"" + e.title() + "\"?");
        confirm.add(new Paragraph("Its link will stop working for everyone. Forks others made of it stay theirs. "
                + "This cannot be undone."));
        Button yes = MyExperimentsView.danger("Delete", VaadinIcon.TRASH);
        yes.setId("experiment-delete-confirm");
        yes.addClickListener(click -> {
            confirm.close();
            act(() -> {
                experiments.delete(owner(), e.id());
                status.setText("Deleted \"" + e.title() + "\".");
            });
            grid.getDataProvider().refreshAll();
        });
        confirm.getFooter().add(new Button("Cancel", click -> confirm.close()), yes);
        confirm.open();
    }
}
