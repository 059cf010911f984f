package org.learningmechanics.sim.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.learningmechanics.sim.linear.DeepLinearTheory;
import org.learningmechanics.sim.sweep.SweepAxis;
import org.learningmechanics.sim.sweep.SweepPlan;
import org.learningmechanics.sim.sweep.SweepPoint;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SweepRunnerTest {

    @Autowired
    SweepRunner sweeps;

    private final DeepLinearNetwork simulation = new DeepLinearNetwork();

    @Test
    void aSweepOfTheTopSingularValueTracesTheHalfTimeLaw() throws Exception {
        var d = simulation.descriptor();
        ParameterValues base = ParameterValues.of(d, Map.of("modes", 1L, "tMax", 12.0));
        SweepPlan plan = new SweepPlan(d, base, new SweepAxis(d.parameter("topSingular").orElseThrow(), 1, 5, 9),
                Optional.empty());
        Map<Double, SimulationResult> results = new ConcurrentHashMap<>();
        CompletableFuture<Boolean> finished = new CompletableFuture<>();
        int[] lastDone = {0};
        sweeps.start(simulation, plan, 1, "sweep-test", new SweepListener() {
            @Override
            public void point(SweepPoint point, SimulationResult result, int done, int total) {
                results.put(point.x(), result);
                lastDone[0] = Math.max(lastDone[0], done);
                assertThat(total).isEqualTo(9);
            }

            @Override
            public void missed(SweepPoint point, String why, int done, int total) {
                finished.completeExceptionally(new AssertionError("missed " + point + ": " + why));
            }

            @Override
            public void finished(boolean stopped) {
                finished.complete(stopped);
            }
        });
        assertThat(finished.get(60, TimeUnit.SECONDS)).isFalse();
        assertThat(results).hasSize(9);
        assertThat(lastDone[0]).isEqualTo(9);
        results.forEach((s, result) -> assertThat(result.metrics().get("halfTime1"))
                .as("s = %s", s).isCloseTo(DeepLinearTheory.halfTime(2, s, 1e-3), within(1e-5)));
    }
}
