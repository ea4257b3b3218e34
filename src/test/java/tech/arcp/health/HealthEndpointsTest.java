package tech.arcp.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.Versions;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** Admin {@code /healthcheck} and public {@code GET /health} on a healthy service. */
class HealthEndpointsTest {
    private static final TestTime TIME = new TestTime();

    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    private final Http http = new Http(APP.getLocalPort());

    @Test
    void adminHealthcheckHasTheSessionStoreAndDeadlocks() {
        Admin.login(http, "fp-health");
        Http.Reply reply = new Http(APP.getAdminPort()).get("/healthcheck");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.at("/session-store/healthy").asBoolean()).isTrue();
        assertThat(body.at("/session-store/type").asText()).isEqualTo("caffeine");
        assertThat(body.at("/session-store/size").asLong()).isEqualTo(1);
        assertThat(body.at("/session-store/maximum_size").asLong()).isEqualTo(100_000);
        assertThat(body.at("/deadlocks/healthy").asBoolean()).isTrue();
    }

    @Test
    void healthIsPublicAndSummarisesTheChecks() {
        JsonNode before = http.get("/health").json();
        TIME.advance(Duration.ofSeconds(90));
        Http.Reply reply = http.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonNode body = reply.json();
        assertThat(body.get("status").asText()).isEqualTo("healthy");
        assertThat(body.get("version").asText()).isEqualTo(Versions.current());
        assertThat(body.get("timestamp").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        assertThat(body.get("uptime_seconds").isIntegralNumber()).isTrue();
        assertThat(body.get("uptime_seconds").asLong() - before.get("uptime_seconds").asLong()).isEqualTo(90);
        assertThat(body.at("/components/session_store/status").asText()).isEqualTo("healthy");
        assertThat(body.at("/components/session_store/maximum_size").asLong()).isEqualTo(100_000);
        assertThat(body.at("/components/deadlocks/status").asText()).isEqualTo("healthy");
    }
}
