package tech.arcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.observability.ConnectionMetrics;
import tech.arcp.observability.MetricNames;
import tech.arcp.testing.HeldConnection;
import tech.arcp.testing.RawHttp;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** {@code limits.bodyTimeout} and {@code limits.minBodyRate}: 408 {@code request-timeout}; whole bodies are read. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RequestTimeoutsTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME,
            TestApps.setting("limits.bodyTimeout", "3s"));
    private static final String LOGIN_HEAD = "POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nX-Client-Fingerprint: fp\r\n";

    @Test
    void aBodyShorterThanItsContentLengthIs408AfterTheBodyTimeout() {
        try (HeldConnection client = HeldConnection.open(APP.getLocalPort(), LOGIN_HEAD + "Content-Length: 10\r\n\r\n{\"u")) {
            RawHttp.Reply reply = client.readResponse(10_000);
            reply.assertProblem(408, "request-timeout");
            assertThat(reply.json().path("detail").asText()).isEqualTo("The request body did not arrive within 3000 ms");
            assertThat(reply.header("Connection")).isEqualTo("close");
            assertThat(client.closedByServer(5000)).isTrue();
        }
    }

    @Test
    void aBodySlowerThanTheMinimumRateIs408() throws Exception {
        long before = APP.getEnvironment().metrics().meter(MetricNames.requestsTimedOut(ConnectionMetrics.BODY)).getCount();
        try (HeldConnection client = HeldConnection.open(APP.getLocalPort(), LOGIN_HEAD
                + "Expect: 100-continue\r\nContent-Length: 4000\r\n\r\n")) {
            assertThat(client.readHead(5000)).startsWith("HTTP/1.1 100"); // the server has started to read
            TIME.advance(Duration.ofMillis(1500)); // 0.5 s past the grace second: 512 bytes were due at 1 KiB/s
            client.send("{\"username\"");
            RawHttp.Reply reply = client.readResponse(10_000);
            reply.assertProblem(408, "request-timeout");
            assertThat(reply.json().path("detail").asText()).isEqualTo("The request body arrived slower than 1024 bytes per second");
        }
        assertThat(APP.getEnvironment().metrics().meter(MetricNames.requestsTimedOut(ConnectionMetrics.BODY)).getCount()).isEqualTo(before + 1);
    }

    @Test
    void aChunkedBodySentInPiecesIsReadWholeBeforeDispatch() {
        long bodies = APP.getEnvironment().metrics().meter(MetricNames.BODIES_BUFFERED).getCount();
        long bytes = APP.getEnvironment().metrics().meter(MetricNames.BODY_BYTES_BUFFERED).getCount();
        String json = "{\"username\":\"ARCP\",\"password\":\"" + TestApps.ADMIN_PASSWORD + "\"}";
        try (HeldConnection client = HeldConnection.open(APP.getLocalPort(), LOGIN_HEAD + "Transfer-Encoding: chunked\r\n\r\n")) {
            client.send(Integer.toHexString(10) + "\r\n" + json.substring(0, 10) + "\r\n");
            client.send(Integer.toHexString(json.length() - 10) + "\r\n" + json.substring(10) + "\r\n");
            client.send("0\r\n\r\n");
            RawHttp.Reply reply = client.readResponse(10_000);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().path("access_token").asText()).isNotBlank();
        }
        assertThat(APP.getEnvironment().metrics().meter(MetricNames.BODIES_BUFFERED).getCount()).isEqualTo(bodies + 1);
        assertThat(APP.getEnvironment().metrics().meter(MetricNames.BODY_BYTES_BUFFERED).getCount())
                .isEqualTo(bytes + json.length());
    }
}
