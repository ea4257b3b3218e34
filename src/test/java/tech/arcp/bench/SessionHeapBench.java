package tech.arcp.bench;

import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.SessionService;
import tech.arcp.session.TokenCodec;
import tech.arcp.session.caffeine.CaffeineSessionStore;

/**
 * Heap cost of live sessions in the Caffeine store (SPEC §8: 1,000,000 sessions in 1 GiB).
 * Opens {@code count} sessions through {@link SessionService#open} (as logins do: a fresh token,
 * fingerprint digest, client IP and user agent string per session, {@code perUser} sessions per
 * user), then forces GC and prints the used heap per session as {@code key=value} lines.
 * Run it in a JVM limited to {@code -Xmx1g} to prove they fit; an OutOfMemoryError exits non-zero.
 *
 * <pre>java -Xmx1g -cp target/arcp-session-service.jar:target/test-classes tech.arcp.bench.SessionHeapBench 1000000</pre>
 */
public final class SessionHeapBench {
    private SessionHeapBench() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int perUser = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        RuntimeSettings policy = new RuntimeSettings(
                new SessionPolicy(Duration.ofMinutes(60), Duration.ofHours(12), perUser));
        CaffeineSessionStore store = new CaffeineSessionStore(policy, Ticker.systemTicker(), SessionEvents.NONE,
                count, Scheduler.disabledScheduler(), Runnable::run);
        TokenCodec codec = new TokenCodec("heap-bench-key-0123456789abcdefghijkl".getBytes(StandardCharsets.UTF_8));
        SessionService service = new SessionService(store, codec, policy, Ticker.systemTicker(), Clock.systemUTC());
        String[] users = new String[Math.max(1, count / perUser)];
        for (int u = 0; u < users.length; u++) {
            users[u] = "admin-" + u;
        }
        long before = usedAfterGc();
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String user = users[i % users.length];
            service.open(user, "fp-" + i, "10." + (i >>> 16 & 255) + "." + (i >>> 8 & 255) + "." + (i & 255),
                    "python-requests/2.31.0 arcp-client/2.1." + (i % 10));
        }
        long fillMillis = (System.nanoTime() - started) / 1_000_000;
        long after = usedAfterGc();
        long live = store.size();
        Reference.reachabilityFence(store);
        double perSession = (double) (after - before) / live;
        System.out.printf(Locale.ROOT, "sessions=%d%nusers=%d%nfill_ms=%d%nheap_used_before=%d%nheap_used_after=%d%n"
                        + "heap_bytes_per_session=%.0f%nmax_heap=%d%n",
                live, users.length, fillMillis, before, after, perSession, Runtime.getRuntime().maxMemory());
        if (live != count) {
            System.err.println("expected " + count + " live sessions, found " + live);
            System.exit(2);
        }
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
