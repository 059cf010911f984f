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

    @Autowired
    RunRecords records;

    private final DeepLinearNetwork simulation = new DeepLinearNetwork();

    /** Collects the outcome of one run. */
    static final class Outcome implements RunListener {
        final CompletableFuture<String> end = new CompletableFuture<>();
        final java.util.List<Integer> positions = new java.util.concurrent.CopyOnWriteArrayList<>();
        volatile boolean fromRecord;
        volatile SimulationResult result;
        volatile int frames;

        @Override
        public void queued(int position) {
            positions.add(position);
        }

        @Override
        public void frame(Frame frame) {
            frames++;
        }

        @Override
        public void refused(String message) {
            end.complete("refused: " + message);
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
        runner.start(simulation, p, 77, "test", first);
        assertThat(first.await()).isEqualTo("completed");
        assertThat(first.fromRecord).isFalse();
        assertThat(first.frames).isGreaterThan(1);

        Outcome second = new Outcome();
        runner.start(simulation, p, 77, "test", second);
        assertThat(second.await()).isEqualTo("completed");
        assertThat(second.fromRecord).isTrue();
        assertThat(second.frames).isEqualTo(1);
        assertThat(second.result).isEqualTo(first.result);
    }

    @Test
    void stopEndsARunAndNothingIsRecorded() throws Exception {
        LatchedSimulation latched = new LatchedSimulation();
        Outcome outcome = new Outcome();
        RunHandle handle = runner.start(latched, LatchedSimulation.x(3), 3, "test", outcome);
        awaitUntil(() -> outcome.frames > 0);
        handle.stop();
        assertThat(outcome.await()).isEqualTo("STOPPED");
        assertThat(handle.isDone()).isTrue();
        assertThat(runs.find(RunKey.of(latched, LatchedSimulation.x(3), 3))).isEmpty();
    }

    @Test
    void aRunOverItsTimeBudgetIsCancelled() throws Exception {
        SimulationRunner impatient = new SimulationRunner(records, 1, 8, 2, Duration.ofMillis(50));
        try {
            Outcome outcome = new Outcome();
            impatient.start(new LatchedSimulation(), LatchedSimulation.x(4), 4, "test", outcome);
            assertThat(outcome.await()).isEqualTo("TIME_BUDGET_EXCEEDED");
        } finally {
            impatient.shutdown();
        }
    }

    @Test
    void aRunRecordedOnlyInPostgresIsStillServedFromTheRecord() throws Exception {
        ParameterValues p = ParameterValues.of(simulation.descriptor(), Map.of("topSingular", 4.5));
        Outcome first = new Outcome();
        runner.start(simulation, p, 5, "test", first);
        assertThat(first.await()).isEqualTo("completed");

        RunRecords coldMemory = new RunRecords(runs, 1_000_000);
        SimulationRunner restarted = new SimulationRunner(coldMemory, 1, 8, 2, Duration.ofSeconds(30));
        try {
            assertThat(coldMemory.inMemory(RunKey.of(simulation, p, 5))).isEmpty();
            Outcome second = new Outcome();
            restarted.start(simulation, p, 5, "test", second);
            assertThat(second.await()).isEqualTo("completed");
            assertThat(second.fromRecord).isTrue();
            assertThat(coldMemory.inMemory(RunKey.of(simulation, p, 5))).isPresent();
        } finally {
            restarted.shutdown();
        }
    }

    @Test
    void aClientOverItsLimitIsRefusedWhileOthersAreServed() throws Exception {
        SimulationRunner small = new SimulationRunner(records, 1, 8, 2, Duration.ofSeconds(30));
        LatchedSimulation latched = new LatchedSimulation();
        try {
            Outcome a1 = new Outcome();
            Outcome a2 = new Outcome();
            small.start(latched, LatchedSimulation.x(101), 1, "alice", a1);
            small.start(latched, LatchedSimulation.x(102), 1, "alice", a2);
            Outcome third = new Outcome();
            small.start(latched, LatchedSimulation.x(103), 1, "alice", third);
            assertThat(third.await()).startsWith("refused: You already have 2 simulations running or waiting.");

            Outcome bob = new Outcome();
            small.start(latched, LatchedSimulation.x(104), 1, "bob", bob);
            latched.release.countDown();
            assertThat(bob.await()).isEqualTo("completed");
            assertThat(a1.await()).isEqualTo("completed");
            assertThat(a2.await()).isEqualTo("completed");

            Outcome again = new Outcome(); // alice's slots are free again
            small.start(latched, LatchedSimulation.x(105), 1, "alice", again);
            assertThat(again.await()).isEqualTo("completed");
        } finally {
            small.shutdown();
        }
    }

    @Test
    void aWaitingRunIsToldItsPlaceAndMovesUpWhenTheLineMoves() throws Exception {
        SimulationRunner single = new SimulationRunner(records, 1, 8, 2, Duration.ofSeconds(30));
        LatchedSimulation latched = new LatchedSimulation();
        try {
            Outcome busy = new Outcome();
            RunHandle running = single.start(latched, LatchedSimulation.x(201), 1, "a", busy);
            awaitUntil(() -> busy.frames > 0);
            Outcome second = new Outcome();
            RunHandle secondHandle = single.start(latched, LatchedSimulation.x(202), 1, "b", second);
            awaitUntil(() -> single.waitingRuns() == 1); // each looks for its record first, on its own thread
            Outcome third = new Outcome();
            single.start(latched, LatchedSimulation.x(203), 1, "c", third);
            awaitUntil(() -> single.waitingRuns() == 2 && !third.positions.isEmpty());
            assertThat(second.positions).containsExactly(1);
            assertThat(third.positions).containsExactly(2);

            secondHandle.stop(); // gives up while waiting ...
            running.stop();      // ... and the worker frees up: the second leaves the line, the third moves up
            assertThat(second.await()).isEqualTo("STOPPED");
            awaitUntil(() -> third.positions.size() == 2);
            assertThat(third.positions).containsExactly(2, 1);
            latched.release.countDown();
            assertThat(third.await()).isEqualTo("completed");
        } finally {
            single.shutdown();
        }
    }

    @Test
    void aClientsSecondRunWaitsBehindAnotherClientsFirst() throws Exception {
        SimulationRunner single = new SimulationRunner(records, 1, 8, 2, Duration.ofSeconds(30));
        LatchedSimulation latched = new LatchedSimulation();
        try {
            Outcome scriptFirst = new Outcome();
            single.start(latched, LatchedSimulation.x(301), 1, "script", scriptFirst);
            awaitUntil(() -> scriptFirst.frames > 0);
            Outcome scriptSecond = new Outcome();
            single.start(latched, LatchedSimulation.x(302), 1, "script", scriptSecond);
            awaitUntil(() -> single.waitingRuns() == 1 && !scriptSecond.positions.isEmpty());

            Outcome reader = new Outcome();
            single.start(latched, LatchedSimulation.x(303), 1, "reader", reader);
            awaitUntil(() -> single.waitingRuns() == 2 && !reader.positions.isEmpty()
                    && scriptSecond.positions.size() == 2);
            assertThat(reader.positions).as("the reader's first run goes ahead").containsExactly(1);
            assertThat(scriptSecond.positions).as("the script's second run is told it moved back").containsExactly(1, 2);

            latched.release.countDown();
            assertThat(scriptSecond.await()).isEqualTo("completed");
            assertThat(reader.end).as("one worker: the reader's run ran before the script's second").isDone();
            assertThat(scriptFirst.await()).isEqualTo("completed");
        } finally {
            single.shutdown();
        }
    }

    @Test
    void theLineIsBoundedAndAFullLineRefusesPolitely() throws Exception {
        SimulationRunner tiny = new SimulationRunner(records, 1, 1, 2, Duration.ofSeconds(30));
        LatchedSimulation latched = new LatchedSimulation();
        try {
            Outcome running = new Outcome();
            tiny.start(latched, LatchedSimulation.x(401), 1, "a", running);
            awaitUntil(() -> running.frames > 0);
            Outcome waiting = new Outcome();
            tiny.start(latched, LatchedSimulation.x(402), 1, "b", waiting);
            awaitUntil(() -> tiny.waitingRuns() == 1);
            Outcome refused = new Outcome();
            tiny.start(latched, LatchedSimulation.x(403), 1, "c", refused);
            assertThat(refused.await()).startsWith("refused: The server is running as many simulations as it can");
            latched.release.countDown();
            assertThat(waiting.await()).isEqualTo("completed");
        } finally {
            tiny.shutdown();
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 30 s");
            }
            Thread.sleep(5);
        }
    }
}
