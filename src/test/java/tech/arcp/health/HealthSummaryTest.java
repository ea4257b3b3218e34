package tech.arcp.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.health.HealthCheck;
import com.codahale.metrics.health.HealthCheckRegistry;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.arcp.api.HealthComponent;
import tech.arcp.api.HealthReport;
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

        HealthReport body = summary.run();

        assertThat(body).isEqualTo(new HealthReport("healthy", "2026-11-24T10:00:42.000Z", "1.2.3", 42L, Map.of(
                "session_store", healthy(), "deadlocks", healthy())));
    }

    @Test
    void aFailingNonCriticalCheckIsDegraded() {
        checks.register(Storage.HEALTH_CHECK, fixed(true));
        checks.register("deadlocks", fixed(false));
        assertThat(summary.run().status()).isEqualTo("degraded");
    }

    @Test
    void aFailingSessionStoreIsUnhealthyWhateverTheOrder() {
        checks.register(Storage.HEALTH_CHECK, fixed(false));
        checks.register("a-first", fixed(false));
        checks.register("z-last", fixed(false));
        HealthReport body = summary.run();
        assertThat(body.status()).isEqualTo("unhealthy");
        assertThat(body.components()).containsEntry("session_store",
                new HealthComponent("unhealthy", "broken", Map.of()));
    }

    @Test
    void drainingWinsOverEveryCheck() {
        checks.register(Storage.HEALTH_CHECK, fixed(true));
        java.util.concurrent.atomic.AtomicBoolean draining = new java.util.concurrent.atomic.AtomicBoolean();
        HealthSummary drainable = new HealthSummary(checks, "1.2.3", time, time, draining::get);
        assertThat(drainable.run().status()).isEqualTo("healthy");
        draining.set(true);
        assertThat(drainable.run().status()).isEqualTo("draining");
    }

    private static HealthComponent healthy() {
        return new HealthComponent("healthy", null, Map.of());
    }
}
