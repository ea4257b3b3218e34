package tech.arcp.observability;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;

/**
 * The metrics of ARCP's own Prometheus instrumentation that its Grafana dashboard queries, from
 * the Prometheus client's Counter and Histogram: {@code arcp_requests_total} and
 * {@code arcp_request_duration_seconds}, labelled {@code method}, {@code endpoint} (the route
 * template, {@link RouteTemplates}) and {@code status_code}, with ARCP's buckets; and the client's
 * standard {@code process_*} and {@code jvm_*} metrics. One registry per application, not the
 * client's global one, so that several applications in one JVM (tests) stay apart. No exemplars:
 * there is no tracer, and sampling them would cost every request.
 */
public final class RequestMetrics {
    /** ARCP's buckets (seconds), 1 ms to 10 s. */
    static final double[] BUCKETS = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0};
    private static final String[] STATUS = new String[600];
    private static final double NANOS_PER_SECOND = 1e9;

    static {
        for (int i = 100; i < STATUS.length; i++) {
            STATUS[i] = Integer.toString(i);
        }
    }

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests = Counter.builder().name(MetricNames.REQUESTS)
            .help("Total number of HTTP requests").labelNames("method", "endpoint", "status_code")
            .withoutExemplars().register(registry);
    private final Histogram duration = Histogram.builder().name(MetricNames.REQUEST_DURATION).unit(Unit.SECONDS)
            .help("HTTP request duration in seconds").labelNames("method", "endpoint", "status_code")
            .classicOnly().classicUpperBounds(BUCKETS).withoutExemplars().register(registry);

    public RequestMetrics() {
        JvmMetrics.builder().register(registry);
    }

    /** Counts one answered request that took {@code nanos}. */
    public void record(String method, String endpoint, int status, long nanos) {
        String code = status >= 100 && status < STATUS.length ? STATUS[status] : Integer.toString(status);
        requests.labelValues(method, endpoint, code).inc();
        duration.labelValues(method, endpoint, code).observe(nanos / NANOS_PER_SECOND);
    }

    public PrometheusRegistry registry() {
        return registry;
    }
}
