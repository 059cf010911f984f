package org.learningmechanics.sim.runner;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * At most {@code limit} computing or queued runs per client (a browser session, or an address for the HTTP API), so
 * one person — or one script — cannot fill the pool everyone shares.
 */
final class ClientAdmission {

    private final int limit;
    private final ConcurrentMap<String, Integer> active = new ConcurrentHashMap<>();

    ClientAdmission(int limit) {
        this.limit = limit;
    }

    /** Takes one of the client's slots, or returns false when it has none left. */
    boolean tryEnter(String client) {
        boolean[] admitted = {false};
        active.compute(client, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= limit) {
                return current;
            }
            admitted[0] = true;
            return current + 1;
        });
        return admitted[0];
    }

    void leave(String client) {
        active.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
    }

    int limit() {
        return limit;
    }

    int active(String client) {
        return active.getOrDefault(client, 0);
    }
}
