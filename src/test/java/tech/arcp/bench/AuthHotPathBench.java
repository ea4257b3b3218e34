package tech.arcp.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.jackson.Jackson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import tech.arcp.api.SessionStatus;
import tech.arcp.api.Times;
import tech.arcp.session.Access;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionPolicy;
import tech.arcp.session.SessionService;
import tech.arcp.session.TokenCodec;
import tech.arcp.session.caffeine.CaffeineSessionStore;

/**
 * CPU cost of each step of an authenticated request, single-threaded, in nanoseconds per call:
 * token decode (format + HMAC + SHA-256), store lookup, fingerprint digest, the whole
 * {@code authenticate}, and the JSON of {@code /auth/session_status} against that of {@code GET /}.
 * Less sensitive to a busy machine than a load test, since it compares steps in one thread.
 *
 * <pre>java -cp target/arcp-session-service.jar:target/test-classes tech.arcp.bench.AuthHotPathBench</pre>
 */
public final class AuthHotPathBench {
    private static volatile Object sink;

    private AuthHotPathBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        RuntimeSettings policy = new RuntimeSettings(new SessionPolicy(Duration.ofHours(1), Duration.ofHours(12), 5));
        CaffeineSessionStore store = new CaffeineSessionStore(policy, Ticker.systemTicker(), SessionEvents.NONE,
                100_000, Scheduler.disabledScheduler(), Runnable::run);
        TokenCodec codec = new TokenCodec("hot-path-bench-key-0123456789abcdefgh".getBytes(StandardCharsets.UTF_8));
        SessionService service = new SessionService(store, codec, policy, Ticker.systemTicker(), Clock.systemUTC());
        for (int i = 0; i < 10_000; i++) {
            service.open("user-" + (i % 2000), "fp", "127.0.0.1", "bench");
        }
        SessionService.Opened opened = service.open("ARCP", "bench-fp", "127.0.0.1", "bench");
        String token = opened.token();
        Session session = opened.session();
        ObjectMapper json = Jackson.newObjectMapper();
        Map<String, String> banner = new LinkedHashMap<>(Map.of("service", "ARCP", "version", "0.1.0", "status", "healthy"));
        Map<String, Supplier<Object>> steps = new LinkedHashMap<>();
        steps.put("token decode (format, HMAC, SHA-256)", () -> codec.decode(token));
        steps.put("store find (Caffeine)", () -> store.find(session.key()));
        steps.put("fingerprint digest (HMAC)", () -> codec.fingerprint("bench-fp"));
        steps.put("authenticate, quiet (all of the above)", () -> service.authenticate(token, "bench-fp", Access.QUIET));
        steps.put("authenticate, sliding", () -> service.authenticate(token, "bench-fp", Access.SLIDING));
        steps.put("one ISO-8601 timestamp", () -> Times.iso(session.createdAt()));
        steps.put("JSON of session_status (view + write)", () -> write(json, status(session)));
        steps.put("JSON of GET / banner", () -> write(json, banner));
        for (Map.Entry<String, Supplier<Object>> step : steps.entrySet()) {
            System.out.printf(Locale.ROOT, "%-42s %8.0f ns%n", step.getKey(), nanosPerCall(step.getValue(), seconds));
        }
    }

    private static Object status(Session s) {
        return new SessionStatus(true, s.user(), "admin", "user_" + s.user(), true, true, false, false, s.id(),
                Times.iso(s.createdAt()), Times.iso(s.lastAccessAt()), Times.iso(s.createdAt()),
                Times.iso(s.createdAt()), 0L, 3600L);
    }

    private static Object write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Warms up for {@code seconds}, then measures as long again. */
    private static double nanosPerCall(Supplier<Object> step, int seconds) {
        run(step, seconds * 1_000_000_000L);
        long[] calls = new long[1];
        long elapsed = run(step, seconds * 1_000_000_000L, calls);
        return (double) elapsed / calls[0];
    }

    private static long run(Supplier<Object> step, long nanos) {
        return run(step, nanos, new long[1]);
    }

    private static long run(Supplier<Object> step, long nanos, long[] calls) {
        long start = System.nanoTime();
        long now = start;
        while (now - start < nanos) {
            for (int i = 0; i < 1000; i++) {
                sink = step.get();
            }
            calls[0] += 1000;
            now = System.nanoTime();
        }
        return now - start;
    }
}
