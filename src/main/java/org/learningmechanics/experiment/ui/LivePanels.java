package org.learningmechanics.experiment.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentException;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.runner.SimulationRunner;
import org.learningmechanics.sim.runner.SweepRunner;
import org.learningmechanics.sim.ui.PanelExtension;
import org.learningmechanics.sim.ui.SimulationPanel;
import org.springframework.stereotype.Component;

/** Live simulation panels outside the chapters: on an experiment's page and behind a shared run link. */
@Component
class LivePanels {

    private final SimulationRunner runner;
    private final SweepRunner sweeps;
    private final List<PanelExtension> extensions;
    private final ExperimentService experiments;
    private final CurrentAccount current;

    LivePanels(SimulationRunner runner, SweepRunner sweeps, List<PanelExtension> extensions,
               ExperimentService experiments, CurrentAccount current) {
        this.runner = runner;
        this.sweeps = sweeps;
        this.extensions = extensions;
        this.experiments = experiments;
        this.current = current;
    }

    SimulationRunner runner() {
        return runner;
    }

    /** A live panel with save and share, showing these parameters and seed as soon as it is on screen. */
    SimulationPanel panel(Simulation simulation, ParameterValues parameters, long seed) {
        SimulationPanel panel = new SimulationPanel(simulation, null, runner, sweeps, extensions);
        panel.load(parameters, seed);
        return panel;
    }

    /**
     * "Run it yourself": the experiment's parameters and seed in a live panel below it. Its owner may also keep a
     * new run in the experiment (how a fork gets its changed parameters).
     */
    void open(Div area, Simulation simulation, Experiment experiment, boolean owner) {
        area.removeAll();
        ParameterValues parameters;
        try {
            parameters = ParameterValues.of(simulation.descriptor(), experiment.parameters());
        } catch (RuntimeException changed) {
            parameters = ParameterValues.defaults(simulation.descriptor());
            area.add(new Span("Today's simulation does not accept the saved parameters (" + changed.getMessage()
                    + "); the panel starts from its defaults."));
        }
        SimulationPanel panel = panel(simulation, parameters, experiment.seed());
        if (owner) {
            Span kept = new Span();
            kept.getElement().setAttribute("aria-live", "polite");
            Button keep = new Button("Keep this run in this experiment", VaadinIcon.DOWNLOAD_ALT.create());
            keep.setId("keep-run");
            keep.setEnabled(false);
            panel.addFinishedRunListener(run -> keep.setEnabled(run.isPresent()));
            keep.addClickListener(e -> panel.finishedRun().ifPresent(run -> current.get().ifPresent(account -> {
                try {
                    experiments.replaceRun(account.id(), experiment.id(), new ExperimentService.Run(
                            run.simulation(), run.parameters(), run.seed(), run.result()));
                    keep.getUI().ifPresent(ui -> ui.getPage().reload());
                } catch (ExperimentException problem) {
                    kept.setText(problem.getMessage());
                }
            })));
            panel.addAction(keep);
            panel.addAction(kept);
        }
        area.add(panel);
        panel.scrollIntoView();
    }
}
