package tech.arcp.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** Two nodes in one JVM sharing the Redis at 127.0.0.1:6379 (their own key prefix), one fake clock. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RedisMultiNodeTest {
    private static final TestTime TIME = new TestTime();
    private static final String PREFIX = RedisTesting.newPrefix();
    private static final Duration IDLE = Duration.ofMinutes(60);
    private static final int MAX_PER_USER = 5;

    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> A = TestApps.app(TIME,
            TestApps.redis(RedisTesting.URL, PREFIX));
    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> B = TestApps.app(TIME,
            TestApps.redis(RedisTesting.URL, PREFIX));

    private final Http nodeA = new Http(A.getLocalPort());
    private final Http nodeB = new Http(B.getLocalPort());

    @AfterAll
    static void deleteKeys() {
        RedisTesting.deleteKeys(PREFIX);
    }

    private static Admin on(Http node, Admin admin) {
        return new Admin(node, admin.token(), admin.fingerprint(), admin.sessionId());
    }

    private static List<String> sessionIds(Admin admin) {
        Http.Reply reply = admin.get("/auth/sessions");
        assertThat(reply.status()).isEqualTo(200);
        return StreamSupport.stream(reply.json().get("sessions").spliterator(), false)
                .map(s -> s.get("session_id").asText()).toList();
    }

    @Test
    void tokenIssuedOnOneNodeWorksOnTheOtherAndBothListTheSameSessions() {
        Admin onA = Admin.login(nodeA, "fp-list");
        Admin onB = on(nodeB, onA);
        Http.Reply status = onB.get("/auth/session_status");
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().get("session_id").asText()).isEqualTo(onA.sessionId());
        assertThat(sessionIds(onB)).contains(onA.sessionId()).isEqualTo(sessionIds(onA));
        JsonNode mismatch = assertProblem(new Admin(nodeB, onA.token(), "another-fp", onA.sessionId())
                .get("/auth/session_status"), 401, "session-invalid");
        assertThat(mismatch.get("reason").asText()).isEqualTo("fingerprint_mismatch");
    }

    @Test
    void logoutOnOneNodeIsRefusedOnTheOtherAtTheNextRequestDespiteItsNearCache() {
        Admin onA = Admin.login(nodeA, "fp-logout");
        assertThat(onA.get("/auth/session_status").status()).isEqualTo(200); // A now holds it in its near cache
        assertThat(onA.get("/dashboard/config").status()).isEqualTo(200);
        assertThat(on(nodeB, onA).post("/auth/logout", "").status()).isEqualTo(200);
        JsonNode refused = assertProblem(onA.get("/dashboard/config"), 401, "session-invalid");
        assertThat(refused.get("reason").asText()).isEqualTo("revoked");
        assertThat(refused.get("session_id").asText()).isEqualTo(onA.sessionId());
    }

    @Test
    void refreshOnOneNodeRevokesTheOldTokenOnTheOther() {
        Admin onA = Admin.login(nodeA, "fp-refresh");
        assertThat(onA.get("/dashboard/config").status()).isEqualTo(200);
        Http.Reply refreshed = on(nodeB, onA).post("/tokens/refresh", "");
        assertThat(refreshed.status()).isEqualTo(200);
        JsonNode refused = assertProblem(onA.get("/dashboard/config"), 401, "session-invalid");
        assertThat(refused.get("reason").asText()).isEqualTo("revoked");
        Admin renewed = onA.withToken(refreshed.json().get("access_token").asText());
        assertThat(renewed.get("/auth/session_status").json().get("session_id").asText()).isEqualTo(onA.sessionId());
    }

    @Test
    void evictionByLoginsOnOneNodeIsRefusedOnTheOther() {
        TIME.advance(Duration.ofSeconds(1));
        Admin first = Admin.login(nodeA, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-evict");
        assertThat(first.get("/dashboard/config").status()).isEqualTo(200);
        for (int i = 0; i < MAX_PER_USER; i++) {
            TIME.advance(Duration.ofSeconds(2));
            Admin.login(nodeB, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-evict");
        }
        JsonNode refused = assertProblem(first.get("/dashboard/config"), 401, "session-invalid");
        assertThat(refused.get("reason").asText()).isEqualTo("evicted");
    }

    @Test
    void idleExpiryIsTheSameOnBothNodesAndOnlyNonQuietRequestsSlideIt() {
        Admin onA = Admin.login(nodeA, "fp-idle");
        TIME.advance(IDLE.minusMinutes(1));
        assertThat(on(nodeB, onA).get("/dashboard/config").status()).isEqualTo(200); // slides, written by B
        TIME.advance(IDLE.minusMinutes(1));
        assertThat(onA.get("/auth/session_status").status()).isEqualTo(200); // quiet: does not slide
        TIME.advance(Duration.ofMinutes(1));
        for (Http node : List.of(nodeA, nodeB)) {
            JsonNode expired = assertProblem(on(node, onA).get("/dashboard/config"), 401, "session-expired");
            assertThat(expired.get("reason").asText()).isEqualTo("idle_timeout");
            assertThat(expired.get("session_timeout").asInt()).isEqualTo((int) IDLE.toSeconds());
        }
    }

    @Test
    void fiftyConcurrentLoginsOverBothNodesLeaveExactlyTheLimitAlive() throws Exception {
        TIME.advance(Duration.ofSeconds(1)); // older sessions of this user (other tests) are less recently used
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Admin>> logins = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Http node = i % 2 == 0 ? nodeA : nodeB;
                logins.add(pool.submit(() -> {
                    start.await();
                    return Admin.login(node, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "fp-burst");
                }));
            }
            start.countDown();
            List<Admin> admins = new ArrayList<>();
            for (Future<Admin> login : logins) {
                admins.add(login.get(60, TimeUnit.SECONDS));
            }
            assertOnlyTheLimitAlive(admins);
        } finally {
            pool.shutdownNow();
        }
    }

    private void assertOnlyTheLimitAlive(List<Admin> admins) {
        List<Admin> alive = new ArrayList<>();
        for (int i = 0; i < admins.size(); i++) {
            Admin admin = on(i % 2 == 0 ? nodeB : nodeA, admins.get(i)); // asked on the other node
            Http.Reply reply = admin.get("/auth/session_status");
            if (reply.status() == 200) {
                alive.add(admin);
            } else {
                assertThat(assertProblem(reply, 401, "session-invalid").get("reason").asText()).isEqualTo("evicted");
            }
        }
        assertThat(alive).hasSize(MAX_PER_USER);
        assertThat(sessionIds(alive.get(0))).containsExactlyInAnyOrderElementsOf(
                alive.stream().map(Admin::sessionId).toList());
    }
}
