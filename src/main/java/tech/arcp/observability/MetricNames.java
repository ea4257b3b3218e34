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
    /** Caffeine statistics of the session cache: {@code arcp.sessions.cache.<statistic>}. */
    public static final String SESSION_CACHE = "arcp.sessions.cache";
    public static final String SYSTEM = "arcp.system";
    /** Family of gauges registered by the agent registry: {@code arcp.active_agents.<type>}. */
    public static final String ACTIVE_AGENTS = "arcp.active_agents";

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

    public static String activeAgents(String agentType) {
        return MetricRegistry.name(ACTIVE_AGENTS, agentType);
    }
}
