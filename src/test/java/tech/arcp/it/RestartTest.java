package tech.arcp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * A token outliving its store: a second instance with the same {@code TOKEN_KEY} and an empty
 * store stands for the restarted service; another key stands for a service that rotated its key.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class RestartTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> BEFORE = TestApps.app(TIME);
    static final DropwizardAppExtension<ArcpSessionConfiguration> AFTER = TestApps.app(TIME);
    static final DropwizardAppExtension<ArcpSessionConfiguration> OTHER_KEY = TestApps.isolatedApp(TIME, "otherkey.",
            ConfigOverride.config("otherkey.", "tokens.key", "a-different-token-key-0123456789abcdef"));

    @Test
    void tokenWithValidMacButUnknownSessionIsExpiredUnknown() {
        Admin admin = Admin.login(new Http(BEFORE.getLocalPort()), "fp-restart");
        Http restarted = new Http(AFTER.getLocalPort());
        JsonNode body = assertProblem(restarted.get("/auth/session_status", "Authorization", "Bearer " + admin.token(),
                "X-Client-Fingerprint", "fp-restart"), 401, "session-expired");
        assertThat(body.get("reason").asText()).isEqualTo("unknown");
        assertThat(body.get("session_timeout").asInt()).isEqualTo(3600);
    }

    @Test
    void tokenOfAnotherKeyIsInvalidAfterKeyRotation() {
        Admin admin = Admin.login(new Http(BEFORE.getLocalPort()), "fp-rotate");
        assertProblem(new Http(OTHER_KEY.getLocalPort()).get("/auth/session_status",
                "Authorization", "Bearer " + admin.token(), "X-Client-Fingerprint", "fp-rotate"), 401, "token-invalid");
    }
}
