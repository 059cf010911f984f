package org.learningmechanics.sim.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SimulationRunnerTest {

    @Autowired
    SimulationRunner runner;

    @Autowired
    SimulationRunRepository runs;

    private final DeepLinearNetwork simulation = new DeepLinearNetwork();

    /** Collects the outcome of one run. */
    static final class Outcome implements RunListener {
        final CompletableFuture<String> end = new CompletableFuture<>();
        volatile boolean fromRecord;
        volatile SimulationResult result;
        volatile int frames;

        @Override
        public void frame(Frame frame) {
            frames++;
        }

        @Override
        public void completed(SimulationResult r, boolean record, long elapsedMs) {
            result = r;
            fromRecord = record;
            end.complete("completed");
        }

        @Override
        public void cancelled(RunCancelledException.Reason reason) {
            end.complete(reason.name());
        }

        @Override
        public void failed(String message) {
            end.complete("failed: " + message);
        }

        String await() throws Exception {
            return end.get(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRepeatedRunIsServedFromTheRecordNotRecomputed() throws Exception {
        ParameterValues p = ParameterValues.of(simulation.descriptor(), Map.of("topSingular", 2.5));
        Outcome first = new Outcome();
        runner.start(simulation, p, 77, first);
        assertThat(first.await()).isEqualTo("completed");
        assertThat(first.fromRecord).isFalse();
        assertThat(first.frames).isGreaterThan(1);

        Outcome second = new Outcome();
        runner.start(simulation, p, 77, second);
        assertThat(second.await()).isEqualTo("completed");
        assertThat(second.fromRecord).isTrue();
        assertThat(second.frames).isEqualTo(1);
        assertThat(second.result).isEqualTo(first.result);
    }

    @Test
    void stopEndsARunAndNothingIsRecorded() throws Exception {
        ParameterValues p = ParameterValues.of(simulation.descriptor(),
                Map.of("depth", 6L, "size", 12L, "tMax", 200.0, "initScale", 1e-6));
        Outcome outcome = new Outcome();
        RunHandle handle = runner.start(simulation, p, 3, outcome);
        handle.stop();
        assertThat(outcome.await()).isEqualTo("STOPPED");
        assertThat(handle.isDone()).isTrue();
        assertThat(runs.find(RunKey.of(simulation, p, 3))).isEmpty();
    }

    @Test
    void aRunOverItsTimeBudgetIsCancelled() throws Exception {
        SimulationRunner impatient = new SimulationRunner(runs, 1, Duration.ofMillis(1));
        try {
            ParameterValues p = ParameterValues.of(simulation.descriptor(),
                    Map.of("depth", 6L, "size", 12L, "tMax", 200.0, "initScale", 1e-6));
            Outcome outcome = new Outcome();
            impatient.start(simulation, p, 4, outcome);
            assertThat(outcome.await()).isEqualTo("TIME_BUDGET_EXCEEDED");
        } finally {
            impatient.shutdown();
        }
    }
}
