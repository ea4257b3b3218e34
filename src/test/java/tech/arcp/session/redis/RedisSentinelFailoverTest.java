package tech.arcp.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.dropwizard.testing.DropwizardTestSupport;
import io.lettuce.core.RedisClient;
import io.lettuce.core.sentinel.api.StatefulRedisSentinelConnection;
import io.lettuce.core.sentinel.api.sync.RedisSentinelCommands;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.storage.Storage;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.OwnRedis;
import tech.arcp.testing.TestApps;

/**
 * A Sentinel failover on loopback: one primary, one replica, three sentinels; two nodes on the
 * {@code redis-sentinel://} URL with {@code minReplicasAcked: 1}. The primary is killed while both
 * nodes are used: every answer during the switch is a 503 (never a 500, never a 200 for the token
 * logged out before), the replica is promoted, both nodes reconnect to it by themselves and the
 * acknowledged logout is still refused. The outage window is measured and printed.
 */
class RedisSentinelFailoverTest {
    private static final int PRIMARY = 16500;
    private static final int REPLICA = 16501;
    private static final List<Integer> SENTINELS = List.of(16510, 16511, 16512);
    private static final String URL = "redis-sentinel://127.0.0.1:16510,127.0.0.1:16511,127.0.0.1:16512#mymaster";

    @TempDir
    Path dir;
    private final List<OwnRedis> servers = new ArrayList<>();
    private final List<DropwizardTestSupport<ArcpSessionConfiguration>> nodes = new ArrayList<>();

    @AfterEach
    void stopAll() throws Exception {
        nodes.forEach(DropwizardTestSupport::after);
        for (OwnRedis server : servers) {
            server.kill();
        }
    }

    @Test
    void failoverKeepsRevocationsAndFailsClosedUntilTheReplicaIsPromoted() throws Exception {
        OwnRedis primary = startReplicatedPrimary();
        Http a = startNode();
        Http b = startNode();
        Admin live = Admin.login(a, "fp-live");
        Admin revoked = Admin.login(b, "fp-revoked");
        assertThat(revoked.post("/auth/logout", "").status()).as("acknowledged once the replica has it").isEqualTo(200);
        List<Probe> probes = new CopyOnWriteArrayList<>();
        AtomicBoolean probing = new AtomicBoolean(true);
        Thread prober = new Thread(() -> {
            while (probing.get()) {
                for (Http node : List.of(a, b)) {
                    probes.add(Probe.of(node == a ? "A" : "B", "live", on(node, live).get("/dashboard/config")));
                    probes.add(Probe.of(node == a ? "A" : "B", "revoked", on(node, revoked).get("/dashboard/config")));
                }
            }
        }, "failover-prober");
        prober.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> probes.size() > 20);
        long killedAt = System.nanoTime();
        primary.kill();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> masterPort() == REPLICA && recovered(probes, "A") && recovered(probes, "B"));
        probing.set(false);
        prober.join();

        assertThat(probes).extracting(Probe::status).as("only 200, 401 (revoked) and 503").containsOnly(200, 401, 503);
        assertThat(probes).filteredOn(p -> p.token().equals("revoked")).extracting(Probe::status)
                .as("the logged-out token is never let in").doesNotContain(200);
        assertThat(probes).filteredOn(p -> p.token().equals("live")).extracting(Probe::status)
                .as("the live session fails closed, then works").containsOnly(200, 503);
        assertThat(probes).filteredOn(p -> p.status() == 503).isNotEmpty()
                .allMatch(p -> p.retryAfter() && p.type().endsWith("/session-store-unavailable"));
        for (Http node : List.of(a, b)) {
            assertThat(on(node, live).get("/dashboard/config").status()).isEqualTo(200);
            assertThat(on(node, revoked).get("/dashboard/config").status()).isEqualTo(401);
        }
        for (DropwizardTestSupport<ArcpSessionConfiguration> node : nodes) {
            assertThat(node.getEnvironment().healthChecks().runHealthCheck(Storage.HEALTH_CHECK).getMessage())
                    .contains("127.0.0.1:" + REPLICA);
        }
        report(probes, killedAt);
    }

    /** First to last 503 of each node, and from the kill to the last 503. */
    private static void report(List<Probe> probes, long killedAt) {
        for (String node : List.of("A", "B")) {
            List<Probe> refused = probes.stream().filter(p -> p.node().equals(node) && p.status() == 503).toList();
            if (!refused.isEmpty()) {
                System.out.printf("failover outage window, node %s: %d ms of 503s (%d answers), %d ms after the kill%n",
                        node, (refused.get(refused.size() - 1).at() - refused.get(0).at()) / 1_000_000, refused.size(),
                        (refused.get(refused.size() - 1).at() - killedAt) / 1_000_000);
            }
        }
    }

    /** The node's latest answers for the live session are 200s after some 503 or more. */
    private static boolean recovered(List<Probe> probes, String node) {
        List<Probe> mine = probes.stream().filter(p -> p.node().equals(node) && p.token().equals("live")).toList();
        if (mine.size() < 3) {
            return false;
        }
        return mine.subList(mine.size() - 3, mine.size()).stream().allMatch(p -> p.status() == 200);
    }

    private record Probe(String node, String token, int status, boolean retryAfter, String type, long at) {
        static Probe of(String node, String token, Http.Reply reply) {
            String type = reply.status() >= 400 ? reply.json().path("type").asText() : "";
            return new Probe(node, token, reply.status(), reply.header("Retry-After").isPresent(), type, System.nanoTime());
        }
    }

    private static Admin on(Http node, Admin admin) {
        return new Admin(node, admin.token(), admin.fingerprint(), admin.sessionId());
    }

    private Http startNode() throws Exception {
        DropwizardTestSupport<ArcpSessionConfiguration> node = TestApps.systemTime(TestApps.redis(URL, "failover:",
                TestApps.setting("sessions.store.redis.minReplicasAcked", "1"),
                TestApps.setting("sessions.store.redis.commandTimeout", "1s"),
                TestApps.setting("sessions.store.redis.maxReconnectDelay", "200ms")));
        node.before();
        nodes.add(node);
        return new Http(node.getLocalPort());
    }

    /** Primary, replica in sync, three sentinels that know both and each other. */
    private OwnRedis startReplicatedPrimary() throws Exception {
        OwnRedis primary = start(new OwnRedis(PRIMARY, "--dir", dir("primary")));
        start(new OwnRedis(REPLICA, "--dir", dir("replica"), "--replicaof", "127.0.0.1", Integer.toString(PRIMARY)));
        for (int port : SENTINELS) {
            Path conf = Path.of(dir("sentinel-" + port)).resolve("sentinel.conf");
            Files.writeString(conf, String.join("\n", "port " + port, "bind 127.0.0.1", "dir " + conf.getParent(),
                    "sentinel monitor mymaster 127.0.0.1 " + PRIMARY + " 2",
                    "sentinel down-after-milliseconds mymaster 1000",
                    "sentinel failover-timeout mymaster 5000", ""));
            start(OwnRedis.sentinel(port, conf));
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> replicaOnline() && sentinelsReady());
        return primary;
    }

    private OwnRedis start(OwnRedis server) throws Exception {
        servers.add(server);
        server.start();
        return server;
    }

    private String dir(String name) throws Exception {
        return Files.createDirectories(dir.resolve(name)).toString();
    }

    /** The replica finished its first sync: the primary streams to it (WAIT can count it). */
    private static boolean replicaOnline() {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + PRIMARY);
        try (var connection = client.connect()) {
            return connection.sync().info("replication").contains("state=online");
        } finally {
            client.shutdown();
        }
    }

    /** Every sentinel sees the replica and the two other sentinels. */
    private boolean sentinelsReady() {
        return SENTINELS.stream().allMatch(port -> sentinel(port, c -> c.info("sentinel")).contains("slaves=1,sentinels=3"));
    }

    private static int masterPort() {
        return sentinel(SENTINELS.get(0), c -> ((InetSocketAddress) c.getMasterAddrByName("mymaster")).getPort());
    }

    /** One question to a sentinel. */
    private static <T> T sentinel(int port, Function<RedisSentinelCommands<String, String>, T> question) {
        RedisClient client = RedisClient.create("redis://127.0.0.1:" + port);
        try (StatefulRedisSentinelConnection<String, String> connection = client.connectSentinel()) {
            return question.apply(connection.sync());
        } finally {
            client.shutdown();
        }
    }
}
