package tech.arcp.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.Gauge;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.Problems;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** {@code GET /metrics} (admin session) and {@code GET /metrics/scrape} (scrape token). */
class ScrapeEndpointTest {
    private static final String SCRAPE_TOKEN = "test-scrape-token-0123456789"; // test-config.yml
    private static final TestTime TIME = new TestTime();

    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    private final Http http = new Http(APP.getLocalPort());

    @Test
    void scrapeWithTheTokenAnswersPrometheusText() {
        Http.Reply reply = http.get("/metrics/scrape", "Authorization", "Bearer " + SCRAPE_TOKEN);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
        assertThat(PrometheusText.parse(reply.body()).type("arcp_sessions_active")).isEqualTo("gauge");
    }

    @Test
    void clientsAskingForJsonStillGetPrometheusText() {
        Http.Reply reply = http.get("/metrics/scrape", "Authorization", "Bearer " + SCRAPE_TOKEN,
                "Accept", "application/json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
    }

    @Test
    void scrapeWithAWrongOrMissingTokenIsForbidden() {
        Problems.assertProblem(http.get("/metrics/scrape", "Authorization", "Bearer " + SCRAPE_TOKEN + "x"),
                403, "insufficient-permissions");
        Problems.assertProblem(http.get("/metrics/scrape", "Authorization", "Bearer " + SCRAPE_TOKEN.substring(1)),
                403, "insufficient-permissions");
        Problems.assertProblem(http.get("/metrics/scrape", "Authorization", "Basic " + SCRAPE_TOKEN),
                403, "insufficient-permissions");
        Problems.assertProblem(http.get("/metrics/scrape"), 403, "insufficient-permissions");
        Problems.assertProblem(http.get("/metrics/scrape?token=" + SCRAPE_TOKEN), 403, "insufficient-permissions");
    }

    @Test
    void anAdminSessionTokenIsNotAScrapeToken() {
        Admin admin = Admin.login(http, "fp-scrape");
        Problems.assertProblem(admin.get("/metrics/scrape"), 403, "insufficient-permissions");
        assertThat(admin.get("/metrics").status()).isEqualTo(200);
    }

    @Test
    void metricsNeedsAnAdminSession() {
        Problems.assertProblem(http.get("/metrics"), 401, "authentication-failed");
        Problems.assertProblem(http.get("/metrics", "Authorization", "Bearer " + SCRAPE_TOKEN),
                401, "token-invalid");
    }

    @Test
    void activeAgentGaugesOfTheRegistryAreOneLabelledMetric() {
        APP.getEnvironment().metrics().register(MetricNames.activeAgents("worker"), (Gauge<Integer>) () -> 2);
        APP.getEnvironment().metrics().register(MetricNames.activeAgents("monitor"), (Gauge<Integer>) () -> 5);

        PrometheusText text = PrometheusText.parse(
                http.get("/metrics/scrape", "Authorization", "Bearer " + SCRAPE_TOKEN).body());

        assertThat(text.type("arcp_active_agents")).isEqualTo("gauge");
        assertThat(text.value("arcp_active_agents{agent_type=\"worker\"}")).isEqualTo(2.0);
        assertThat(text.value("arcp_active_agents{agent_type=\"monitor\"}")).isEqualTo(5.0);
    }
}
