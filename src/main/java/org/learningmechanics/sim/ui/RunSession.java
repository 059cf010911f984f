package org.learningmechanics.sim.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.runner.RunHandle;
import org.learningmechanics.sim.runner.RunListener;
import org.learningmechanics.ui.chart.LineChart;

/**
 * One run as the panel sees it. Frames arrive on a simulation thread and are queued; at most one push to the
 * browser is in flight at a time and pushes are spaced by {@link #MIN_PUSH_INTERVAL_NANOS}, so a fast simulation
 * cannot flood the connection: whatever queued meanwhile goes out merged in the next push.
 */
final class RunSession implements RunListener {

    private static final long MIN_PUSH_INTERVAL_NANOS = 40_000_000L;

    private final SimulationPanel panel;
    private final List<LineChart> charts;
    private final ParameterValues parameters;
    private final UI ui;
    private final ConcurrentLinkedQueue<Frame> pending = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean pushScheduled = new AtomicBoolean();
    private volatile long lastPush;
    private volatile RunHandle handle;
    private boolean running; // touched only under the UI lock

    RunSession(SimulationPanel panel, List<LineChart> charts, ParameterValues parameters) {
        this.panel = panel;
        this.charts = charts;
        this.parameters = parameters;
        this.ui = panel.getUI().orElseThrow();
    }

    void begin(RunHandle runHandle) {
        this.handle = runHandle;
    }

    void stop() {
        Optional.ofNullable(handle).ifPresent(RunHandle::stop);
    }

    @Override
    public void queued(int position) {
        whileCurrent(() -> panel.showStatus(position == 1
                ? "Waiting for a free worker: you are next."
                : "Waiting for a free worker: " + (position - 1) + " runs ahead of yours."));
    }

    @Override
    public void frame(Frame frame) {
        pending.add(frame);
        if (System.nanoTime() - lastPush >= MIN_PUSH_INTERVAL_NANOS && pushScheduled.compareAndSet(false, true)) {
            whileCurrent(() -> {
                pushScheduled.set(false);
                flush();
            });
        }
    }

    /**
     * Runs in the UI, unless a newer run has replaced this one in the panel meanwhile, or the reader has left the
     * page (closed the tab, went elsewhere): then there is no one to show it to, and that is not the run's failure.
     */
    private void whileCurrent(Runnable update) {
        try {
            ui.access(() -> {
                if (panel.isCurrent(this)) {
                    update.run();
                }
            });
        } catch (UIDetachedException readerLeft) {
            // nothing to update
        }
    }

    /** Sends every queued frame to the charts as one update. Runs inside the UI lock. */
    private void flush() {
        lastPush = System.nanoTime();
        List<Frame> frames = new ArrayList<>();
        for (Frame f; (f = pending.poll()) != null; ) {
            frames.add(f);
        }
        if (frames.isEmpty()) {
            return;
        }
        Map<String, Series> appended = merge(frames);
        Map<String, Series> theory = new LinkedHashMap<>();
        frames.forEach(f -> f.theory().forEach((name, s) -> theory.put(PlotCharts.theoryName(name), s)));
        for (LineChart chart : charts) {
            chart.append(appended);
            if (!theory.isEmpty()) {
                chart.replace(theory);
            }
        }
        panel.showProgress(frames.getLast().progress());
        if (!running) {
            running = true;
            panel.showStatus("Running…");
        }
    }

    /**
     * Makes the charts show exactly the finished result: a series a simulation gave only at the end (a kernel after
     * training, a reference line), or one whose streamed points differ in number from the result's, is replaced.
     */
    private void showWhole(SimulationResult result) {
        for (LineChart chart : charts) {
            Map<String, Series> differing = new LinkedHashMap<>();
            result.series().forEach((name, s) -> {
                if (chart.pointCount(name) != s.size()) {
                    differing.put(name, s);
                }
            });
            result.theory().forEach((name, s) -> {
                if (chart.pointCount(PlotCharts.theoryName(name)) != s.size()) {
                    differing.put(PlotCharts.theoryName(name), s);
                }
            });
            if (!differing.isEmpty()) {
                chart.replace(differing);
            }
        }
    }

    private static Map<String, Series> merge(List<Frame> frames) {
        Map<String, List<Series>> parts = new LinkedHashMap<>();
        frames.forEach(f -> f.appended().forEach((name, s) -> parts.computeIfAbsent(name, n -> new ArrayList<>()).add(s)));
        Map<String, Series> merged = new LinkedHashMap<>();
        parts.forEach((name, list) -> {
            int n = list.stream().mapToInt(Series::size).sum();
            double[] x = new double[n];
            double[] y = new double[n];
            int at = 0;
            for (Series s : list) {
                System.arraycopy(s.x(), 0, x, at, s.size());
                System.arraycopy(s.y(), 0, y, at, s.size());
                at += s.size();
            }
            merged.put(name, new Series(x, y));
        });
        return merged;
    }

    @Override
    public void completed(SimulationResult result, boolean fromRecord, long elapsedMs) {
        whileCurrent(() -> {
            flush();
            showWhole(result);
            panel.setRunning(false);
            String how = fromRecord ? "Done: served from the record of an identical earlier run."
                    : "Done in " + elapsedMs + " ms.";
            panel.showOutcome(how, panel.simulation().describe(parameters, result), result.agreement());
            panel.completed(parameters, result);
            panel.runCompleted();
        });
    }

    @Override
    public void cancelled(RunCancelledException.Reason reason) {
        whileCurrent(() -> {
            flush();
            panel.setRunning(false);
            panel.showOutcome(reason == RunCancelledException.Reason.STOPPED
                    ? "Stopped. The curves show the run up to that point."
                    : "This run took longer than the time allowed and was stopped. Try a shorter training time "
                    + "or a smaller network.", "", null);
        });
    }

    /**
     * A run the panel started by itself (its default, shown when the page opens) waits its turn rather than failing:
     * a chapter with more simulations than a reader may run at once would otherwise show empty charts. A run the
     * reader asked for is refused with the message, so they know why nothing happens.
     */
    @Override
    public void refused(String message) {
        whileCurrent(() -> {
            if (!panel.retryShownRun()) {
                panel.setRunning(false);
                panel.showOutcome(message, "", null);
            }
        });
    }

    @Override
    public void failed(String message) {
        whileCurrent(() -> {
            panel.setRunning(false);
            panel.showOutcome(message, "", null);
        });
    }
}
