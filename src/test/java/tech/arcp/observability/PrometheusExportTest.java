package tech.arcp.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tech.arcp.session.EndReason;

class PrometheusExportTest {
    private final MetricRegistry registry = new MetricRegistry();

    private PrometheusText scrape() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PrometheusExport(registry, new PrometheusRegistry()).write(out);
        return PrometheusText.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void mapsActiveAgentGaugesToOneLabelledMetric() throws IOException {
        registry.register(MetricNames.activeAgents("worker"), (Gauge<Integer>) () -> 3);
        registry.register(MetricNames.activeAgents("tool-runner"), (Gauge<Integer>) () -> 1);

        PrometheusText text = scrape();

        assertThat(text.type("arcp_active_agents")).isEqualTo("gauge");
        assertThat(text.value("arcp_active_agents{agent_type=\"worker\"}")).isEqualTo(3.0);
        assertThat(text.value("arcp_active_agents{agent_type=\"tool-runner\"}")).isEqualTo(1.0);
        assertThat(text.samples().keySet()).noneMatch(k -> k.startsWith("arcp_active_agents_"));
    }

    @Test
    void exportsSessionMetersAsCountersWithReasonLabels() throws IOException {
        SessionMetrics sessions = new SessionMetrics(registry);
        new AuthFailureMetrics(registry);
        registry.meter(MetricNames.ended(EndReason.REVOKED)).mark(2);
        registry.meter(MetricNames.SESSIONS_CREATED).mark(5);

        PrometheusText text = scrape();

        assertThat(text.type("arcp_sessions_ended_total")).isEqualTo("counter");
        assertThat(text.value("arcp_sessions_ended_total{reason=\"revoked\"}")).isEqualTo(2.0);
        assertThat(text.value("arcp_sessions_ended_total{reason=\"idle_timeout\"}")).isZero();
        assertThat(text.value("arcp_sessions_started_total")).isEqualTo(5.0);
        assertThat(text.value("arcp_auth_failures_total{problem=\"authentication-failed\"}")).isZero();
        assertThat(sessions.statistics().createdTotal()).isEqualTo(5L);
    }

    @Test
    void exportsTimersInSeconds() throws IOException {
        registry.timer(MetricNames.LOGIN).update(java.time.Duration.ofMillis(250));

        PrometheusText text = scrape();

        assertThat(text.type("arcp_login_seconds")).isEqualTo("summary");
        assertThat(text.value("arcp_login_seconds_count")).isEqualTo(1.0);
        assertThat(text.value("arcp_login_seconds{quantile=\"0.5\"}")).isEqualTo(0.25);
        assertThat(text.type("arcp_login")).as("the old name, kept for one release").isEqualTo("summary");
        assertThat(text.value("arcp_login_count")).isEqualTo(1.0);
        assertThat(text.value("arcp_login{quantile=\"0.5\"}")).isEqualTo(0.25);
    }

    @Test
    void strictReaderRefusesJsonAndStrayLines() {
        assertThatThrownBy(() -> PrometheusText.parse("{\"gauges\":{}}\n")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> PrometheusText.parse("orphan_sample 1.0\n")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE x gauge\nx{a=\"1\" 1.0\n"))
                .isInstanceOf(AssertionError.class);
    }
}
