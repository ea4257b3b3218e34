package tech.arcp.session.redis;

import com.github.benmanes.caffeine.cache.Ticker;
import java.util.List;

/**
 * The Redis store's time base: the Redis server's clock ({@code TIME}) in epoch nanoseconds, the
 * one time authority of every node. The scripts read it themselves; this class is the node's
 * estimate of it for what is decided in Java (a near-cache hit, the agent registry, rendering):
 * the server time of the latest reply plus the node's monotonic time elapsed since, so a step of
 * the node's wall clock changes nothing. It re-reads {@code TIME} when its latest reading is
 * older than {@link #RESYNC_NANOS} (an idle node), never more often; a failed re-read keeps the
 * extrapolation.
 *
 * <p>{@code shift} is added to the server's time everywhere (scripts included): zero in
 * production; a test's fake ticker fast-forwards the store with it, since no test can move
 * Redis' clock.
 */
public final class ServerTime implements Ticker {
    static final long RESYNC_NANOS = 1_000_000_000L;
    private static final long NANOS_PER_MICRO = 1_000L;
    private final RedisLink link;
    private final Ticker monotonic;
    private final Ticker shift;
    private volatile Sample latest;

    /** A reading of the server's time ({@code server}, shifted) at the node's monotonic {@code mono}. */
    record Sample(long server, long mono) {
        /** The server time extrapolated to the node's monotonic {@code monoNow}. */
        long at(long monoNow) {
            return server + (monoNow - mono);
        }
    }

    private ServerTime(RedisLink link, Ticker monotonic, Ticker shift) {
        this.link = link;
        this.monotonic = monotonic;
        this.shift = shift;
        this.latest = fetch();
    }

    /**
     * The time base on {@code link}, extrapolated with the application's ticker: the system's in
     * production; any other ticker (a test's fake) also shifts the server's time by how far it has
     * run since now.
     */
    public static ServerTime of(RedisLink link, Ticker ticker) {
        if (ticker == Ticker.systemTicker()) {
            return new ServerTime(link, ticker, () -> 0L);
        }
        long start = ticker.read();
        return new ServerTime(link, ticker, () -> ticker.read() - start);
    }

    /** The time base on {@code link} with an explicit {@code shift} (tests of several nodes share one). */
    static ServerTime shifted(RedisLink link, Ticker monotonic, Ticker shift) {
        return new ServerTime(link, monotonic, shift);
    }

    @Override
    public long read() {
        Sample sample = latest;
        long now = monotonic.read();
        if (now - sample.mono() >= RESYNC_NANOS) {
            sample = resync(sample);
            now = monotonic.read();
        }
        return sample.at(now);
    }

    /** The latest reading, for a near-cache entry fetched now: extrapolating it calls no one. */
    Sample sample() {
        return latest;
    }

    /** The node's monotonic time, to extrapolate a {@link Sample}. */
    long monotonic() {
        return monotonic.read();
    }

    /** The shift to pass to a script (nanoseconds, decimal). */
    String shift() {
        return Long.toString(shift.read());
    }

    /** A script replied {@code server} (shifted); it was sent at the node's monotonic {@code sentAt}. */
    Sample observe(long server, long sentAt) {
        Sample sample = new Sample(server, sentAt + (monotonic.read() - sentAt) / 2);
        latest = sample;
        return sample;
    }

    private Sample resync(Sample stale) {
        try {
            return fetch();
        } catch (RuntimeException e) {
            long now = monotonic.read();
            Sample kept = new Sample(stale.at(now), now);
            latest = kept; // the next attempt after another RESYNC_NANOS
            return kept;
        }
    }

    private Sample fetch() {
        long sentAt = monotonic.read();
        List<String> time = link.call(c -> c.time());
        long server = Long.parseLong(time.get(0)) * 1_000_000_000L + Long.parseLong(time.get(1)) * NANOS_PER_MICRO;
        return observe(server + shift.read(), sentAt);
    }
}
