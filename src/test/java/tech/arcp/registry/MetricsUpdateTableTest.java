package tech.arcp.registry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tech.arcp.problem.ProblemException;
import tech.arcp.registry.rules.AgentMetrics;
import tech.arcp.testing.AgentBodies;

/**
 * Table-driven metrics updates of a registered agent: each value is range-checked (stored, or 422
 * naming the field and leaving the metrics as they were), and no stored value is ever out of range.
 */
class MetricsUpdateTableTest extends RegistrationFixture {

    @Test
    void metricsUpdatesAreRangeCheckedAndNeverStoreABadValue() {
        service.register(ADMIN, AgentBodies.registration("metered"));
        Object[][] table = {
            {"success_rate", 0, true}, {"success_rate", 1, true}, {"success_rate", 0.5, true},
            {"success_rate", -0.01, false}, {"success_rate", 1.01, false}, {"success_rate", "0.5", false},
            {"success_rate", true, false}, {"avg_response_time", 3600, true}, {"avg_response_time", 0, true},
            {"avg_response_time", 3600.5, false}, {"avg_response_time", -1, false}, {"total_requests", 0, true},
            {"total_requests", 9_000_000_000L, true}, {"total_requests", -1, false}, {"total_requests", 1.5, false},
            {"reputation_score", 10, true}, {"reputation_score", 10.5, false}, {"reputation_score", -0.5, false},
            {"requests_processed", 3, true}, {"requests_processed", -3, false}, {"average_response_time", 1.25, true},
            {"average_response_time", 4000, false}, {"error_rate", 0.25, true}, {"error_rate", 2, false},
            {"error_rate", null, true}, {"agent_id", "someone-else", true}, {"last_active", "1999-01-01", true},
            {"unknown", 5, true},
        };
        for (Object[] row : table) {
            ObjectNode body = JSON.createObjectNode();
            body.set((String) row[0], JSON.valueToTree(row[1]));
            AgentMetrics before = registry.find("metered").orElseThrow().metrics();
            time.advance(Duration.ofSeconds(1));
            try {
                AgentMetrics after = service.updateMetrics(ADMIN, "metered", body).metrics();
                assertThat((boolean) row[2]).as("%s=%s should fail", row[0], row[1]).isTrue();
                assertThat(after.lastActive()).isEqualTo(time.instant());
            } catch (ProblemException e) {
                assertThat((boolean) row[2]).as("%s=%s failed: %s", row[0], row[1], e.problem()).isFalse();
                assertThat(fields(e)).containsExactly((String) row[0]);
                assertThat(registry.find("metered").orElseThrow().metrics()).isEqualTo(before);
            }
            assertInRange(registry.find("metered").orElseThrow().metrics());
        }
    }

    private static void assertInRange(AgentMetrics m) {
        assertThat(m.successRate()).isBetween(0.0, 1.0);
        assertThat(m.errorRate()).isBetween(0.0, 1.0);
        assertThat(m.avgResponseTime()).isBetween(0.0, 3600.0);
        assertThat(m.averageResponseTime()).isBetween(0.0, 3600.0);
        assertThat(m.reputationScore()).isBetween(0.0, 10.0);
        assertThat(m.totalRequests()).isNotNegative();
        assertThat(m.requestsProcessed()).isNotNegative();
    }
}
