package tech.arcp.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.jvm.BufferPoolMetricSet;
import com.codahale.metrics.jvm.ClassLoadingGaugeSet;
import com.codahale.metrics.jvm.FileDescriptorRatioGauge;
import com.codahale.metrics.jvm.GarbageCollectorMetricSet;
import com.codahale.metrics.jvm.JvmAttributeGaugeSet;
import com.codahale.metrics.jvm.MemoryUsageGaugeSet;
import com.codahale.metrics.jvm.ThreadStatesGaugeSet;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.Problems;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * A scripted life of sessions on the full app, then exact metric values: on the admin port's
 * Dropwizard JSON, in the Prometheus text of {@code GET /metrics}, and in {@code /agents/stats}.
 */
class ObservabilityScenarioTest {
    private static final TestTime TIME = new TestTime();

    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    /**
     * The JVM metric sets that {@code Bootstrap.registerMetrics()} adds in a real run (the test
     * support skips that step), so the export is checked against the same registry as production.
     */
    @BeforeAll
    static void registerJvmMetricsAsARealRunDoes() {
        MetricRegistry registry = APP.getEnvironment().metrics();
        registry.register("jvm.attribute", new JvmAttributeGaugeSet());
        registry.register("jvm.buffers", new BufferPoolMetricSet(ManagementFactory.getPlatformMBeanServer()));
        registry.register("jvm.classloader", new ClassLoadingGaugeSet());
        registry.register("jvm.filedescriptor", new FileDescriptorRatioGauge());
        registry.register("jvm.gc", new GarbageCollectorMetricSet());
        registry.register("jvm.memory", new MemoryUsageGaugeSet());
        registry.register("jvm.threads", new ThreadStatesGaugeSet());
    }

    @Test
    void metricsFollowThreeLoginsOneLogoutAndOneIdleExpiry() {
        Http http = new Http(APP.getLocalPort());
        Http admin = new Http(APP.getAdminPort());
        Admin a = Admin.login(http, "fp-a");
        TIME.advance(Duration.ofMinutes(40));
        Admin b = Admin.login(http, "fp-b");
        Admin c = Admin.login(http, "fp-c");
        assertThat(c.post("/auth/logout", "").status()).isEqualTo(200);
        Problems.assertProblem(http.get("/auth/session_status"), 401, "authentication-failed");
        Problems.assertProblem(http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"wrong-password\"}",
                "X-Client-Fingerprint", "fp-x"), 401, "authentication-failed");
        TIME.advance(Duration.ofMinutes(30)); // a: 70 min idle (over 60); b: 30 min

        assertThat(http.get("/health").status()).isEqualTo(200); // its store check runs Caffeine's clean-up
        JsonNode json = admin.get("/metrics").json();

        assertThat(json.at("/gauges/arcp.sessions.active/value").asLong()).isEqualTo(1);
        assertThat(json.at("/meters/arcp.sessions.created/count").asLong()).isEqualTo(3);
        assertThat(json.at("/meters/arcp.sessions.ended.revoked/count").asLong()).isEqualTo(1);
        assertThat(json.at("/meters/arcp.sessions.ended.idle_timeout/count").asLong()).isEqualTo(1);
        for (String zero : new String[] {"absolute_timeout", "evicted", "pin_attempts"}) {
            assertThat(json.at("/meters/arcp.sessions.ended." + zero + "/count").isNumber()).isTrue();
            assertThat(json.at("/meters/arcp.sessions.ended." + zero + "/count").asLong()).isZero();
        }
        assertThat(json.at("/meters/arcp.auth.failures.authentication-failed/count").asLong()).isEqualTo(1);
        assertThat(json.at("/meters/arcp.auth.failures.session-expired/count").asLong()).isZero();
        assertThat(json.at("/timers/arcp.login/count").asLong()).isEqualTo(4);
        assertThat(json.at("/gauges/arcp.sessions.cache.estimated_size/value").asLong()).isEqualTo(1);
        assertThat(json.at("/gauges/arcp.sessions.cache.eviction_count/value").asLong()).isEqualTo(1);
        assertThat(json.at("/gauges/arcp.sessions.cache.hit_count/value").asLong()).isPositive();
        assertThat(json.at("/gauges/arcp.sessions.cache.miss_count/value").isNumber()).isTrue();

        Problems.assertProblem(a.get("/auth/session_status"), 401, "session-expired");
        assertPrometheus(b);
        assertAgentStats(b);
    }

    private static void assertPrometheus(Admin b) {
        Http.Reply reply = b.get("/metrics");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThatThrownBy(reply::json).as("the body is not JSON").isInstanceOf(RuntimeException.class);
        PrometheusText text = PrometheusText.parse(reply.body());

        assertThat(text.type("arcp_sessions_active")).isEqualTo("gauge");
        assertThat(text.value("arcp_sessions_active")).isEqualTo(1.0);
        assertThat(text.value("arcp_sessions_started_total")).isEqualTo(3.0);
        assertThat(text.value("arcp_sessions_ended_total{reason=\"revoked\"}")).isEqualTo(1.0);
        assertThat(text.value("arcp_sessions_ended_total{reason=\"idle_timeout\"}")).isEqualTo(1.0);
        assertThat(text.value("arcp_sessions_ended_total{reason=\"evicted\"}")).isZero();
        assertThat(text.value("arcp_auth_failures_total{problem=\"authentication-failed\"}")).isEqualTo(1.0);
        assertThat(text.value("arcp_auth_failures_total{problem=\"session-expired\"}")).isEqualTo(1.0);
        assertThat(text.value("arcp_login_count")).isEqualTo(4.0);
        assertThat(text.value("arcp_sessions_cache_eviction_count")).isEqualTo(1.0);
        for (String resource : new String[] {"cpu", "memory", "disk", "network"}) {
            assertThat(text.value("arcp_system_" + resource + "_utilization_percent")).isBetween(0.0, 100.0);
        }
        assertThat(text.value("arcp_system_memory_utilization_percent")).isPositive();
        assertThat(text.value("arcp_system_disk_utilization_percent")).isPositive();
        assertThat(text.samples().keySet()).anyMatch(k -> k.startsWith("jvm_memory_heap_used"))
                .anyMatch(k -> k.startsWith("jvm_threads_count"))
                .anyMatch(k -> k.startsWith("io_dropwizard_jetty_MutableServletContextHandler_2xx_responses"))
                .anyMatch(k -> k.startsWith("org_eclipse_jetty"));
    }

    private static void assertAgentStats(Admin b) {
        Http.Reply reply = b.get("/agents/stats");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode stats = reply.json();
        assertThat(stats.at("/registry_statistics/total_agents").asInt()).isZero();
        assertThat(stats.at("/registry_statistics/alive_agents").asInt()).isZero();
        assertThat(stats.at("/registry_statistics/agent_types").isObject()).isTrue();
        JsonNode sessions = stats.get("session_statistics");
        assertThat(sessions.get("active").asLong()).isEqualTo(1);
        assertThat(sessions.get("created_total").asLong()).isEqualTo(3);
        assertThat(Map.of("revoked", sessions.at("/ended_total/revoked").asLong(),
                "idle_timeout", sessions.at("/ended_total/idle_timeout").asLong(),
                "evicted", sessions.at("/ended_total/evicted").asLong()))
                .isEqualTo(Map.of("revoked", 1L, "idle_timeout", 1L, "evicted", 0L));
        assertThat(sessions.get("ended_total").size()).isEqualTo(5);
        assertThat(stats.get("features").isObject()).isTrue();
    }
}
