package org.learningmechanics.account;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per email and per client address and refuses further attempts for a while once either count
 * is too high. The count is kept for the email as typed, whether or not an account has it, so a refusal says
 * nothing about which emails exist.
 */
@Component
public class SignInThrottle {

    static final int MAX_FAILURES_PER_EMAIL = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW)
            .maximumSize(100_000)
            .build();

    public boolean blocked(String email, String address) {
        return count(emailKey(email)) >= MAX_FAILURES_PER_EMAIL
                || count(addressKey(address)) >= MAX_FAILURES_PER_ADDRESS;
    }

    public void failed(String email, String address) {
        failures.get(emailKey(email), k -> new AtomicInteger()).incrementAndGet();
        failures.get(addressKey(address), k -> new AtomicInteger()).incrementAndGet();
    }

    /** A successful sign-in clears the email's count (not the address's: one good password on a shared IP is not
     * evidence that the other attempts from it were benign). */
    public void succeeded(String email) {
        failures.invalidate(emailKey(email));
    }

    private int count(String key) {
        AtomicInteger n = failures.getIfPresent(key);
        return n == null ? 0 : n.get();
    }

    private static String emailKey(String email) {
        return "email:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : address);
    }
}
