package org.learningmechanics.experiment.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.Verification;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.runner.RunListener;
import org.learningmechanics.sim.runner.SimulationRunner;

/**
 * "Re-run and verify": the stored parameters and seed run again on today's code (never answered from the record),
 * and the answer — identical, within tolerance, or drifted — with the differences that decide it.
 */
class VerifyPanel extends Div {

    private final Experiment experiment;
    private final Simulation simulation;
    private final SimulationRunner runner;
    private final Button verify = new Button("Re-run and verify", VaadinIcon.CHECK_CIRCLE.create());
    private final Paragraph status = new Paragraph();
    private final Div report = new Div();

    VerifyPanel(Experiment experiment, Simulation simulation, SimulationRunner runner) {
        this.experiment = experiment;
        this.simulation = simulation;
        this.runner = runner;
        addClassName("verify-panel");
        verify.setId("verify");
        verify.addClickListener(e -> start());
        status.setId("verify-status");
        status.getElement().setAttribute("aria-live", "polite");
        report.setId("verify-report");
        add(verify, status, report);
    }

    Button button() {
        return verify;
    }

    private void start() {
        ParameterValues parameters;
        try {
            parameters = ParameterValues.of(simulation.descriptor(), experiment.parameters());
        } catch (InvalidParameterException changed) {
            status.setText("Drifted: today's simulation no longer accepts the saved parameters (" + changed.getMessage()
                    + ") Saved with version " + experiment.simulationVersion() + ", now version "
                    + simulation.descriptor().version() + ".");
            return;
        }
        UI ui = UI.getCurrent();
        verify.setEnabled(false);
        report.removeAll();
        status.setText("Running the saved parameters and seed again on today's code…");
        runner.recompute(simulation, parameters, experiment.seed(), ShareLinks.clientKey(), new RunListener() {
            @Override
            public void frame(Frame frame) {
            }

            @Override
            public void completed(SimulationResult result, boolean fromRecord, long elapsedMs) {
                ui.access(() -> show(Verification.compare(experiment.result(), experiment.simulationVersion(), result,
                        simulation.descriptor().version())));
            }

            @Override
            public void cancelled(RunCancelledException.Reason reason) {
                failed("The run took longer than the time allowed, so it could not be checked.");
            }

            @Override
            public void failed(String message) {
                ui.access(() -> {
                    verify.setEnabled(true);
                    status.setText(message);
                });
            }
        });
    }

    private void show(Verification v) {
        verify.setEnabled(true);
        String verdict = switch (v.outcome()) {
            case IDENTICAL -> "Identical: today's run gives the saved result to the last bit.";
            case WITHIN_TOLERANCE -> "Within tolerance: no saved number differs from today's by more than a "
                    + "relative " + number(Verification.RELATIVE_TOLERANCE) + " (largest point difference "
                    + number(v.maxSeriesDiff()) + ").";
            case DRIFTED -> "Drifted: today's run differs from the saved one (largest point difference "
                    + number(v.maxSeriesDiff()) + ").";
        };
        status.setText(verdict + " Simulation version: saved " + v.storedVersion() + ", now " + v.currentVersion()
                + (v.versionChanged() ? " (changed)." : "."));
        status.getElement().setAttribute("data-outcome", v.outcome().name().toLowerCase(Locale.ROOT));
        NativeTable metrics = new NativeTable();
        metrics.addClassName("run-table");
        NativeTableRow head = metrics.getHead().addRow();
        for (String title : new String[] {"Metric", "Saved", "Now", "Absolute difference", "Relative difference"}) {
            head.addHeaderCell().setText(title);
        }
        for (Verification.MetricDiff d : v.metrics()) {
            NativeTableRow row = metrics.getBody().addRow();
            row.addHeaderCell().setText(d.name());
            row.addDataCell().setText(RunTables.value(d.stored()));
            row.addDataCell().setText(RunTables.value(d.now()));
            row.addDataCell().setText(number(d.absolute()));
            row.addDataCell().setText(number(d.relative()));
        }
        report.add(metrics);
        if (!v.shapeChanges().isEmpty()) {
            UnorderedList changes = new UnorderedList();
            v.shapeChanges().forEach(c -> changes.add(new ListItem(c)));
            report.add(new Paragraph("What changed shape:"), changes);
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "—" : value == 0 ? "0" : String.format(Locale.ROOT, "%.3g", value);
    }
}
