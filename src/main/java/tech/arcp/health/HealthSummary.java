package tech.arcp.health;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.BooleanSupplier;
import tech.arcp.api.HealthComponent;
import tech.arcp.api.HealthReport;
import tech.arcp.api.Times;
import tech.arcp.storage.Storage;

/**
 * The body of {@code GET /health}, from the health-check registry: {@code healthy} when every
 * check passes, {@code unhealthy} when a critical one fails (the session store: no login or
 * request can be served), {@code degraded} when only others fail (e.g. {@code deadlocks}), and
 * {@code draining} from the moment a graceful shutdown starts ({@link Draining}), whatever the checks say.
 */
public final class HealthSummary {
    public static final String DRAINING = "draining";
    private static final Set<String> CRITICAL = Set.of(Storage.HEALTH_CHECK);

    private final HealthCheckRegistry checks;
    private final String version;
    private final Ticker ticker;
    private final Clock clock;
    private final long startTick;
    private final BooleanSupplier draining;

    public HealthSummary(HealthCheckRegistry checks, String version, Ticker ticker, Clock clock,
                         BooleanSupplier draining) {
        this.checks = checks;
        this.draining = draining;
        this.version = version;
        this.ticker = ticker;
        this.clock = clock;
        this.startTick = ticker.read();
    }

    public HealthReport run() {
        SortedMap<String, HealthCheck.Result> results = checks.runHealthChecks();
        Map<String, HealthComponent> components = new LinkedHashMap<>();
        String status = "healthy";
        for (Map.Entry<String, HealthCheck.Result> e : results.entrySet()) {
            components.put(e.getKey().replace('-', '_'), component(e.getValue()));
            if (!e.getValue().isHealthy()) {
                status = CRITICAL.contains(e.getKey()) || status.equals("unhealthy") ? "unhealthy" : "degraded";
            }
        }
        return new HealthReport(draining.getAsBoolean() ? DRAINING : status, Times.iso(clock.instant()), version,
                (ticker.read() - startTick) / 1_000_000_000L, components);
    }

    private static HealthComponent component(HealthCheck.Result result) {
        Map<String, Object> details = result.getDetails() == null ? Map.of() : new LinkedHashMap<>(result.getDetails());
        return new HealthComponent(result.isHealthy() ? "healthy" : "unhealthy", result.getMessage(), details);
    }
}
