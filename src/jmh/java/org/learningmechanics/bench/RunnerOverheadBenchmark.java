package org.learningmechanics.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.learningmechanics.sim.Agreement;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Plot;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationDescriptor;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.runner.RunKey;
import org.learningmechanics.sim.runner.RunListener;
import org.learningmechanics.sim.runner.RunRecords;
import org.learningmechanics.sim.runner.SimulationRunRepository;
import org.learningmechanics.sim.runner.SimulationRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the runner adds to a run: admission, the hand-over to the pool, the monitor, recording the result and
 * telling the listener — measured with a simulation that does no work, so everything timed is overhead. The
 * database is replaced by a no-op store (its cost is measured end to end by bench/http.sh).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RunnerOverheadBenchmark {

    private static final SimulationDescriptor EMPTY = new SimulationDescriptor("empty", "Empty", 1, 1, "",
            List.of(ParameterSpec.number("x", "x", "", 0, 1, 1, 0, ParameterSpec.Scale.LINEAR, "")), List.of(),
            List.of(), List.of(), p -> { });

    private final Simulation nothing = new Simulation() {
        @Override
        public SimulationDescriptor descriptor() {
            return EMPTY;
        }

        @Override
        public SimulationResult run(ParameterValues parameters, long seed, RunMonitor monitor) {
            monitor.checkpoint();
            monitor.frame(new Frame(Map.of("s", new Series(new double[] {0}, new double[] {0})), Map.of(), 1));
            return new SimulationResult(Map.of("s", new Series(new double[] {0}, new double[] {0})), Map.of(),
                    Map.of(), new Agreement("none", 0, 1, ""));
        }

        @Override
        public List<Plot> plots(ParameterValues parameters) {
            return List.of();
        }

        @Override
        public String describe(ParameterValues parameters, SimulationResult result) {
            return "";
        }
    };

    private final AtomicLong seeds = new AtomicLong();
    private SimulationRunner runner;
    private ParameterValues parameters;

    @Setup
    public void setUp() {
        SimulationRunRepository noStore = new SimulationRunRepository(null, null) {
            @Override
            public Optional<SimulationResult> find(RunKey key) {
                return Optional.empty();
            }

            @Override
            public void save(RunKey key, ParameterValues parameters, SimulationResult result, long elapsedMs) {
            }
        };
        runner = new SimulationRunner(new RunRecords(noStore, 1_000_000), 2, 64, 1_000, Duration.ofSeconds(30));
        parameters = ParameterValues.defaults(EMPTY);
    }

    @TearDown
    public void tearDown() {
        runner.shutdown();
    }

    /** A new run (a fresh seed each time, so nothing is served from memory). */
    @Benchmark
    public SimulationResult newRun() throws Exception {
        return await(seeds.incrementAndGet());
    }

    /** A run answered from the in-memory record. */
    @Benchmark
    public SimulationResult rememberedRun() throws Exception {
        return await(0);
    }

    private SimulationResult await(long seed) throws Exception {
        CompletableFuture<SimulationResult> done = new CompletableFuture<>();
        runner.start(nothing, parameters, seed, "bench", new RunListener() {
            @Override
            public void frame(Frame frame) {
            }

            @Override
            public void completed(SimulationResult result, boolean fromRecord, long elapsedMs) {
                done.complete(result);
            }

            @Override
            public void cancelled(RunCancelledException.Reason reason) {
                done.completeExceptionally(new IllegalStateException(reason.name()));
            }

            @Override
            public void failed(String message) {
                done.completeExceptionally(new IllegalStateException(message));
            }
        });
        return done.get(10, TimeUnit.SECONDS);
    }
}
