package tech.arcp.observability;

import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.MetricMetadata;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.ArrayList;
import java.util.List;

/** Merges snapshots of one Prometheus name (the members of a metric family) into one. */
final class SnapshotMerger {
    private SnapshotMerger() {
    }

    static MetricSnapshot merge(List<MetricSnapshot> members) {
        MetricSnapshot first = members.get(0);
        if (members.size() == 1) {
            return first;
        }
        MetricMetadata metadata = new MetricMetadata(first.getMetadata().getName(),
                "Generated from the Dropwizard metric family of " + members.size() + " metrics");
        if (first instanceof GaugeSnapshot) {
            List<GaugeSnapshot.GaugeDataPointSnapshot> points = new ArrayList<>();
            members.forEach(m -> points.addAll(((GaugeSnapshot) m).getDataPoints()));
            return new GaugeSnapshot(metadata, points);
        }
        if (first instanceof CounterSnapshot) {
            List<CounterSnapshot.CounterDataPointSnapshot> points = new ArrayList<>();
            members.forEach(m -> points.addAll(((CounterSnapshot) m).getDataPoints()));
            return new CounterSnapshot(metadata, points);
        }
        throw new IllegalStateException("metric families must be gauges, counters or meters: "
                + PrometheusExport.name(first));
    }
}
