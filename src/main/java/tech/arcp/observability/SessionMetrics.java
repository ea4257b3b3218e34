package tech.arcp.observability;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.arcp.api.SessionStats;
import tech.arcp.session.EndReason;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionStore;
import tech.arcp.session.SessionStoreUnavailableException;

/**
 * Session life metrics: meters fed by {@link SessionEvents} ({@code arcp.sessions.created},
 * {@code arcp.sessions.ended.<reason>}, all registered at start so they show 0), and the gauge
 * {@code arcp.sessions.active}, which reads {@link SessionStore#size()} and counts nothing itself.
 */
public final class SessionMetrics implements SessionEvents {
    private final MetricRegistry registry;
    private final Meter created;
    private final Map<EndReason, Meter> ended = new EnumMap<>(EndReason.class);
    private volatile Gauge<Long> active = () -> 0L;

    public SessionMetrics(MetricRegistry registry) {
        this.registry = registry;
        this.created = registry.meter(MetricNames.SESSIONS_CREATED);
        for (EndReason reason : EndReason.values()) {
            ended.put(reason, registry.meter(MetricNames.ended(reason)));
        }
    }

    /**
     * Registers {@code arcp.sessions.active} on the store, once it exists. While the store cannot
     * answer (Redis down) the gauge has no value ({@code null}: absent from the Prometheus text).
     */
    public void watch(SessionStore store) {
        Gauge<Long> gauge = () -> {
            try {
                return store.size();
            } catch (tech.arcp.session.SessionStoreUnavailableException unavailable) {
                return null;
            }
        };
        registry.register(MetricNames.SESSIONS_ACTIVE, gauge);
        this.active = gauge;
    }

    @Override
    public void created(Session session) {
        created.mark();
    }

    @Override
    public void ended(Session session, EndReason reason) {
        ended.get(reason).mark();
    }

    /** The {@code session_statistics} of {@code GET /agents/stats}, from the same metrics. */
    public SessionStats statistics() {
        Map<String, Long> endedTotal = new LinkedHashMap<>();
        ended.forEach((reason, meter) -> endedTotal.put(reason.slug(), meter.getCount()));
        return new SessionStats(active.getValue(), created.getCount(), endedTotal);
    }
}
