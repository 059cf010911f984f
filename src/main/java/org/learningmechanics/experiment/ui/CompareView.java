package org.learningmechanics.experiment.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.learningmechanics.account.Account;
import org.learningmechanics.account.ui.CurrentAccount;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.experiment.ExperimentService;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Plot;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.ui.PlotCharts;
import org.learningmechanics.ui.chart.LineChart;
import org.learningmechanics.ui.chart.Palette;

/**
 * 2–4 experiments of one simulation side by side ({@code compare?e=slug&e=slug…}): one chart per plot with every
 * experiment's series in its own colour, the parameters with the rows that differ marked, and the metrics. Each
 * experiment is opened with the viewer's own rights, exactly as its link would be.
 */
@Route("compare")
@PageTitle("Compare experiments — Learning Mechanics")
@AnonymousAllowed
class CompareView extends Div implements BeforeEnterObserver {

    static final int MIN = 2;
    static final int MAX = 4;

    private final ExperimentService experiments;
    private final CurrentAccount current;
    private final SimulationCatalog simulations;

    CompareView(ExperimentService experiments, CurrentAccount current, SimulationCatalog simulations) {
        this.experiments = experiments;
        this.current = current;
        this.simulations = simulations;
        addClassName("compare-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Article article = new Article();
        article.setId("content");
        article.addClassName("experiment");
        add(article);
        List<String> slugs = event.getLocation().getQueryParameters().getParameters().getOrDefault("e", List.of());
        if (slugs.size() < MIN || slugs.size() > MAX || slugs.stream().distinct().count() != slugs.size()) {
            problem(article, "Choose 2 to 4 different experiments to compare, from your experiments' list.");
            return;
        }
        Optional<UUID> viewer = current.get().map(Account::id);
        List<Experiment> chosen = new ArrayList<>();
        for (String slug : slugs) {
            Optional<Experiment> e = experiments.open(slug, viewer);
            if (e.isEmpty()) {
                problem(article, "One of these experiments is not there, or it is not shared with you.");
                return;
            }
            chosen.add(e.get());
        }
        if (chosen.stream().map(Experiment::simulationId).distinct().count() > 1) {
            problem(article, "Only experiments of the same simulation can be compared.");
            return;
        }
        Optional<Simulation> simulation = simulations.find(chosen.getFirst().simulationId());
        article.add(new H1("Comparing " + chosen.size() + " experiments of "
                + simulation.map(s -> s.descriptor().title()).orElse(chosen.getFirst().simulationId())));
        article.add(legend(chosen));
        simulation.ifPresent(s -> article.add(charts(s, chosen)));
        article.add(new H2("Parameters"), RunTables.parameters(chosen, simulation),
                new H2("Metrics"), RunTables.metrics(chosen));
    }

    private static UnorderedList legend(List<Experiment> chosen) {
        UnorderedList legend = new UnorderedList();
        legend.addClassName("compare-legend");
        for (int i = 0; i < chosen.size(); i++) {
            Span swatch = new Span();
            swatch.addClassName("compare-swatch");
            swatch.getStyle().set("background-color", Palette.color(i));
            legend.add(new ListItem(swatch, new Anchor(chosen.get(i).path(), chosen.get(i).title())));
        }
        return legend;
    }

    /** The plots of the experiment that draws the most lines (a run with more modes, say), each overlaid. */
    private static Div charts(Simulation simulation, List<Experiment> chosen) {
        Div charts = new Div();
        charts.addClassName("simulation-charts");
        List<Plot> plots = chosen.stream().map(e -> plots(simulation, e))
                .max(Comparator.comparingInt(p -> p.stream().mapToInt(plot -> plot.lines().size()).sum()))
                .orElse(List.of());
        List<String> names = chosen.stream().map(Experiment::title).toList();
        for (Plot plot : plots) {
            LineChart chart = PlotCharts.overlay(plot, names);
            charts.add(chart);
            chart.draw();
            for (int r = 0; r < chosen.size(); r++) {
                PlotCharts.showOverlay(chart, r, chosen.get(r).result());
            }
        }
        return charts;
    }

    private static List<Plot> plots(Simulation simulation, Experiment e) {
        try {
            return simulation.plots(ParameterValues.of(simulation.descriptor(), e.parameters()));
        } catch (RuntimeException notToday) {
            return List.of();
        }
    }

    private static void problem(Article article, String text) {
        Paragraph message = new Paragraph(text);
        message.setId("compare-problem");
        article.add(new H1("Compare experiments"), message, new Anchor("experiments", "Your experiments"));
    }
}
