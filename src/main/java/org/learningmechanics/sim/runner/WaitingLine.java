package org.learningmechanics.sim.runner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs waiting for a worker, in a fair order, each told its place as the line changes.
 *
 * <p>Fair means: a client's second run waits behind everyone's first. A run's rank is how many other runs its client
 * already had computing or waiting when it joined, then its arrival. A reader pressing Run once therefore goes ahead
 * of a script that keeps its two allowed runs busy all the time, instead of waiting for everything the script queued
 * before it (bench/load measured 6.6 s p50 behind a flood with a first-come line). A place can thus grow when a
 * first run joins ahead; readers are told so.
 *
 * <p>The order lives in the {@link PriorityBlockingQueue} the workers take from; this class keeps the same order in
 * a list to tell each run its place. Both use {@link #ORDER}, so they agree.
 */
final class WaitingLine {

    /** One run in the line: what to run when a worker takes it, and whom to tell about its place. */
    final class Ticket implements Runnable {
        final RunListener listener;
        final int othersOfTheClient;
        final long arrival;
        private final Runnable work;

        private Ticket(RunListener listener, int othersOfTheClient, Runnable work) {
            this.listener = listener;
            this.othersOfTheClient = othersOfTheClient;
            this.arrival = arrivals.incrementAndGet();
            this.work = work;
        }

        /** Taken by a worker: leaves the line (everyone behind moves up), then runs. */
        @Override
        public void run() {
            leave(this);
            work.run();
        }
    }

    static final Comparator<Runnable> ORDER = Comparator
            .comparingInt((Runnable r) -> ((Ticket) r).othersOfTheClient)
            .thenComparingLong(r -> ((Ticket) r).arrival);

    private final AtomicLong arrivals = new AtomicLong();
    private final List<Ticket> line = new ArrayList<>();

    /** The queue a pool of workers takes tickets from, best first. */
    static PriorityBlockingQueue<Runnable> queue() {
        return new PriorityBlockingQueue<>(16, ORDER);
    }

    Ticket ticket(RunListener listener, int othersOfTheClient, Runnable work) {
        return new Ticket(listener, othersOfTheClient, work);
    }

    /**
     * Joins the line in its fair place, unless it is {@code maximum} long already; returns the place (1 is next) or
     * 0 when refused. Runs it went ahead of are told their new place.
     */
    int join(Ticket ticket, int maximum) {
        List<Announcement> moved = new ArrayList<>();
        int place;
        synchronized (this) {
            if (line.size() >= maximum) {
                return 0;
            }
            int index = 0;
            while (index < line.size() && ORDER.compare(line.get(index), ticket) < 0) {
                index++;
            }
            line.add(index, ticket);
            place = index + 1;
            for (int i = index + 1; i < line.size(); i++) {
                moved.add(new Announcement(line.get(i).listener, i + 1));
            }
        }
        moved.forEach(Announcement::tell); // outside the lock: listeners may be slow
        return place;
    }

    /** Removes a run that got a worker (or could not be queued) and tells everyone behind it their new place. */
    void leave(Ticket ticket) {
        List<Announcement> moved = new ArrayList<>();
        synchronized (this) {
            int index = line.indexOf(ticket);
            if (index < 0) {
                return;
            }
            line.remove(index);
            for (int i = index; i < line.size(); i++) {
                moved.add(new Announcement(line.get(i).listener, i + 1));
            }
        }
        moved.forEach(Announcement::tell);
    }

    synchronized int size() {
        return line.size();
    }

    private record Announcement(RunListener listener, int position) {
        void tell() {
            listener.queued(position);
        }
    }
}
