package tech.arcp.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.AgentBodies;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * Issue 15, point 2: every {@code arcp_*} and {@code process_*} series that ARCP's Grafana
 * dashboard queries (its PromQL copied into {@code arcp-dashboard-queries.json}) has samples in
 * {@code /metrics/scrape} after some traffic; the request metrics are labelled with route
 * templates and ARCP's buckets.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ArcpDashboardTest {
    private static final TestTime TIME = new TestTime();
    private static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);
    private static final String SCRAPE_TOKEN = "test-scrape-token-0123456789"; // test-config.yml
    private static final Pattern SERIES = Pattern.compile("\\b((?:arcp|process)_[a-zA-Z0-9_]+)");
    private static PrometheusText text;

    @BeforeAll
    static void traffic() {
        Http http = new Http(APP.getLocalPort());
        http.get("/");
        Admin admin = Admin.login(http, "fp-dashboard");
        admin.get("/auth/session_status");
        http.get("/auth/session_status", "Authorization", "Bearer not-a-token", "X-Client-Fingerprint", "fp");
        http.get("/no/such/path/42");
        http.get("/public/agent/some-agent-7");
        http.get("/public/agent/other-agent-8");
        Http.Reply temp = http.post("/auth/agent/request_temp_token", "{\"agent_id\":\"dash-agent\","
                + "\"agent_type\":\"testing\",\"agent_key\":\"" + AgentBodies.KEY + "\"}");
        http.post("/agents/register", AgentBodies.json(AgentBodies.registration("dash-agent")),
                "Authorization", "Bearer " + temp.json().get("temp_token").asText());
        Http.Reply scrape = http.get("/metrics/scrape", "Authorization", "Bearer " + SCRAPE_TOKEN);
        assertThat(scrape.status()).isEqualTo(200);
        text = PrometheusText.parse(scrape.body());
    }

    @Test
    void everyArcpAndProcessSeriesOfTheDashboardHasSamples() throws IOException {
        Set<String> queried = dashboardSeries();

        assertThat(queried).contains("arcp_requests_total", "arcp_request_duration_seconds_bucket",
                "process_resident_memory_bytes", "arcp_active_agents", "arcp_system_cpu_utilization_percent");
        for (String series : queried) {
            assertThat(text.samples().keySet()).as(series)
                    .anyMatch(sample -> sample.equals(series) || sample.startsWith(series + "{"));
        }
        assertThat(text.value("process_resident_memory_bytes")).isPositive();
    }

    @Test
    void requestsAreLabelledWithRouteTemplatesNeverRawPaths() {
        assertThat(text.value("arcp_requests_total{endpoint=\"/public/agent/{agent_id}\",method=\"GET\","
                + "status_code=\"404\"}")).isEqualTo(2.0);
        assertThat(text.value("arcp_requests_total{endpoint=\"/auth/session_status\",method=\"GET\","
                + "status_code=\"401\"}")).isEqualTo(1.0);
        assertThat(text.value("arcp_requests_total{endpoint=\"/auth/login\",method=\"POST\",status_code=\"200\"}"))
                .isEqualTo(1.0);
        assertThat(text.value("arcp_requests_total{endpoint=\"/agents/register\",method=\"POST\","
                + "status_code=\"200\"}")).isEqualTo(1.0);
        assertThat(text.value("arcp_requests_total{endpoint=\"unmatched\",method=\"GET\",status_code=\"404\"}"))
                .isEqualTo(1.0);
        assertThat(text.samples().keySet()).noneMatch(k -> k.contains("some-agent-7") || k.contains("/no/such"));
        assertThat(text.type("arcp_request_duration_seconds")).isEqualTo("histogram");
    }

    @Test
    void durationsUseArcpsBuckets() {
        String series = "arcp_request_duration_seconds_bucket{endpoint=\"/\",method=\"GET\",status_code=\"200\",le=\"";
        for (String le : new String[] {"0.001", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1.0",
                "2.5", "5.0", "10.0", "+Inf"}) {
            assertThat(text.value(series + le + "\"}")).as(le).isEqualTo(1.0);
        }
        assertThat(text.samples().keySet()).filteredOn(k -> k.startsWith(series)).hasSize(13);
    }

    @Test
    void loginTimerHasItsUnitAndKeepsItsOldName() {
        assertThat(text.value("arcp_login_seconds_count")).isEqualTo(1.0);
        assertThat(text.value("arcp_login_count")).isEqualTo(1.0);
    }

    /** The arcp_* and process_* series named in the dashboard's expressions. */
    private static Set<String> dashboardSeries() throws IOException {
        Set<String> series = new TreeSet<>();
        try (InputStream in = ArcpDashboardTest.class.getResourceAsStream("/arcp-dashboard-queries.json")) {
            for (JsonNode panel : new ObjectMapper().readTree(in).get("panels")) {
                for (JsonNode expr : panel.get("expr")) {
                    Matcher m = SERIES.matcher(expr.asText());
                    while (m.find()) {
                        series.add(m.group(1));
                    }
                }
            }
        }
        return series;
    }
}
