package tech.arcp.observability;

import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.config.EscapingScheme;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.dropwizard.DropwizardExports;
import io.prometheus.metrics.instrumentation.dropwizard5.labels.CustomLabelMapper;
import io.prometheus.metrics.instrumentation.dropwizard5.labels.MapperConfig;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The Dropwizard registry and the Prometheus client's own registry ({@link RequestMetrics}: request,
 * process and JVM metrics) as one Prometheus text (format 0.0.4). The Dropwizard registry goes
 * through the Prometheus client's Dropwizard bridge. Dotted names become {@code arcp_sessions_active}; the metric families
 * listed in {@link #FAMILIES} become one metric with a label, e.g. {@code arcp.active_agents.<type>}
 * becomes {@code arcp_active_agents{agent_type="<type>"}}.
 */
public final class PrometheusExport {
    public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    /** Dropwizard name families mapped to one labelled Prometheus metric by the bridge. */
    static final List<MapperConfig> FAMILIES = List.of(
            family(MetricNames.ACTIVE_AGENTS, "arcp_active_agents", "agent_type"),
            family(MetricNames.SESSIONS_ENDED, "arcp_sessions_ended", "reason"),
            family(MetricNames.AUTH_FAILURES, "arcp_auth_failures", "problem"),
            family(MetricNames.CONNECTIONS_REFUSED, "arcp_connections_refused", "cap"),
            family(MetricNames.REQUESTS_TIMED_OUT, "arcp_requests_timed_out", "phase"));
    /**
     * Renamed single metrics. The Prometheus model strips a {@code _created} suffix (it is
     * reserved for counters' creation times), so the meter {@code arcp.sessions.created} is
     * exported as {@code arcp_sessions_started_total}; the bridge looks meters up as
     * {@code <name>_total}.
     */
    static final List<MapperConfig> RENAMES = List.of(
            new MapperConfig(MetricNames.SESSIONS_CREATED + "_total", "arcp_sessions_started", Map.of()),
            new MapperConfig(MetricNames.LOGIN, MetricNames.LOGIN_SECONDS, Map.of()));

    private final MetricRegistry registry;
    private final CustomLabelMapper mapper = new CustomLabelMapper(
            Stream.concat(FAMILIES.stream(), RENAMES.stream()).toList());
    private final DropwizardExports singles;
    /** {@code arcp.login} under its name before {@link MetricNames#LOGIN_SECONDS}, kept for one release. */
    private final DropwizardExports oldLoginName;
    private final PrometheusRegistry client;
    private final PrometheusTextFormatWriter writer = PrometheusTextFormatWriter.create();

    public PrometheusExport(MetricRegistry registry, PrometheusRegistry client) {
        this.registry = registry;
        this.singles = new DropwizardExports(registry, (name, metric) -> !inFamily(name), mapper);
        this.oldLoginName = new DropwizardExports(registry, (name, metric) -> name.equals(MetricNames.LOGIN));
        this.client = client;
    }

    private static MapperConfig family(String dropwizardPrefix, String prometheusName, String label) {
        return new MapperConfig(dropwizardPrefix + ".*", prometheusName, Map.of(label, "${0}"));
    }

    /**
     * The current values. The bridge converts each family member on its own (its
     * {@code MetricSnapshots} refuses two snapshots of one name), then the members of a family
     * are merged into one metric with one data point per label value.
     */
    public MetricSnapshots collect() {
        MetricSnapshots.Builder all = MetricSnapshots.builder();
        singles.collect().forEach(all::metricSnapshot);
        oldLoginName.collect().forEach(all::metricSnapshot);
        client.scrape().forEach(all::metricSnapshot);
        Map<String, List<MetricSnapshot>> families = new TreeMap<>();
        for (String member : registry.getNames()) {
            if (inFamily(member)) {
                new DropwizardExports(registry, (name, metric) -> name.equals(member), mapper).collect()
                        .forEach(s -> families.computeIfAbsent(name(s), n -> new ArrayList<>()).add(s));
            }
        }
        families.values().forEach(members -> all.metricSnapshot(SnapshotMerger.merge(members)));
        return all.build();
    }

    static boolean inFamily(String dropwizardName) {
        return FAMILIES.stream().anyMatch(f -> dropwizardName.startsWith(f.getMatch().replace("*", "")));
    }

    public void write(OutputStream out) throws IOException {
        writer.write(out, collect(), EscapingScheme.UNDERSCORE_ESCAPING);
    }

    static String name(MetricSnapshot snapshot) {
        return snapshot.getMetadata().getPrometheusName();
    }
}
