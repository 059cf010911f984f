package org.learningmechanics.sim.runner;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.sweep.SweepPlan;
import org.learningmechanics.sim.sweep.SweepPoint;
import org.springframework.stereotype.Service;

/**
 * Runs a sweep's points through the shared {@link SimulationRunner}, keeping as many in flight as one client may
 * have — in parallel, but never crowding out other readers — and starting the next as each one ends.
 */
@Service
public class SweepRunner {

    private final SimulationRunner runner;

    public SweepRunner(SimulationRunner runner) {
        this.runner = runner;
    }

    /** A sweep in progress; {@link #stop()} ends the runs in flight and starts no more. */
    public static final class SweepHandle {
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final List<RunHandle> runs = new CopyOnWriteArrayList<>();

        public void stop() {
            stopped.set(true);
            runs.forEach(RunHandle::stop);
        }
    }

    public SweepHandle start(Simulation simulation, SweepPlan plan, long seed, String client, SweepListener listener) {
        SweepHandle handle = new SweepHandle();
        List<SweepPoint> points = plan.points();
        int parallel = Math.max(1, runner.perClientLimit());
        Thread.ofVirtual().name("sweep-" + simulation.descriptor().id()).start(() -> {
            Semaphore slots = new Semaphore(parallel);
            AtomicInteger done = new AtomicInteger();
            try {
                for (SweepPoint point : points) {
                    slots.acquire();
                    if (handle.stopped.get()) {
                        slots.release();
                        break;
                    }
                    handle.runs.add(runner.start(simulation, point.parameters(), seed, client,
                            new PointListener(point, points.size(), done, slots, listener)));
                }
                slots.acquire(parallel); // every run in flight has ended
                listener.finished(handle.stopped.get());
            } catch (InterruptedException e) {
                handle.stop();
                Thread.currentThread().interrupt();
            }
        });
        return handle;
    }

    /** Reports one point's end and frees its slot. */
    private record PointListener(SweepPoint point, int total, AtomicInteger done, Semaphore slots,
                                 SweepListener listener) implements RunListener {

        @Override
        public void frame(Frame frame) {
        }

        @Override
        public void completed(SimulationResult result, boolean fromRecord, long elapsedMs) {
            try {
                listener.point(point, result, done.incrementAndGet(), total);
            } finally {
                slots.release();
            }
        }

        @Override
        public void cancelled(RunCancelledException.Reason reason) {
            missed(reason == RunCancelledException.Reason.STOPPED ? "stopped" : "took longer than the time budget");
        }

        @Override
        public void failed(String message) {
            missed(message);
        }

        private void missed(String why) {
            try {
                listener.missed(point, why, done.incrementAndGet(), total);
            } finally {
                slots.release();
            }
        }
    }
}
