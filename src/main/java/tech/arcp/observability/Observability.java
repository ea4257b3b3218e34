package tech.arcp.observability;

import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.core.setup.Environment;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import tech.arcp.api.Features;
import tech.arcp.api.SessionStats;
import tech.arcp.audit.AuditLog;
import tech.arcp.auth.AuthFailureListener;
import tech.arcp.health.HealthSummary;
import tech.arcp.login.LoginObserver;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionStore;

/**
 * Metrics, health, Prometheus export and audit (SPEC §6), built once at start-up: every metric is
 * registered here, before the first request, so that all of them show from the start. The
 * application registers the filter and resources that serve them.
 */
public final class Observability {
    private final Environment env;
    private final SessionMetrics sessions;
    private final AuthFailureMetrics authFailures;
    private final AuditLog audit;
    private final LoginRecorder logins;
    private final RequestMetrics requests = new RequestMetrics();

    public Observability(Environment env, PrometheusFactory prometheus, Clock clock) {
        MetricRegistry registry = env.metrics();
        this.env = env;
        this.sessions = new SessionMetrics(registry);
        this.authFailures = new AuthFailureMetrics(registry);
        this.audit = new AuditLog(env.getObjectMapper(), clock);
        this.logins = new LoginRecorder(registry.timer(MetricNames.LOGIN), audit);
        new SystemGauges(Path.of("").toAbsolutePath(), new NetworkUsage(Path.of("/proc/net/dev"),
                prometheus.networkCapacityMbps(), System::nanoTime)).register(registry);
    }

    /** Session events for the store: counted, then audited. */
    public SessionEvents sessionEvents() {
        return SessionEvents.both(sessions, audit);
    }

    /** Registers the gauges that read the store, once it is built. */
    public void watch(SessionStore store) {
        sessions.watch(store);
    }

    public AuthFailureListener authFailures() {
        return authFailures;
    }

    public LoginObserver logins() {
        return logins;
    }

    public AuditLog audit() {
        return audit;
    }

    /** The Prometheus text of every metric, for {@code /metrics}. */
    public PrometheusExport prometheusExport() {
        return new PrometheusExport(env.metrics(), requests.registry());
    }

    /** The summary of every health check, for {@code /health}; "draining" while {@code draining} says so. */
    public HealthSummary health(String version, Ticker ticker, Clock clock, BooleanSupplier draining) {
        return new HealthSummary(env.healthChecks(), version, ticker, clock, draining);
    }

    /** ARCP's request counter and latency histogram, for the request-metrics filter. */
    public RequestMetrics requests() {
        return requests;
    }

    /** The {@code session_statistics} of {@code GET /agents/stats}. */
    public Supplier<SessionStats> sessionStatistics() {
        return sessions::statistics;
    }

    /** The {@code features} of {@code GET /agents/stats}. */
    public static Features features(PrometheusFactory prometheus, boolean agentRegistry) {
        return new Features(true, prometheus.scrapeToken().isConfigured(), true, agentRegistry);
    }
}
