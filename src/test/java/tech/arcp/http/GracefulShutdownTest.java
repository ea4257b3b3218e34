package tech.arcp.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.arcp.testing.Admin;
import tech.arcp.testing.ChildService;
import tech.arcp.testing.Http;
import tech.arcp.testing.RedisTesting;

/**
 * SIGTERM to the service in a child JVM (Redis store) while clients keep asking: {@code /health}
 * (and the admin {@code /healthcheck}) say 503 "draining" at once and before the listener closes, every request gets a whole answer
 * (authenticated ones 200: the store stays up to the end; or 503 {@code service-unavailable} for one
 * that arrives as the listener closes) until connections are refused, and the process exits within
 * {@code server.shutdownGracePeriod} plus 5 s.
 */
class GracefulShutdownTest {
    private static final Duration GRACE = Duration.ofSeconds(2);
    private static final String ADMIN = "admin:"; // a path on the admin port
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final ExecutorService load = Executors.newFixedThreadPool(4);
    private String prefix;
    private ChildService child;

    /** One request: when it ended, what it asked, the status (0: no answer) and what went wrong. */
    private record Outcome(long nanos, String path, int status, String body, Throwable failure) {
        boolean refused() {
            return failure instanceof ConnectException;
        }
    }

    @BeforeEach
    void start(@TempDir Path dir) throws IOException {
        RedisTesting.requireRedis();
        prefix = RedisTesting.newPrefix();
        Path log = dir.resolve("child.log");
        child = ChildService.start(log, "server.shutdownGracePeriod=" + GRACE.toSeconds() + "s",
                "sessions.store.type=redis", "sessions.store.url=" + RedisTesting.URL, "sessions.store.keyPrefix=" + prefix);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> new Http(child.port).get("/health").status() == 200);
    }

    @AfterEach
    void stop() throws InterruptedException {
        load.shutdownNow();
        load.awaitTermination(10, TimeUnit.SECONDS);
        child.close();
        RedisTesting.deleteKeys(prefix);
    }

    @Test
    void sigtermDrainsThenStopsWithoutBreakingARequest() throws Exception {
        Admin admin = Admin.login(new Http(child.port), "fp-drain");
        String[] auth = {"Authorization", "Bearer " + admin.token(), "X-Client-Fingerprint", "fp-drain"};
        load.submit(() -> ask("/auth/session_status", auth));
        load.submit(() -> ask("/auth/session_status", auth));
        load.submit(() -> ask("/health"));
        load.submit(() -> ask(ADMIN + "/healthcheck"));
        await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.size() > 50);

        long sigterm = System.nanoTime();
        child.terminate();
        assertThat(child.process().waitFor(GRACE.toMillis() + 5_000, TimeUnit.MILLISECONDS))
                .as("exited within the grace period plus 5 s").isTrue();
        long exited = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.stream().anyMatch(o -> o.nanos() > exited));

        List<Outcome> all = List.copyOf(outcomes);
        assertThat(all).filteredOn(o -> o.failure() != null && !o.refused())
                .as("no reset, empty reply or time-out").isEmpty();
        Outcome firstDraining = all.stream().filter(o -> o.status() == 503 && o.path().equals("/health")).findFirst()
                .orElseThrow(() -> new AssertionError("/health never said draining"));
        assertThat(firstDraining.body()).contains("\"status\":\"draining\"");
        assertThat(firstDraining.nanos() - sigterm).as("draining at once").isLessThan(GRACE.toNanos());
        assertThat(all).filteredOn(o -> o.path().equals(ADMIN + "/healthcheck") && o.status() == 503)
                .as("the admin health check says draining too").anySatisfy(o -> assertThat(o.body()).contains("draining"))
                .allSatisfy(o -> assertThat(o.body()).containsAnyOf("draining", "service-unavailable"));
        long firstRefused = all.stream().filter(Outcome::refused).mapToLong(Outcome::nanos).min().orElseThrow();
        assertThat(firstDraining.nanos()).as("draining said before the listener closed").isLessThan(firstRefused);
        List<Outcome> answered = all.stream()
                .filter(o -> o.path().equals("/auth/session_status") && o.failure() == null).toList();
        assertThat(answered).filteredOn(o -> o.status() == 200 && o.nanos() > firstDraining.nanos())
                .as("served while draining").isNotEmpty();
        assertThat(answered).filteredOn(o -> o.status() != 200)
                .as("only 200, or 503 service-unavailable from a request that came as the listener closed")
                .allSatisfy(o -> assertThat(o.body()).contains("service-unavailable"));
    }

    /** Asks {@code path} on fresh connections until connections are refused for 2 s, or 40 s. */
    private void ask(String path, String... headers) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        long refusedSince = 0;
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            Outcome outcome = send(path, headers);
            outcomes.add(outcome);
            if (!outcome.refused()) {
                refusedSince = 0;
            } else if (refusedSince == 0) {
                refusedSince = outcome.nanos();
            } else if (outcome.nanos() - refusedSince > TimeUnit.SECONDS.toNanos(2)) {
                return;
            }
        }
    }

    private Outcome send(String path, String... headers) {
        String url = path.startsWith(ADMIN) ? child.adminPort + path.substring(ADMIN.length()) : child.port + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + url))
                .timeout(Duration.ofSeconds(5)).header("Connection", "close");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> reply = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Outcome(System.nanoTime(), path, reply.statusCode(), reply.body(), null);
        } catch (IOException e) {
            return new Outcome(System.nanoTime(), path, 0, "", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(System.nanoTime(), path, 0, "", e);
        }
    }
}
