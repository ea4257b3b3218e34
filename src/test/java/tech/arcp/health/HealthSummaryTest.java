package tech.arcp.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.arcp.storage.Storage;
import tech.arcp.testing.TestTime;

class HealthSummaryTest {
    private final TestTime time = new TestTime();
    private final HealthCheckRegistry checks = new HealthCheckRegistry();
    private final HealthSummary summary = new HealthSummary(checks, "1.2.3", time, time, () -> false);

    private static HealthCheck fixed(boolean healthy) {
        return new HealthCheck() {
            @Override
            protected Result check() {
                return healthy ? Result.healthy() : Result.unhealthy("broken");
            }
        };
    }

    @Test
    void allHealthyIsHealthy() {
        checks.register(Storage.HEALTH_CHECK, fixed(true));
        checks.register("deadlocks", fixed(true));
        time.advance(Duration.ofSeconds(42));

        Map<String, Object> body = summary.run();

        assertThat(body).containsEntry("status", "healthy").containsEntry("version", "1.2.3")
                .containsEntry("uptime_seconds", 42L).containsEntry("timestamp", "2026-11-24T10:00:42.000Z");
        assertThat(body.get("components")).isEqualTo(Map.of(
                "session_store", Map.of("status", "healthy"), "deadlocks", Map.of("status", "healthy")));
    }

    @Test
    void aFailingNonCriticalCheckIsDegraded() {
        checks.register(Storage.HEALTH_CHECK, fixed(true));
        checks.register("deadlocks", fixed(false));
        assertThat(summary.run()).containsEntry("status", "degraded");
    }

    @Test
    void aFailingSessionStoreIsUnhealthyWhateverTheOrder() {
        checks.register(Storage.HEALTH_CHECK, fixed(false));
        checks.register("a-first", fixed(false));
        checks.register("z-last", fixed(false));
        Map<String, Object> body = summary.run();
        assertThat(body).containsEntry("status", "unhealthy");
        assertThat(body.get("components")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("session_store", Map.of("status", "unhealthy", "message", "broken"));
    }

    @Test
    void drainingWinsOverEveryCheck() {
        checks.register(Storage.HEALTH_CHECK, fixed(true));
        java.util.concurrent.atomic.AtomicBoolean draining = new java.util.concurrent.atomic.AtomicBoolean();
        HealthSummary drainable = new HealthSummary(checks, "1.2.3", time, time, draining::get);
        assertThat(drainable.run()).containsEntry("status", "healthy");
        draining.set(true);
        assertThat(drainable.run()).containsEntry("status", "draining");
    }
}
