package org.learningmechanics.experiment.api;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code learningmechanics.api.saves-per-minute} saves over the HTTP API per account in each window of a
 * minute (counted from the account's first save in it), so a runaway script cannot fill the database or hold the
 * connections everyone's pages need. A person saving from the book never comes near it; a notebook importing a few
 * hundred runs waits a few minutes. Same counting as the sign-in and join throttles: a Caffeine cache whose entries
 * expire a window after they were made.
 */
@Component
class SaveThrottle {

    static final Duration WINDOW = Duration.ofMinutes(1);

    private final int limit;
    private final Cache<UUID, AtomicInteger> saves = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW)
            .maximumSize(100_000)
            .build();

    SaveThrottle(@Value("${learningmechanics.api.saves-per-minute:60}") int limit) {
        this.limit = limit;
    }

    /** Counts one save for the account, or returns false (counting nothing) when its window is full. */
    boolean tryAcquire(UUID account) {
        AtomicInteger count = saves.get(account, k -> new AtomicInteger());
        return count.getAndUpdate(n -> n < limit ? n + 1 : n) < limit;
    }

    int limit() {
        return limit;
    }
}
