package tech.arcp.storage;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A UTC {@link Clock} that reads a time base in epoch nanoseconds (the Redis store's server time),
 * so that instants a shared storage shows come from the one clock every node shares.
 */
public final class EpochTickerClock extends Clock {
    private final Ticker epochNanos;

    public EpochTickerClock(Ticker epochNanos) {
        this.epochNanos = epochNanos;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (ZoneOffset.UTC.equals(zone)) {
            return this;
        }
        throw new UnsupportedOperationException("the storage clock is UTC only");
    }

    @Override
    public long millis() {
        return epochNanos.read() / 1_000_000L;
    }

    @Override
    public Instant instant() {
        long nanos = epochNanos.read();
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
