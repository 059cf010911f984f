package org.learningmechanics.sim.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Plot;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.ui.chart.LineChart;

/**
 * A run that was kept, drawn at once from its stored result (nothing is computed): the same charts as the live
 * panel, the agreement with theory and the plain-text summary.
 */
public class StoredRun extends Div {

    public StoredRun(Simulation simulation, ParameterValues parameters, SimulationResult result) {
        addClassName("stored-run");
        Div charts = new Div();
        charts.addClassName("simulation-charts");
        for (Plot plot : simulation.plots(parameters)) {
            LineChart chart = PlotCharts.forRun(plot);
            charts.add(chart);
            PlotCharts.show(chart, result);
        }
        AgreementBadge agreement = new AgreementBadge();
        agreement.show(result.agreement());
        Paragraph summary = new Paragraph(describe(simulation, parameters, result));
        summary.addClassName("simulation-summary");
        add(charts, agreement, summary);
    }

    /** A result kept by an older version may lack what today's summary mentions: then it goes without one. */
    private static String describe(Simulation simulation, ParameterValues parameters, SimulationResult result) {
        try {
            return simulation.describe(parameters, result);
        } catch (RuntimeException notDescribable) {
            return "";
        }
    }
}
