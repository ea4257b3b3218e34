package tech.arcp.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.observability.ConnectionMetrics;
import tech.arcp.observability.MetricNames;
import tech.arcp.testing.HeldConnection;
import tech.arcp.testing.Http;
import tech.arcp.testing.RawHttp;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** {@code limits.maxConnectionsPerIp} (the forwarded IP behind a trusted proxy) and {@code limits.maxConnections}. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ConnectionCapsTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> PROXIED = TestApps.isolatedApp(TIME, "proxied.",
            ConfigOverride.config("proxied.", "clientIp.trustedProxies", "127.0.0.1/32"));
    static final DropwizardAppExtension<ArcpSessionConfiguration> SMALL = TestApps.isolatedApp(TIME, "small.",
            ConfigOverride.config("small.", "limits.maxConnections", "20"));

    private final List<HeldConnection> held = new ArrayList<>();

    @AfterEach
    void closeAll() {
        held.forEach(HeldConnection::close);
    }

    private RawHttp.Reply hold(DropwizardAppExtension<?> app, String forwardedFor) {
        HeldConnection connection = HeldConnection.open(app.getLocalPort(), "GET / HTTP/1.1\r\nHost: localhost\r\n"
                + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n") + "\r\n");
        held.add(connection);
        return connection.readResponse(5000);
    }

    @Test
    void theConnectionAfterTheTwoHundredthOfOneForwardedIpIsRefusedAndOtherIpsGetThrough() {
        for (int i = 0; i < 200; i++) {
            assertThat(hold(PROXIED, "203.0.113.9").status()).as("connection %d", i + 1).isEqualTo(200);
        }
        for (int i = 200; i < 250; i++) {
            RawHttp.Reply refused = hold(PROXIED, "203.0.113.9");
            refused.assertProblem(503, "service-unavailable");
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.header("Connection")).isEqualTo("close");
            assertThat(held.get(i).closedByServer(5000)).isTrue();
            held.get(i).close(); // Jetty closes its end once the client has closed its own
        }
        assertThat(hold(PROXIED, "203.0.113.10").status()).isEqualTo(200);
        assertThat(held.get(0).readResponseAfter("GET / HTTP/1.1\r\nHost: localhost\r\n"
                + "X-Forwarded-For: 203.0.113.9\r\n\r\n").status()).as("held connections are unaffected").isEqualTo(200);
        assertThat(meter(PROXIED, MetricNames.connectionsRefused(ConnectionMetrics.PER_IP_CAP))).isEqualTo(50);

        held.get(1).close();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(openConnections(PROXIED)).isEqualTo(251 - 50 - 1));
        assertThat(hold(PROXIED, "203.0.113.9").status()).as("a slot freed by a close").isEqualTo(200);
        String scrape = new Http(PROXIED.getLocalPort()).get("/metrics/scrape", "Authorization",
                "Bearer test-scrape-token-0123456789").body(); // test-config.yml
        assertThat(scrape).contains("arcp_connections_open 202", "arcp_connections_refused_total{cap=\"per_ip\"} 50.0",
                "arcp_connections_refused_total{cap=\"total\"} 0.0", "arcp_requests_timed_out_total{phase=\"body\"} 0.0",
                "arcp_requests_timed_out_total{phase=\"head\"} 0.0", "arcp_requests_bodies_buffered_total",
                "arcp_requests_body_bytes_buffered_total");
    }

    @Test
    void theConnectionOverTheTotalCapIsRefused() {
        for (int i = 0; i < 20; i++) {
            assertThat(hold(SMALL, null).status()).isEqualTo(200);
        }
        hold(SMALL, null).assertProblem(503, "service-unavailable");
        assertThat(meter(SMALL, MetricNames.connectionsRefused(ConnectionMetrics.TOTAL_CAP))).isEqualTo(1);

        assertThat(held.get(20).closedByServer(5000)).isTrue();
        held.get(20).close();
        held.get(0).close();
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(openConnections(SMALL)).isLessThanOrEqualTo(19));
        assertThat(hold(SMALL, null).status()).isEqualTo(200);
    }

    private static int openConnections(DropwizardAppExtension<?> app) {
        return (Integer) app.getEnvironment().metrics().getGauges().get(MetricNames.CONNECTIONS_OPEN).getValue();
    }

    private static long meter(DropwizardAppExtension<?> app, String name) {
        return app.getEnvironment().metrics().meter(name).getCount();
    }
}
