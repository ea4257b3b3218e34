package tech.arcp.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tech.arcp.problem.ProblemException;
import tech.arcp.testing.TestTime;

class ThrottleTest {
    private static final Throttle.Settings DEFAULTS = new Throttle.Settings(5, Duration.ofMinutes(15),
            Duration.ofMinutes(5), Duration.ofHours(1), 1_000);

    private final TestTime time = new TestTime();
    private final Throttle throttle = new Throttle(DEFAULTS, time);

    private void fail(String key, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(key);
        }
    }

    @Test
    void locksAKeyForFiveMinutesAfterFiveFailuresInTheWindow() {
        fail("alice", 4);
        assertThat(throttle.lockedFor("alice")).isLessThanOrEqualTo(0);
        assertThat(throttle.failed("alice")).isTrue();
        assertThat(throttle.lockedFor("alice")).isEqualTo(Duration.ofMinutes(5).toNanos());
        time.advance(Duration.ofMinutes(5).minusNanos(1));
        assertThat(throttle.lockedFor("alice")).isPositive();
        time.advance(Duration.ofNanos(1));
        assertThat(throttle.lockedFor("alice")).isLessThanOrEqualTo(0);
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        fail("alice", 4);
        time.advance(Duration.ofMinutes(15));
        fail("alice", 4);
        assertThat(throttle.lockedFor("alice")).isLessThanOrEqualTo(0);
    }

    @Test
    void eachFurtherLockoutDoublesUpToTheMaximum() {
        long[] expectedMinutes = {5, 10, 20, 40, 60, 60};
        for (long minutes : expectedMinutes) {
            fail("alice", 5);
            assertThat(throttle.lockedFor("alice")).isEqualTo(Duration.ofMinutes(minutes).toNanos());
            time.advance(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLockout() {
        fail("alice", 5);
        time.advance(Duration.ofMinutes(1));
        fail("alice", 20);
        assertThat(throttle.lockedFor("alice")).isEqualTo(Duration.ofMinutes(4).toNanos());
    }

    @Test
    void keysAreIndependentAndClearForgetsHistory() {
        fail("alice", 5);
        assertThat(throttle.lockedFor("bob")).isLessThanOrEqualTo(0);
        throttle.clear("alice");
        assertThat(throttle.lockedFor("alice")).isLessThanOrEqualTo(0);
        fail("alice", 5);
        assertThat(throttle.lockedFor("alice")).isEqualTo(Duration.ofMinutes(5).toNanos());
    }

    @Test
    void lockoutHistoryIsForgottenAfterWindowPlusMaxLockoutOfQuiet() {
        fail("alice", 5);
        time.advance(Duration.ofMinutes(15).plus(Duration.ofHours(1)));
        fail("alice", 5);
        assertThat(throttle.lockedFor("alice")).isEqualTo(Duration.ofMinutes(5).toNanos());
    }

    @Test
    void retryAfterIsWholeSecondsRoundedUp() {
        assertThat(Throttle.retryAfterSeconds(1)).isEqualTo(1);
        assertThat(Throttle.retryAfterSeconds(1_000_000_000L)).isEqualTo(1);
        assertThat(Throttle.retryAfterSeconds(1_000_000_001L)).isEqualTo(2);
    }

    @Test
    void hundredThousandDistinctUserNamesStayWithinTheBound() {
        LoginThrottle logins = LoginThrottle.of(DEFAULTS, time);
        for (int i = 0; i < 100_000; i++) {
            logins.failed("user-" + i, "203.0.113.9");
            if (i % 10_000 == 0) {
                assertThat(logins.userKeys()).isLessThanOrEqualTo(DEFAULTS.maximumSize());
            }
        }
        assertThat(logins.userKeys()).isLessThanOrEqualTo(DEFAULTS.maximumSize()).isPositive();
    }

    @Test
    void loginThrottleCountsUserAndAddressSeparately() {
        LoginThrottle logins = LoginThrottle.of(DEFAULTS, time);
        for (int i = 0; i < 5; i++) {
            logins.failed("alice", "198.51.100." + i);
        }
        assertThatThrownBy(() -> logins.check("alice", "198.51.100.99")).isInstanceOf(ProblemException.class);
        logins.check("bob", "198.51.100.1");
        for (int i = 0; i < 5; i++) {
            logins.failed("user" + i, "192.0.2.1");
        }
        assertThatThrownBy(() -> logins.check("carol", "192.0.2.1")).isInstanceOf(ProblemException.class);
    }

    @Test
    void lockedLoginAnswersRateLimitWithRetryAfterAndAttemptType() {
        LoginThrottle logins = LoginThrottle.of(DEFAULTS, time);
        for (int i = 0; i < 5; i++) {
            logins.failed("alice", "192.0.2.1");
        }
        time.advance(Duration.ofSeconds(10).plusMillis(500));
        assertThatThrownBy(() -> logins.check("alice", "192.0.2.2"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().type().slug()).isEqualTo("rate-limit-exceeded");
                    assertThat(e.problem().extensions()).containsEntry("attempt_type", "login")
                            .containsEntry("retry_after", 290L);
                });
    }

    @Test
    void successClearsTheUserNameButNotTheAddress() {
        LoginThrottle logins = LoginThrottle.of(DEFAULTS, time);
        for (int i = 0; i < 4; i++) {
            logins.failed("alice", "192.0.2.1");
        }
        logins.succeeded("alice");
        logins.failed("alice", "192.0.2.7");
        logins.check("alice", "192.0.2.8");
        logins.failed("bob", "192.0.2.1");
        assertThatThrownBy(() -> logins.check("carol", "192.0.2.1")).isInstanceOf(ProblemException.class);
    }
}
