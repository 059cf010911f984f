package org.learningmechanics.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final SignInThrottle throttle = new SignInThrottle();

    @Test
    void fiveFailuresForAnEmailBlockItWhateverItsCapitalsButNotOtherEmails() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_EMAIL; i++) {
            assertThat(throttle.blocked("ada@example.org", "10.0.0." + i)).isFalse();
            throttle.failed("ada@example.org", "10.0.0." + i);
        }
        assertThat(throttle.blocked(" ADA@example.org ", "10.0.0.99")).isTrue();
        assertThat(throttle.blocked("bea@example.org", "10.0.0.99")).isFalse();
    }

    @Test
    void manyFailuresFromOneAddressBlockItForEveryEmail() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("guess" + i + "@example.org", "10.0.0.1");
        }
        assertThat(throttle.blocked("anyone@example.org", "10.0.0.1")).isTrue();
        assertThat(throttle.blocked("anyone@example.org", "10.0.0.2")).isFalse();
    }

    @Test
    void aSuccessClearsTheEmailsCount() {
        for (int i = 0; i < SignInThrottle.MAX_FAILURES_PER_EMAIL - 1; i++) {
            throttle.failed("ada@example.org", "10.0.0.1");
        }
        throttle.succeeded("ada@example.org");
        throttle.failed("ada@example.org", "10.0.0.1");
        assertThat(throttle.blocked("ada@example.org", "10.0.0.3")).isFalse();
    }
}
