package tech.arcp.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.Problems;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** A store at its bound is unhealthy; scraping without a configured token is refused. */
class UnhealthyStoreTest {
    private static final TestTime TIME = new TestTime();

    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME,
            ConfigOverride.config("sessions.store.maximumSize", "2"),
            ConfigOverride.config("prometheus.scrapeToken", ""));

    private final Http http = new Http(APP.getLocalPort());

    @Test
    void aFullStoreMakesHealthUnhealthyButStillAnswers200() {
        Admin.login(http, TestApps.ADMIN, TestApps.ADMIN_PASSWORD, "fp-1");
        Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-2");

        Http.Reply health = http.get("/health");
        assertThat(health.status()).isEqualTo(200);
        JsonNode body = health.json();
        assertThat(body.get("status").asText()).isEqualTo("unhealthy");
        assertThat(body.at("/components/session_store/status").asText()).isEqualTo("unhealthy");
        assertThat(body.at("/components/session_store/message").asText()).contains("bound");
        assertThat(body.at("/components/session_store/size").asLong()).isEqualTo(2);

        Http.Reply check = new Http(APP.getAdminPort()).get("/healthcheck");
        assertThat(check.status()).isEqualTo(500);
        assertThat(check.json().at("/session-store/healthy").asBoolean()).isFalse();
    }

    @Test
    void scrapeIsForbiddenWhenNoTokenIsConfigured() {
        assertThat(Problems.assertProblem(http.get("/metrics/scrape"), 403, "insufficient-permissions")
                .get("detail").asText()).isEqualTo("Metrics scraping is not enabled");
        Problems.assertProblem(http.get("/metrics/scrape", "Authorization", "Bearer "), 403,
                "insufficient-permissions");
        Problems.assertProblem(http.get("/metrics/scrape", "Authorization", "Bearer anything"), 403,
                "insufficient-permissions");
    }
}
