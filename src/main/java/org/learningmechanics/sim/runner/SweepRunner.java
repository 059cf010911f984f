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
                    new PointListener(simulation, point, seed, client, points.size(), done, slots, listener, handle)
                            .start();
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

    /**
     * Runs one point and reports its end, freeing its slot. A point refused because the client is at its limit
     * (say, the reader's own run is still going) waits and tries again, for up to a minute.
     */
    private final class PointListener implements RunListener {

        private static final long RETRY_MILLIS = 100;
        private static final int MAX_ATTEMPTS = 600;

        private final Simulation simulation;
        private final SweepPoint point;
        private final long seed;
        private final String client;
        private final int total;
        private final AtomicInteger done;
        private final Semaphore slots;
        private final SweepListener listener;
        private final SweepHandle handle;
        private int attempts;

        PointListener(Simulation simulation, SweepPoint point, long seed, String client, int total,
                      AtomicInteger done, Semaphore slots, SweepListener listener, SweepHandle handle) {
            this.simulation = simulation;
            this.point = point;
            this.seed = seed;
            this.client = client;
            this.total = total;
            this.done = done;
            this.slots = slots;
            this.listener = listener;
            this.handle = handle;
        }

        void start() {
            attempts++;
            handle.runs.add(runner.start(simulation, point.parameters(), seed, client, this));
        }

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
        public void refused(String message) {
            if (handle.stopped.get() || attempts >= MAX_ATTEMPTS) {
                missed(message);
                return;
            }
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(RETRY_MILLIS);
                    start();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    missed(message);
                }
            });
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
