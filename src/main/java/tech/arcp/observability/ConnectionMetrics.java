package tech.arcp.observability;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import java.util.function.IntSupplier;

/**
 * The connection metrics of docs/connections.md: open connections, connections refused by each
 * cap, requests timed out in their head or body, and the request bodies read before dispatch.
 */
public final class ConnectionMetrics {
    public static final String TOTAL_CAP = "total";
    public static final String PER_IP_CAP = "per_ip";
    public static final String HEAD = "head";
    public static final String BODY = "body";

    private final Meter refusedTotal;
    private final Meter refusedPerIp;
    private final Meter headTimeouts;
    private final Meter bodyTimeouts;
    private final Meter bodies;
    private final Meter bodyBytes;

    private final MetricRegistry registry;

    public ConnectionMetrics(MetricRegistry registry) {
        this.registry = registry;
        this.refusedTotal = registry.meter(MetricNames.connectionsRefused(TOTAL_CAP));
        this.refusedPerIp = registry.meter(MetricNames.connectionsRefused(PER_IP_CAP));
        this.headTimeouts = registry.meter(MetricNames.requestsTimedOut(HEAD));
        this.bodyTimeouts = registry.meter(MetricNames.requestsTimedOut(BODY));
        this.bodies = registry.meter(MetricNames.BODIES_BUFFERED);
        this.bodyBytes = registry.meter(MetricNames.BODY_BYTES_BUFFERED);
    }

    /** Registers the gauge of open connections. */
    public void watch(IntSupplier openConnections) {
        registry.register(MetricNames.CONNECTIONS_OPEN, (Gauge<Integer>) openConnections::getAsInt);
    }

    public void refused(boolean totalCap) {
        (totalCap ? refusedTotal : refusedPerIp).mark();
    }

    public void headTimedOut() {
        headTimeouts.mark();
    }

    public void bodyTimedOut() {
        bodyTimeouts.mark();
    }

    public void bodyBuffered(long bytes) {
        bodies.mark();
        bodyBytes.mark(bytes);
    }
}
