package org.learningmechanics.bench;

import java.util.concurrent.TimeUnit;

import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** CPU time of one {@code deep-linear} run: the defaults, a deep net, and the largest, slowest corner. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeepLinearBenchmark {

    @Param({"defaults", "depth4", "largest"})
    String case_;

    private final DeepLinearNetwork simulation = new DeepLinearNetwork();
    private ParameterValues parameters;

    @Setup
    public void setUp() {
        parameters = switch (case_) {
            case "defaults" -> ParameterValues.defaults(simulation.descriptor());
            case "depth4" -> ParameterValues.of(simulation.descriptor(),
                    java.util.Map.of("depth", 4L, "tMax", 40.0));
            default -> ParameterValues.of(simulation.descriptor(),
                    java.util.Map.of("depth", 6L, "size", 12L, "modes", 6L, "tMax", 200.0, "initScale", 1e-6));
        };
    }

    @Benchmark
    public SimulationResult run() {
        return simulation.run(parameters, 1, RunMonitor.NONE);
    }
}
