package tech.arcp.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Failure counting with lockout, per key (a user name, a client IP). {@code maxFailures} failures
 * within {@code window} (counted from the first of them) lock the key for {@code lockout}; each
 * further lockout of the same key doubles it, up to {@code maxLockout}. A key's record is forgotten
 * {@code window + maxLockout} after its last failure, or on {@link #clear}.
 *
 * <p>Memory is bounded: the records live in a Caffeine cache of at most {@code maximumSize} keys,
 * so a flood of distinct keys evicts old records instead of growing the heap. Time comes from the
 * injected {@link Ticker}. Thread-safe; each failure is counted atomically.
 */
public final class Throttle {
    private static final int MAX_DOUBLINGS = 20;

    /** The numbers of one throttle; see the class comment. */
    public record Settings(int maxFailures, Duration window, Duration lockout, Duration maxLockout,
                           long maximumSize) {
        public Settings {
            if (maxFailures < 1 || maximumSize < 1 || window.isNegative() || window.isZero()
                    || lockout.isNegative() || lockout.isZero() || maxLockout.compareTo(lockout) < 0) {
                throw new IllegalArgumentException("invalid throttle settings");
            }
        }
    }

    private record Strikes(int failures, long windowStart, long lockedUntil, int lockouts) {
    }

    private final Settings settings;
    private final Ticker ticker;
    private final Cache<String, Strikes> records;

    public Throttle(Settings settings, Ticker ticker) {
        this.settings = settings;
        this.ticker = ticker;
        this.records = Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumSize(settings.maximumSize())
                .expireAfterWrite(settings.window().plus(settings.maxLockout()))
                .build();
    }

    public Settings settings() {
        return settings;
    }

    /** Nanoseconds until {@code key} is unlocked; zero or less when it is not locked. */
    public long lockedFor(String key) {
        Strikes strikes = records.getIfPresent(key);
        return strikes == null ? 0 : strikes.lockedUntil() - ticker.read();
    }

    /** Counts one failure of {@code key}; returns whether the key is locked now. Failures while locked do not count. */
    public boolean failed(String key) {
        long now = ticker.read();
        Strikes after = records.asMap().compute(key, (k, before) -> next(before, now));
        return after.lockedUntil() - now > 0;
    }

    /** Forgets {@code key}: its failures and its lockout history. */
    public void clear(String key) {
        records.invalidate(key);
    }

    /** {@link #clear}s every one of {@code keys}; returns whether any was locked. */
    public boolean unlock(java.util.List<String> keys) {
        boolean locked = false;
        for (String key : keys) {
            locked |= lockedFor(key) > 0;
            clear(key);
        }
        return locked;
    }

    /** How many keys are remembered, after pending evictions ran. Never above {@code maximumSize}. */
    public long size() {
        records.cleanUp();
        return records.estimatedSize();
    }

    private Strikes next(Strikes before, long now) {
        Strikes s = before == null ? new Strikes(0, now, now, 0) : before;
        if (s.lockedUntil() - now > 0) {
            return s;
        }
        boolean fresh = s.failures() == 0 || now - s.windowStart() >= settings.window().toNanos();
        int failures = fresh ? 1 : s.failures() + 1;
        long windowStart = fresh ? now : s.windowStart();
        if (failures < settings.maxFailures()) {
            return new Strikes(failures, windowStart, s.lockedUntil(), s.lockouts());
        }
        return new Strikes(0, now, now + lockoutNanos(s.lockouts()), s.lockouts() + 1);
    }

    private long lockoutNanos(int previousLockouts) {
        long doubled = settings.lockout().toNanos() << Math.min(previousLockouts, MAX_DOUBLINGS);
        return Math.min(doubled, settings.maxLockout().toNanos());
    }

    /** Whole seconds, rounded up and at least 1, for {@code Retry-After}. */
    public static long retryAfterSeconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}
