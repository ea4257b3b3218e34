package tech.arcp.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.NodeProcess;
import tech.arcp.testing.RedisTesting;

/**
 * Three real nodes on one Redis, two of them with their wall clock hours off under libfaketime
 * (+2 h and -2 h; monotonic clocks untouched), a short idle timeout: sessions opened on any node
 * are live on all, slide through each, show the same deadlines and expire on all at the same
 * moment. Before issue 14 a session opened on a true node was {@code idle_timeout} one second
 * later on a node at +2 h. Every wait is bounded: start 90 s per node, then under a minute.
 */
class RedisFaketimeNodesTest {
    static final String LIBFAKETIME = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";
    private static final Duration IDLE = Duration.ofSeconds(10);
    private static Path dir;

    @BeforeAll
    static void tempDir() throws Exception {
        RedisTesting.requireRedis();
        assertThat(Path.of(LIBFAKETIME)).as("libfaketime (Debian package faketime)").exists();
        dir = Files.createTempDirectory("arcp-faketime-");
    }

    @AfterAll
    static void removeTempDir() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void sessionsOfEveryNodeLiveSlideAndExpireAlikeOnAll() {
        String prefix = RedisTesting.newPrefix();
        Map<String, String> settings = Map.of("sessions.idleTimeout", IDLE.toSeconds() + " seconds",
                "sessions.store.type", "redis", "sessions.store.redis.url", RedisTesting.URL,
                "sessions.store.redis.keyPrefix", prefix);
        NodeProcess a = NodeProcess.start(dir, "a", Map.of(), settings);
        NodeProcess ahead = NodeProcess.start(dir, "ahead", faketime("+2h"), settings);
        NodeProcess behind = NodeProcess.start(dir, "behind", faketime("-2h"), settings);
        try (a; ahead; behind) {
            List<Http> nodes = List.of(a.awaitUp().http(), ahead.awaitUp().http(), behind.awaitUp().http());
            assertWallClockOff(nodes.get(1), Duration.ofHours(2));
            assertWallClockOff(nodes.get(2), Duration.ofHours(-2));
            nodes.forEach(node -> Admin.login(node, "fp-warm-up").get("/dashboard/config")); // JIT, hasher
            List<Admin> admins = nodes.stream().map(node -> Admin.login(node, "fp-" + nodes.indexOf(node))).toList();
            for (Admin admin : admins) {
                assertThat(nodes).as("live everywhere, with the same deadline")
                        .extracting(node -> deadlineOn(node, admin)).containsOnly(deadlineOn(nodes.get(0), admin));
            }
            Instant start = Instant.now();
            AtomicInteger round = new AtomicInteger();
            await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(500)).until(() -> {
                int r = round.getAndIncrement();
                for (int i = 0; i < admins.size(); i++) { // each session slides through each node in turn
                    Http.Reply used = on(nodes.get((i + r) % nodes.size()), admins.get(i)).get("/dashboard/config");
                    assertThat(used.status()).as(used.body()).isEqualTo(200);
                }
                return Duration.between(start, Instant.now()).compareTo(IDLE.plusSeconds(3)) > 0;
            });
            List<Instant> deadlines = admins.stream().map(admin -> sameDeadlineOnAll(nodes, admin)).toList();
            for (int i = 0; i < admins.size(); i++) {
                assertExpireTogether(nodes, admins.get(i), deadlines.get(i));
            }
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n--- node +2h:\n" + ahead.output(), e);
        } finally {
            RedisTesting.deleteKeys(prefix);
        }
    }

    /** Every node shows the same deadline, once the near caches' copies of the last slide are renewed (TTL). */
    private static Instant sameDeadlineOnAll(List<Http> nodes, Admin admin) {
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> nodes.stream().map(node -> deadlineOn(node, admin)).distinct().count() == 1);
        return Instant.parse(deadlineOn(nodes.get(0), admin));
    }

    /** Quiet reads on one node until it refuses the session: every node refuses it then, as idle, not early. */
    private static void assertExpireTogether(List<Http> nodes, Admin admin, Instant deadline) {
        await().atMost(IDLE.plusSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> on(nodes.get(1), admin).get("/auth/session_status").status() == 401);
        assertThat(Instant.now()).as("not before the deadline all showed").isAfterOrEqualTo(deadline.minusMillis(50));
        for (Http node : nodes) {
            JsonNode expired = assertProblem(on(node, admin).get("/auth/session_status"), 401, "session-expired");
            assertThat(expired.get("reason").asText()).isEqualTo("idle_timeout");
        }
    }

    private static String deadlineOn(Http node, Admin admin) {
        Http.Reply status = on(node, admin).get("/auth/session_status");
        assertThat(status.status()).as(status.body()).isEqualTo(200);
        return status.json().get("idle_expires_at").asText();
    }

    private static Admin on(Http node, Admin admin) {
        return new Admin(node, admin.token(), admin.fingerprint(), admin.sessionId());
    }

    /** The node's own clock (its Date header) is {@code offset} away from this JVM's: libfaketime is in effect. */
    private static void assertWallClockOff(Http node, Duration offset) {
        String date = node.get("/auth/session_status").header("Date").orElseThrow();
        Instant nodeNow = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        assertThat(Duration.between(Instant.now().plus(offset), nodeNow).abs()).isLessThan(Duration.ofMinutes(1));
    }

    static Map<String, String> faketime(String offset) {
        return Map.of("LD_PRELOAD", LIBFAKETIME, "FAKETIME", offset, "FAKETIME_DONT_FAKE_MONOTONIC", "1");
    }
}
