package org.learningmechanics.sim.runner;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.learningmechanics.sim.Agreement;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Plot;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationDescriptor;
import org.learningmechanics.sim.SimulationResult;

/**
 * A simulation for testing the runner: it runs, checking in often, until the test releases it — so a test can hold
 * workers busy for exactly as long as it needs, whatever the machine's speed.
 */
public final class LatchedSimulation implements Simulation {

    public final CountDownLatch release = new CountDownLatch(1);
    public final AtomicInteger started = new AtomicInteger();

    private static final SimulationDescriptor DESCRIPTOR = new SimulationDescriptor("latched", "Latched", 1, 1, "",
            List.of(ParameterSpec.number("x", "x", "", 0, 1000, 1, 0, ParameterSpec.Scale.LINEAR, "")),
            List.of(), List.of("s"), List.of(), p -> { });

    @Override
    public SimulationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    public static ParameterValues x(double x) {
        return ParameterValues.of(DESCRIPTOR, Map.of("x", x));
    }

    @Override
    public SimulationResult run(ParameterValues parameters, long seed, RunMonitor monitor) {
        started.incrementAndGet();
        monitor.frame(new Frame(Map.of("s", new Series(new double[] {0}, new double[] {0})), Map.of(), 0));
        try {
            while (release.getCount() > 0) {
                monitor.checkpoint();
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        double x = parameters.number("x");
        return new SimulationResult(Map.of("s", new Series(new double[] {x}, new double[] {x})), Map.of(),
                Map.of("x", x), new Agreement("none", 0, 1, ""));
    }

    @Override
    public List<Plot> plots(ParameterValues parameters) {
        return List.of();
    }

    @Override
    public String describe(ParameterValues parameters, SimulationResult result) {
        return "";
    }
}
