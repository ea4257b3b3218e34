package tech.arcp.registry;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import java.util.function.ToLongFunction;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.session.SessionStoreUnavailableException;

/**
 * Dropwizard metrics of the registry. The Prometheus bridge turns meter {@code arcp.agent.registrations}
 * into {@code arcp_agent_registrations_total}, {@code arcp.agent.heartbeats} into
 * {@code arcp_agent_heartbeats_total}, and the gauges {@code arcp.active_agents.<type>} (one per
 * allowed type, lower-cased) into the {@code arcp_active_agents{agent_type}} family.
 */
public final class RegistryMetrics {
    public static final String REGISTRATIONS = "arcp.agent.registrations";
    public static final String HEARTBEATS = "arcp.agent.heartbeats";
    public static final String ACTIVE_AGENTS = "arcp.active_agents";

    private final MetricRegistry metrics;
    private final Meter registrations;
    private final Meter heartbeats;

    public RegistryMetrics(MetricRegistry metrics) {
        this.metrics = metrics;
        this.registrations = metrics.meter(REGISTRATIONS);
        this.heartbeats = metrics.meter(HEARTBEATS);
    }

    /**
     * Registers one gauge per allowed type, read at scrape time; no value ({@code null}) while a
     * shared registry cannot answer.
     */
    public void gauges(AgentPolicy policy, ToLongFunction<String> aliveOfType) {
        for (String type : policy.typeLabels()) {
            metrics.gauge(MetricRegistry.name(ACTIVE_AGENTS, type), () -> (Gauge<Long>) () -> {
                try {
                    return aliveOfType.applyAsLong(type);
                } catch (tech.arcp.session.SessionStoreUnavailableException unavailable) {
                    return null;
                }
            });
        }
    }

    void registered() {
        registrations.mark();
    }

    void heartbeat() {
        heartbeats.mark();
    }
}
