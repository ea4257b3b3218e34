package tech.arcp.metrics;

import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Ticker;
import io.dropwizard.core.setup.Environment;
import jakarta.servlet.DispatcherType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import tech.arcp.audit.AuditContextFilter;
import tech.arcp.audit.AuditLog;
import tech.arcp.auth.AuthFailureListener;
import tech.arcp.health.HealthSummary;
import tech.arcp.http.ClientIpResolver;
import tech.arcp.login.LoginObserver;
import tech.arcp.registry.RegistryStatistics;
import tech.arcp.resources.AgentStatsResource;
import tech.arcp.resources.HealthResource;
import tech.arcp.resources.MetricsResource;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionStore;

/**
 * Metrics, health, Prometheus export and audit (SPEC §6), built once at start-up: every metric is
 * registered here, before the first request, so that all of them show from the start.
 */
public final class Observability {
    private final Environment env;
    private final SessionMetrics sessions;
    private final AuthFailureMetrics authFailures;
    private final AuditLog audit;
    private final LoginRecorder logins;
    private final RequestMetrics requests = new RequestMetrics();

    public Observability(Environment env, PrometheusFactory prometheus, ClientIpResolver clientIps, Ticker ticker,
                         Clock clock) {
        MetricRegistry registry = env.metrics();
        this.env = env;
        this.sessions = new SessionMetrics(registry);
        this.authFailures = new AuthFailureMetrics(registry);
        this.audit = new AuditLog(env.getObjectMapper(), clock);
        this.logins = new LoginRecorder(registry.timer(MetricNames.LOGIN), audit);
        new SystemGauges(Path.of("").toAbsolutePath(), new NetworkUsage(Path.of("/proc/net/dev"),
                prometheus.networkCapacityMbps(), System::nanoTime)).register(registry);
        env.servlets().addFilter("audit-context", new AuditContextFilter(clientIps))
                .addMappingForUrlPatterns(EnumSet.allOf(DispatcherType.class), true, "/*");
        env.servlets().addFilter("request-metrics", new RequestMetricsFilter(requests, ticker)) // outermost
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        env.jersey().register(new RouteTemplates());
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

    /** {@code /metrics}, {@code /metrics/scrape}, {@code /health} and {@code /agents/stats}. */
    public void registerResources(PrometheusFactory prometheus, RegistryStatistics registry, String version,
                                  Ticker ticker, Clock clock, BooleanSupplier draining) {
        env.jersey().register(new MetricsResource(new PrometheusExport(env.metrics(), requests.registry()),
                prometheus.scrapeToken()));
        env.jersey().register(new HealthResource(new HealthSummary(env.healthChecks(), version, ticker, clock,
                draining)));
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("session_metrics", true);
        features.put("prometheus_scrape", prometheus.scrapeToken().isConfigured());
        features.put("audit_log", true);
        features.put("agent_registry", registry != RegistryStatistics.NONE);
        env.jersey().register(new AgentStatsResource(registry, sessions::statistics, features));
    }
}
