package tech.arcp.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.codahale.metrics.MetricRegistry;
import com.sun.management.UnixOperatingSystemMXBean;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.observability.ConnectionMetrics;
import tech.arcp.observability.MetricNames;
import tech.arcp.testing.Admin;
import tech.arcp.testing.HeldConnection;
import tech.arcp.testing.Http;
import tech.arcp.testing.RawHttp;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * Issue 13: stalled clients cost a connection, not a thread. 1,000 connections that announce a body
 * and send one byte of it, 200 that send half a request head; meanwhile authenticated requests on
 * fresh connections are answered, the app's threads stay few, and the stalled connections end
 * with 408 {@code request-timeout} (body) or a close (head) after the configured time-outs.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class SlowClientsTest {
    private static final int STALLED_BODIES = 1_000;
    private static final int STALLED_HEADS = 200;
    private static final String TIMEOUT = "8s"; // long enough for the requests below, short for the suite
    /** Opened this many at a time: a burst of new connections grows Jetty's pool for a while. */
    private static final int BATCH = 50;
    private static final String STALLED_BODY = "POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nX-Client-Fingerprint: fp\r\nContent-Length: 4000\r\n\r\n{";
    private static final String STALLED_HEAD = "GET /auth/session_status HTTP/1.1\r\nHost: loc";
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME,
            TestApps.setting("limits.headerTimeout", TIMEOUT), TestApps.setting("limits.bodyTimeout", TIMEOUT),
            TestApps.setting("limits.maxConnectionsPerIp", "10000")); // every client here is 127.0.0.1

    private final List<HeldConnection> held = new ArrayList<>();

    @AfterEach
    void closeAll() {
        held.forEach(HeldConnection::close);
    }

    @Test
    void stalledClientsCostNoThreadAndEndAfterTheirTimeOuts() throws Exception {
        int scale = scale();
        int bodies = STALLED_BODIES / scale;
        int heads = STALLED_HEADS / scale;
        Admin admin = Admin.login(new Http(APP.getLocalPort()), "fp-slow");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int baseline = threads.getThreadCount();
        threads.resetPeakThreadCount();

        for (int i = 0; i < bodies + heads; i++) {
            held.add(HeldConnection.open(APP.getLocalPort(), i < bodies ? STALLED_BODY : STALLED_HEAD));
            if (held.size() % BATCH == 0 || held.size() == bodies + heads) { // connections, not a burst of them
                await().atMost(Duration.ofSeconds(5)).until(() -> openConnections() >= held.size());
            }
        }

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> reply = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + APP.getLocalPort() + "/auth/session_status"))
                    .header("Authorization", "Bearer " + admin.token()).header("X-Client-Fingerprint", "fp-slow")
                    .header("Connection", "close").timeout(Duration.ofMillis(500)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(reply.statusCode()).as("request %d: %s", i, reply.body()).isEqualTo(200);
        }
        assertThat(openConnections()).as("the stalled connections were held meanwhile").isGreaterThanOrEqualTo(bodies + heads);
        assertThat(threads.getPeakThreadCount() - baseline).as("threads started under the stalled load").isLessThan(100);
        QueuedThreadPool pool = (QueuedThreadPool) APP.getEnvironment().getApplicationContext().getServer().getThreadPool();
        assertThat(pool.getBusyThreads()).as("Jetty's threads at work (selector, acceptor: none waits for a client)")
                .isLessThan(10);

        await().atMost(Duration.ofSeconds(30)).until(() -> meter(MetricNames.requestsTimedOut(ConnectionMetrics.BODY)) >= bodies
                && meter(MetricNames.requestsTimedOut(ConnectionMetrics.HEAD)) >= heads);
        for (int i = 0; i < bodies; i++) {
            RawHttp.Reply reply = held.get(i).readResponse(5000);
            assertThat(reply.json().path("detail").asText()).contains("did not arrive within 8000 ms");
            reply.assertProblem(408, "request-timeout");
            assertThat(reply.header("Connection")).isEqualTo("close");
            assertThat(held.get(i).closedByServer(5000)).isTrue();
        }
        for (int i = bodies; i < bodies + heads; i++) {
            assertThat(held.get(i).closedByServer(5000)).as("stalled head %d closed", i).isTrue();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> openConnections() == 0);
    }

    /**
     * 1 where the file-descriptor limit allows both ends of every connection in this JVM (about
     * 2,500 descriptors; the JVM raises its soft limit to the hard one); else the counts are divided
     * so that the test still runs, e.g. on a machine whose hard limit is 1,024.
     */
    private static int scale() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof UnixOperatingSystemMXBean os) {
            long free = os.getMaxFileDescriptorCount() - os.getOpenFileDescriptorCount() - 200;
            long needed = 2L * (STALLED_BODIES + STALLED_HEADS);
            return (int) Math.max(1, (needed + free - 1) / Math.max(1, free));
        }
        return 1;
    }

    private static int openConnections() {
        return (Integer) APP.getEnvironment().metrics().getGauges().get(MetricNames.CONNECTIONS_OPEN).getValue();
    }

    private static long meter(String name) {
        MetricRegistry registry = APP.getEnvironment().metrics();
        return registry.meter(name).getCount();
    }
}
