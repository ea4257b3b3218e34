package tech.arcp.testing;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake time source for tests: a Caffeine {@link Ticker} and a {@link Clock} that move together,
 * only when {@link #advance} is called. No test sleeps.
 */
public final class TestTime extends Clock implements Ticker {
    public static final Instant START = Instant.parse("2026-11-24T10:00:00Z");
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final long startNanos = nanos.get();

    @Override
    public long read() {
        return nanos.get();
    }

    /** Nanoseconds advanced since this time was made. */
    public long elapsedNanos() {
        return nanos.get() - startNanos;
    }

    public void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Override
    public Instant instant() {
        return START.plusNanos(nanos.get() - startNanos);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
