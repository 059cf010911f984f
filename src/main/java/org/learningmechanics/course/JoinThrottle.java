package org.learningmechanics.course;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Counts attempts to join with a code that opens no course, per account and per client address, and refuses more
 * for a while once either count is too high: with 50-bit codes, 10 wrong guesses per quarter hour find a course
 * once in billions of years. A right code is never refused because of earlier typos unless the limit was reached.
 */
@Component
public class JoinThrottle {

    static final int MAX_FAILURES_PER_ACCOUNT = 10;
    static final int MAX_FAILURES_PER_ADDRESS = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW)
            .maximumSize(100_000)
            .build();

    public boolean blocked(UUID account, String address) {
        return count("account:" + account) >= MAX_FAILURES_PER_ACCOUNT
                || count("address:" + address) >= MAX_FAILURES_PER_ADDRESS;
    }

    public void failed(UUID account, String address) {
        failures.get("account:" + account, k -> new AtomicInteger()).incrementAndGet();
        failures.get("address:" + address, k -> new AtomicInteger()).incrementAndGet();
    }

    private int count(String key) {
        AtomicInteger n = failures.getIfPresent(key);
        return n == null ? 0 : n.get();
    }
}
