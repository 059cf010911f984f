package org.learningmechanics.sim.runner;

import java.util.ArrayList;
import java.util.List;

/** Runs waiting for a worker, in order, so each can be told its place in the line as the line moves. */
final class WaitingLine {

    private final List<RunListener> line = new ArrayList<>();

    /** Joins at the back; returns the place, 1 being next. */
    synchronized int join(RunListener listener) {
        line.add(listener);
        return line.size();
    }

    /** Removes a run that got a worker (or gave up) and tells everyone behind it their new place. */
    void leave(RunListener listener) {
        List<Announcement> moved = new ArrayList<>();
        synchronized (this) {
            int index = line.indexOf(listener);
            if (index < 0) {
                return;
            }
            line.remove(index);
            for (int i = index; i < line.size(); i++) {
                moved.add(new Announcement(line.get(i), i + 1));
            }
        }
        moved.forEach(a -> a.listener().queued(a.position())); // outside the lock: listeners may be slow
    }

    synchronized int size() {
        return line.size();
    }

    private record Announcement(RunListener listener, int position) {
    }
}
