package tech.arcp.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.DropwizardTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** Both nodes restart; the sessions they share in Redis live on. */
class RedisRestartTest {
    private final TestTime time = new TestTime();
    private final String prefix = RedisTesting.newPrefix();

    @AfterEach
    void deleteKeys() {
        RedisTesting.deleteKeys(prefix);
    }

    private DropwizardTestSupport<ArcpSessionConfiguration> started() throws Exception {
        RedisTesting.requireRedis();
        DropwizardTestSupport<ArcpSessionConfiguration> node = TestApps.support(time,
                TestApps.redis(RedisTesting.URL, prefix));
        node.before();
        return node;
    }

    @Test
    void sessionsSurviveARestartOfBothNodes() throws Exception {
        DropwizardTestSupport<ArcpSessionConfiguration> a = started();
        DropwizardTestSupport<ArcpSessionConfiguration> b = started();
        Admin admin = Admin.login(new Http(a.getLocalPort()), "fp-restart");
        Admin ended = Admin.login(new Http(b.getLocalPort()), "fp-restart");
        assertThat(ended.post("/auth/logout", "").status()).isEqualTo(200);
        b.after(); // reverse order: each restores the dw.* system properties the other one found
        a.after();

        DropwizardTestSupport<ArcpSessionConfiguration> a2 = started();
        DropwizardTestSupport<ArcpSessionConfiguration> b2 = started();
        try {
            for (DropwizardTestSupport<ArcpSessionConfiguration> node : java.util.List.of(a2, b2)) {
                Http http = new Http(node.getLocalPort());
                Http.Reply status = new Admin(http, admin.token(), admin.fingerprint(), admin.sessionId())
                        .get("/auth/session_status");
                assertThat(status.status()).isEqualTo(200);
                assertThat(status.json().get("session_id").asText()).isEqualTo(admin.sessionId());
                Http.Reply revoked = new Admin(http, ended.token(), ended.fingerprint(), ended.sessionId())
                        .get("/auth/session_status");
                assertThat(revoked.json().get("reason").asText()).isEqualTo("revoked");
            }
        } finally {
            b2.after();
            a2.after();
        }
    }
}
