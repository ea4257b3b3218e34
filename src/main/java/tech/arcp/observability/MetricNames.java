package tech.arcp.observability;

import com.codahale.metrics.MetricRegistry;
import tech.arcp.session.EndReason;

/**
 * Every metric name of the service, written once. Dropwizard names are dotted; the Prometheus
 * bridge turns them into {@code arcp_sessions_active} and so on (see {@link PrometheusExport}).
 */
public final class MetricNames {
    public static final String PREFIX = "arcp";
    public static final String SESSIONS_ACTIVE = "arcp.sessions.active";
    public static final String SESSIONS_CREATED = "arcp.sessions.created";
    /** Family of meters, one per {@link EndReason}: {@code arcp.sessions.ended.<reason>}. */
    public static final String SESSIONS_ENDED = "arcp.sessions.ended";
    /** Family of meters, one per problem slug the auth filter answers. */
    public static final String AUTH_FAILURES = "arcp.auth.failures";
    public static final String LOGIN = "arcp.login";
    /** {@link #LOGIN} in Prometheus, with its unit; the old {@code arcp_login} stays for one release. */
    public static final String LOGIN_SECONDS = "arcp_login_seconds";
    /** Prometheus-only (the client's Counter and Histogram, {@link RequestMetrics}): ARCP's names. */
    public static final String REQUESTS = "arcp_requests_total";
    public static final String REQUEST_DURATION = "arcp_request_duration_seconds";
    /** Caffeine statistics of the session cache: {@code arcp.sessions.cache.<statistic>}. */
    public static final String SESSION_CACHE = "arcp.sessions.cache";
    public static final String SYSTEM = "arcp.system";
    /** Family of gauges registered by the agent registry: {@code arcp.active_agents.<type>}. */
    public static final String ACTIVE_AGENTS = "arcp.active_agents";
    /** Open connections of the application connector (a gauge). */
    public static final String CONNECTIONS_OPEN = "arcp.connections.open";
    /** Family of meters, one per cap: {@code arcp.connections.refused.<total|per_ip>}. */
    public static final String CONNECTIONS_REFUSED = "arcp.connections.refused";
    /** Family of meters, one per phase: {@code arcp.requests.timed_out.<head|body>}. */
    public static final String REQUESTS_TIMED_OUT = "arcp.requests.timed_out";
    /** Request bodies read in full before dispatch, and their bytes (meters). */
    public static final String BODIES_BUFFERED = "arcp.requests.bodies_buffered";
    public static final String BODY_BYTES_BUFFERED = "arcp.requests.body_bytes_buffered";

    private MetricNames() {
    }

    public static String ended(EndReason reason) {
        return MetricRegistry.name(SESSIONS_ENDED, reason.slug());
    }

    public static String authFailure(String problemSlug) {
        return MetricRegistry.name(AUTH_FAILURES, problemSlug);
    }

    public static String sessionCache(String statistic) {
        return MetricRegistry.name(SESSION_CACHE, statistic);
    }

    /** {@code arcp.system.<resource>_utilization_percent}, e.g. {@code cpu}. */
    public static String systemUtilization(String resource) {
        return MetricRegistry.name(SYSTEM, resource + "_utilization_percent");
    }

    public static String connectionsRefused(String cap) {
        return MetricRegistry.name(CONNECTIONS_REFUSED, cap);
    }

    public static String requestsTimedOut(String phase) {
        return MetricRegistry.name(REQUESTS_TIMED_OUT, phase);
    }

    public static String activeAgents(String agentType) {
        return MetricRegistry.name(ACTIVE_AGENTS, agentType);
    }
}
