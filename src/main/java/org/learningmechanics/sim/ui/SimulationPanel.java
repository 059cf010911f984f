package org.learningmechanics.sim.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import org.learningmechanics.sim.Agreement;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Plot;
import org.learningmechanics.sim.Preset;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationDescriptor;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.runner.SimulationRunner;
import org.learningmechanics.sim.runner.SweepRunner;
import org.learningmechanics.ui.chart.LineChart;

/**
 * A live simulation inside a chapter: its parameters, Run / Stop / Reset, a progress bar, charts that fill in as
 * the run streams, the theory drawn dashed beside the simulation, and a plain-text summary of the outcome.
 * The run happens on the simulation pool; this panel only ever touches its components inside {@link UI#access}.
 * Other features add their own actions through {@link PanelExtension}s (saving and sharing the run); the same panel
 * also runs a saved experiment's or a shared link's parameters and seed, given through {@link #load}.
 */
public class SimulationPanel extends Div {

    /** Whether the run in progress was asked for by the reader, rather than shown by the panel by itself. */
    private boolean byReader;
    /** How long a shown (not reader-started) run waits before asking again, and how often it may ask. */
    static final long RETRY_MILLIS = 500;
    static final int MAX_RETRIES = 240;
    private int retries;
    private Consumer<String> readerRunCompleted = id -> { };
    private final Simulation simulation;
    private final SimulationRunner runner;
    private final List<ParameterInput> inputs = new ArrayList<>();
    private final Button run = new Button("Run", VaadinIcon.PLAY.create());
    private final Button stop = new Button("Stop", VaadinIcon.STOP.create());
    private final Button reset = new Button("Reset", VaadinIcon.ROTATE_LEFT.create());
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span status = new Span();
    private final AgreementBadge agreement = new AgreementBadge();
    private final Paragraph summary = new Paragraph();
    private final Div charts = new Div();
    private final HorizontalLayout actions;
    private final List<Consumer<Optional<FinishedRun>>> finishedListeners = new ArrayList<>();
    private List<Plot> drawnPlots = List.of();
    private List<LineChart> drawnCharts = List.of();
    private Preset preset;
    private RunSession session;
    private long seed = SimulationCatalog.DEFAULT_SEED;
    private long runSeed;
    private FinishedRun finished;

    /**
     * @param extensions what other features add to the panel (saving and sharing the run), in order
     */
    public SimulationPanel(Simulation simulation, String presetName, SimulationRunner runner, SweepRunner sweeps,
                           List<? extends PanelExtension> extensions) {
        this.simulation = simulation;
        this.runner = runner;
        SimulationDescriptor descriptor = simulation.descriptor();
        this.preset = descriptor.preset(presetName).orElse(null);
        addClassName("simulation-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Simulation: " + descriptor.title());

        H3 title = new H3(descriptor.title());
        Paragraph about = new Paragraph(descriptor.summary());
        about.addClassName("simulation-about");

        FlexLayout parameters = new FlexLayout();
        parameters.addClassName("simulation-parameters");
        parameters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        descriptor.parameters().forEach(spec -> {
            ParameterInput input = ParameterInput.of(spec);
            inputs.add(input);
            parameters.add(input.component());
        });

        run.addThemeVariants(ButtonVariant.PRIMARY);
        run.setId("run-" + descriptor.id());
        run.addClickListener(e -> {
            byReader = true;
            start();
        });
        stop.setEnabled(false);
        stop.addClickListener(e -> stopRun());
        reset.addClickListener(e -> applyDefaults());
        actions = new HorizontalLayout(run, stop, reset);
        actions.setAlignItems(FlexLayout.Alignment.BASELINE);
        actions.setWrap(true);
        if (!descriptor.presets().isEmpty()) {
            actions.add(presetMenu(descriptor));
        }

        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Simulation progress");
        status.addClassName("simulation-status");
        status.getElement().setAttribute("aria-live", "polite");
        summary.addClassName("simulation-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        charts.addClassName("simulation-charts");

        SweepPanel sweep = new SweepPanel(simulation, sweeps, this::currentParameters, this::open);
        add(title, about, parameters, actions, progress, status, charts, agreement, summary, sweep);
        applyDefaults();
        extensions.forEach(extension -> extension.extend(this));
    }

    private Select<Preset> presetMenu(SimulationDescriptor descriptor) {
        Select<Preset> menu = new Select<>();
        menu.setLabel("Preset");
        menu.setItems(descriptor.presets());
        menu.setItemLabelGenerator(Preset::label);
        menu.setPlaceholder("Choose a preset");
        menu.setValue(preset);
        menu.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                preset = e.getValue();
                applyDefaults();
            }
        });
        return menu;
    }

    /** Defaults, overridden by the chosen preset if there is one. */
    private void applyDefaults() {
        seed = SimulationCatalog.DEFAULT_SEED;
        Map<String, Object> values = new LinkedHashMap<>(ParameterValues.defaults(simulation.descriptor()).asMap());
        if (preset != null) {
            values.putAll(preset.values());
        }
        inputs.forEach(input -> input.setValue(values.get(input.name())));
    }

    private void start() {
        currentParameters().ifPresent(this::run);
    }

    /**
     * Asks again shortly for a run the panel started by itself that was refused because the reader's other panels
     * are busy. Returns false when the run was the reader's own, or after two minutes of waiting.
     */
    boolean retryShownRun() {
        if (byReader || retries >= MAX_RETRIES) {
            retries = 0;
            return false;
        }
        retries++;
        status.setText("Waiting for the other simulations on this page to finish…");
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return true;
        }
        RunSession waiting = session;
        CompletableFuture.delayedExecutor(RETRY_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
            try {
                ui.access(() -> {
                    if (session == waiting && isAttached() && !byReader) {
                        start();
                    }
                });
            } catch (UIDetachedException readerLeft) {
                // the page is gone: nothing to retry for
            }
        });
        return true;
    }

    /** The parameters as entered, checked; where one is not allowed, the reason shows next to it. */
    public Optional<ParameterValues> currentParameters() {
        boolean valid = true;
        for (ParameterInput input : inputs) {
            valid &= input.validate();
        }
        if (!valid) {
            status.setText("Some parameters are not allowed; see the messages under them.");
            return Optional.empty();
        }
        Map<String, String> text = new LinkedHashMap<>();
        inputs.forEach(input -> text.put(input.name(), input.text()));
        try {
            return Optional.of(ParameterValues.fromText(simulation.descriptor(), text));
        } catch (InvalidParameterException e) {
            inputs.stream().filter(i -> i.name().equals(e.parameter())).forEach(i -> i.showError(e.getMessage()));
            status.setText(e.getMessage());
            return Optional.empty();
        }
    }

    /** Shows these parameters in the fields and runs them: how a sweep opens one of its points. */
    private void open(ParameterValues parameters) {
        inputs.forEach(input -> input.setValue(parameters.asMap().get(input.name())));
        byReader = true;
        run(parameters);
        getElement().callJsFunction("scrollIntoView", true);
    }

    /**
     * Shows these parameters and seed in the panel and runs them: at once if the panel is on screen, else as soon as
     * it appears (instead of the defaults). A run asked for before is served from its record.
     */
    public void load(ParameterValues parameters, long seed) {
        this.seed = seed;
        inputs.forEach(input -> input.setValue(parameters.asMap().get(input.name())));
        if (session != null) {
            run(parameters);
        }
    }

    /** The seed the next run uses. */
    public long seed() {
        return seed;
    }

    /** The finished run on screen, if the last run finished (not while one runs, nor after a stop or failure). */
    public Optional<FinishedRun> finishedRun() {
        return Optional.ofNullable(finished);
    }

    /** Hears whenever {@link #finishedRun()} changes; called in the UI. */
    public Registration addFinishedRunListener(Consumer<Optional<FinishedRun>> listener) {
        finishedListeners.add(listener);
        return () -> finishedListeners.remove(listener);
    }

    /** Adds a button or link after Run, Stop and Reset. */
    public void addAction(Component action) {
        actions.add(action);
    }

    private void run(ParameterValues parameters) {
        if (session != null) {
            session.stop();
        }
        runSeed = seed;
        setFinished(null);
        List<LineChart> drawn = drawCharts(simulation.plots(parameters));
        session = new RunSession(this, drawn, parameters);
        setRunning(true);
        status.setText("Running…");
        summary.setText("");
        agreement.clear();
        session.begin(runner.start(simulation, parameters, runSeed, clientKey(), session));
    }

    /** Runs are limited per browser session, so one reader cannot queue up the whole pool. */
    static String clientKey() {
        return "session:" + VaadinSession.getCurrent().getSession().getId();
    }

    /**
     * Charts for these plots, emptied. Charts already showing the same plots are reused: creating an ApexCharts
     * chart costs the browser tens of milliseconds, emptying one almost nothing, and that is most of the time
     * between pressing Run and seeing the first points.
     */
    private List<LineChart> drawCharts(List<Plot> plots) {
        if (plots.equals(drawnPlots)) {
            drawnCharts.forEach(LineChart::clear);
            return drawnCharts;
        }
        charts.removeAll();
        List<LineChart> drawn = new ArrayList<>();
        for (Plot plot : plots) {
            LineChart chart = PlotCharts.forRun(plot);
            charts.add(chart);
            chart.draw();
            drawn.add(chart);
        }
        drawnPlots = plots;
        drawnCharts = drawn;
        return drawn;
    }

    private void stopRun() {
        if (session != null) {
            session.stop();
            status.setText("Stopping…");
        }
    }

    void setRunning(boolean running) {
        run.setEnabled(!running);
        stop.setEnabled(running);
        reset.setEnabled(!running);
        inputs.forEach(i -> i.setEnabled(!running));
        progress.setVisible(running);
        progress.setValue(0);
    }

    void showStatus(String text) {
        status.setText(text);
    }

    void showProgress(double fraction) {
        progress.setValue(Math.max(0, Math.min(1, fraction)));
    }

    void showOutcome(String statusText, String summaryText, Agreement result) {
        status.setText(statusText);
        summary.setText(summaryText);
        if (result != null) {
            agreement.show(result);
        }
    }

    /** The current run finished with this result: it becomes the panel's finished run. */
    void completed(ParameterValues parameters, SimulationResult result) {
        setFinished(new FinishedRun(simulation, parameters, runSeed, result));
    }

    private void setFinished(FinishedRun run) {
        finished = run;
        List.copyOf(finishedListeners).forEach(listener -> listener.accept(Optional.ofNullable(run)));
    }

    boolean isCurrent(RunSession candidate) {
        return session == candidate;
    }

    Simulation simulation() {
        return simulation;
    }

    public String simulationId() {
        return simulation.descriptor().id();
    }

    public String simulationTitle() {
        return simulation.descriptor().title();
    }

    /**
     * A simulation in a chapter is a figure: it shows its default run as soon as it appears (from the record, after
     * the first reader), and the reader changes it from there. It is also what a printed chapter shows.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (session == null) {
            byReader = false;
            start();
        }
    }

    /**
     * Called with the simulation's id whenever a run the reader asked for (Run, or a point of a sweep) finishes —
     * not for the default run every panel shows by itself. This is what "simulations run" in progress counts.
     */
    public void onReaderRunCompleted(Consumer<String> listener) {
        readerRunCompleted = listener;
    }

    void runCompleted() {
        retries = 0;
        if (byReader) {
            readerRunCompleted.accept(simulation.descriptor().id());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopRun();
        super.onDetach(event);
    }
}
