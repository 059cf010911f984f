package org.learningmechanics.sim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.runner.SweepListener;
import org.learningmechanics.sim.runner.SweepRunner;
import org.learningmechanics.sim.sweep.SweepPlan;
import org.learningmechanics.sim.sweep.SweepPoint;

/**
 * Sweep mode: run the simulation across a range of one parameter (or a grid of two, a phase diagram), every other
 * parameter as set in the panel, and plot a chosen metric against it with the theory's prediction beside it.
 * Clicking a point opens that run in the panel (served from its record, since the sweep just computed it).
 */
class SweepPanel extends Details {

    private final Simulation simulation;
    private final SweepRunner sweeps;
    private final Supplier<Optional<ParameterValues>> base;
    private final Consumer<ParameterValues> open;
    private final AxisFields x;
    private final AxisFields y;
    private final Checkbox twoParameters = new Checkbox("Add a second parameter (phase diagram)");
    private final Select<String> metric = new Select<>();
    private final Button run = new Button("Run sweep", VaadinIcon.CHART_LINE.create());
    private final Button stop = new Button("Stop sweep", VaadinIcon.STOP.create());
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final Div chart = new Div();
    private final Paragraph summary = new Paragraph();
    private final List<String> metricNames = new ArrayList<>();
    private boolean metricChosen;
    private SweepResults results;
    private SweepRunner.SweepHandle handle;

    SweepPanel(Simulation simulation, SweepRunner sweeps, Supplier<Optional<ParameterValues>> base,
               Consumer<ParameterValues> open) {
        super("Sweep a parameter");
        this.simulation = simulation;
        this.sweeps = sweeps;
        this.base = base;
        this.open = open;
        addClassName("sweep-panel");
        List<ParameterSpec> numeric = simulation.descriptor().parameters().stream()
                .filter(p -> p.type() != ParameterSpec.Type.CHOICE).toList();
        x = new AxisFields("x", numeric, numeric.getFirst());
        y = new AxisFields("y", numeric, numeric.get(Math.min(1, numeric.size() - 1)));
        y.setVisible(false);
        twoParameters.addValueChangeListener(e -> y.setVisible(e.getValue()));

        metric.setLabel("Metric to plot");
        metric.setId("sweep-metric-" + simulation.descriptor().id());
        metric.setEmptySelectionAllowed(false);
        metric.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                metricChosen = true;
                if (results != null) {
                    redraw();
                }
            }
        });
        run.setId("sweep-run-" + simulation.descriptor().id());
        run.addClickListener(e -> start());
        stop.setEnabled(false);
        stop.addClickListener(e -> stopSweep());
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Sweep progress");
        status.addClassName("sweep-status");
        status.getElement().setAttribute("aria-live", "polite");
        summary.addClassName("sweep-summary");

        HorizontalLayout actions = new HorizontalLayout(run, stop, metric);
        actions.setAlignItems(FlexLayout.Alignment.BASELINE);
        actions.setWrap(true);
        // Attached when first opened: most readers never open it, and every page would otherwise build and send a
        // sweep form per simulation. In a profile of the load test (JFR, N = 150) these forms took 74 of the 244
        // samples spent building chapter views.
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && getContent().findAny().isEmpty()) {
                add(x, twoParameters, y, actions, progress, status, chart, summary);
            }
        });
    }

    private void start() {
        Optional<ParameterValues> parameters = base.get();
        if (parameters.isEmpty()) {
            status.setText("Fix the parameters above first; the sweep holds them fixed.");
            return;
        }
        SweepPlan plan;
        try {
            plan = new SweepPlan(simulation.descriptor(), parameters.get(), x.axis(),
                    twoParameters.getValue() ? Optional.of(y.axis()) : Optional.empty());
        } catch (InvalidParameterException e) {
            status.setText(e.getMessage());
            return;
        }
        int runs = plan.points().size();
        if (runs == 0) {
            status.setText("No point of this sweep is a valid set of parameters; widen the ranges.");
            return;
        }
        results = new SweepResults(plan);
        chart.removeAll();
        summary.setText("");
        setRunning(true);
        status.setText("Running " + runs + " runs" + (plan.skipped() > 0
                ? " (" + plan.skipped() + " combinations are not valid parameters and are left out)" : "") + "…");
        UI ui = UI.getCurrent();
        handle = sweeps.start(simulation, plan, SimulationCatalog.DEFAULT_SEED, SimulationPanel.clientKey(),
                new SweepListener() {
                    @Override
                    public void point(SweepPoint point, SimulationResult result, int done, int total) {
                        ui.access(() -> {
                            results.add(point, result);
                            offerMetrics(result);
                            progress.setValue((double) done / total);
                            status.setText(done + " of " + total + " runs done.");
                        });
                    }

                    @Override
                    public void missed(SweepPoint point, String why, int done, int total) {
                        ui.access(() -> {
                            results.miss(point, why);
                            progress.setValue((double) done / total);
                        });
                    }

                    @Override
                    public void finished(boolean stopped) {
                        ui.access(() -> {
                            setRunning(false);
                            status.setText((stopped ? "Sweep stopped: " : "Sweep done: ") + results.describeCount());
                            redraw();
                        });
                    }
                });
    }

    /**
     * Offers every metric any run has produced so far (some runs lack some, e.g. a half-time the run never reached),
     * in the order the simulation reports them; until the reader picks one, the first is shown.
     */
    private void offerMetrics(SimulationResult result) {
        List<String> before = List.copyOf(metricNames);
        List<String> names = result.metrics().keySet().stream().filter(n -> !n.endsWith("Theory")).toList();
        for (int k = 0; k < names.size(); k++) {
            if (!metricNames.contains(names.get(k))) {
                int after = k == 0 ? -1 : metricNames.indexOf(names.get(k - 1));
                metricNames.add(after + 1, names.get(k));
            }
        }
        if (!metricNames.equals(before)) {
            String chosen = metric.getValue();
            metric.setItems(metricNames);
            metric.setValue(metricChosen && chosen != null ? chosen : metricNames.getFirst());
        }
    }

    private void redraw() {
        chart.removeAll();
        if (metric.getValue() == null) {
            return;
        }
        SweepChart drawn = new SweepChart(results, metric.getValue(), open);
        chart.add(drawn.components());
        summary.setText(results.describe(metric.getValue()));
    }

    private void stopSweep() {
        if (handle != null) {
            handle.stop();
            status.setText("Stopping the sweep…");
        }
    }

    private void setRunning(boolean running) {
        run.setEnabled(!running);
        stop.setEnabled(running);
        progress.setVisible(running);
        progress.setValue(0);
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        stopSweep();
        super.onDetach(event);
    }
}
