package tech.arcp.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.it.hostile.HostileCase.Expect;
import tech.arcp.it.hostile.HostileCase.Target;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.Problems;
import tech.arcp.testing.RawHttp;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * The hostile-input corpus (SPEC §8): every row of {@link TokenAttacks}, {@link BodyAttacks},
 * {@link BodyFraming}, {@link ProtocolAttacks} and {@link HeaderAttacks}, sent over a raw socket to a
 * full app. Each must answer its problem (never a 5xx, a stack trace or a token), and leave every
 * session exactly as it was: the session listings of both admins, including last access, are
 * compared before and after, and the reference session still works.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {
    private static final TestTime TIME = new TestTime();
    /** The login throttle is set out of reach: every wrong login of the corpus must answer 401. */
    private static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME,
            io.dropwizard.testing.ConfigOverride.config("loginThrottle.maxFailures", "100000"));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FINGERPRINT = "hostile-reference-fp";
    private static Admin reference;
    private static Admin other;
    private static Target target;
    private static String baseline;

    static Stream<HostileCase> corpus() {
        List<HostileCase> all = new ArrayList<>();
        all.addAll(TokenAttacks.cases());
        all.addAll(BodyAttacks.cases());
        all.addAll(ProtocolAttacks.cases());
        return all.stream();
    }

    @BeforeEach
    void referenceSessions() {
        if (reference != null) {
            return;
        }
        Http http = new Http(APP.getLocalPort());
        Admin revoked = Admin.login(http, FINGERPRINT);
        assertThat(revoked.post("/auth/logout", "").status()).isEqualTo(200);
        reference = Admin.login(http, FINGERPRINT);
        other = Admin.login(http, TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "other-fp");
        target = new Target(reference.token(), FINGERPRINT, reference.sessionId(), revoked.token());
        baseline = state();
    }

    @Test
    @Order(2)
    void theCorpusHasAtLeastTwoHundredRequests() {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(200);
        assertThat(corpus().map(HostileCase::name).distinct().count()).isEqualTo(corpus().count());
    }

    /** Runs first: once the corpus has failed many logins, a login throttle may lock 127.0.0.1. */
    @Test
    @Order(1)
    void theStateCheckSeesAValidLogin() {
        String before = state();
        Admin extra = Admin.login(new Http(APP.getLocalPort()), TestApps.OTHER_ADMIN, TestApps.OTHER_PASSWORD, "extra-fp");
        assertThat(state()).isNotEqualTo(before);
        assertThat(extra.post("/auth/logout", "").status()).isEqualTo(200);
        assertThat(state()).isEqualTo(before);
    }

    @Order(3)
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void hostileRequestGetsAClientErrorAndChangesNothing(HostileCase c) throws IOException {
        HostileCase.Wire wire = c.request().apply(target);
        RawHttp.Reply reply = RawHttp.send(APP.getLocalPort(), wire.bytes(), wire.halfClose(), wire.readTimeoutMillis());

        assertThat(reply.status()).as("no 5xx: %s", reply).isLessThan(500);
        assertNoLeak(reply);
        assertExpected(c.expect(), reply);
        assertThat(state()).as("sessions after %s", c.name()).isEqualTo(baseline);
        assertThat(reference.get("/auth/session_status").status()).isEqualTo(200);
    }

    /** Both admins' session listings (ids, last access, deadlines): equal iff no session changed. */
    private static String state() {
        Http.Reply mine = reference.get("/auth/sessions");
        Http.Reply theirs = other.get("/auth/sessions");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(theirs.status()).isEqualTo(200);
        return mine.body() + "\n" + theirs.body();
    }

    private static void assertNoLeak(RawHttp.Reply reply) {
        String all = reply.headers() + reply.body();
        assertThat(all).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at tech.arcp")
                .doesNotContain(target.token().substring(14, 57)).doesNotContain(target.revokedToken().substring(14, 57))
                .doesNotContain("A".repeat(20)).doesNotContain("not-the-password").doesNotContain("<script>");
    }

    private static void assertExpected(Expect expect, RawHttp.Reply reply) throws IOException {
        switch (expect.kind()) {
            case PROBLEM -> assertProblem(reply, expect.status(), expect.slug(), expect.reason());
            case LOGIN_REFUSED -> assertProblem(reply, 401, "authentication-failed", null);
            case SUCCESS -> assertThat(reply.status()).as("%s", reply).isEqualTo(expect.status());
            case NO_ANSWER_OR_CLIENT_ERROR -> {
                if (reply.status() != 0) {
                    assertThat(reply.status()).as("4xx: %s", reply).isBetween(400, 499);
                    assertProblem(reply, reply.status(), null, null);
                }
            }
        }
    }

    /** SPEC §4 on a raw answer; {@code slug} or {@code reason} {@code null}: any. */
    private static void assertProblem(RawHttp.Reply reply, int status, String slug, String reason) throws IOException {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as("%s", reply).startsWith("application/problem+json");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode body = JSON.readTree(reply.body());
        String type = body.path("type").asText();
        assertThat(type).startsWith(Problems.TYPE_BASE);
        String actualSlug = type.substring(Problems.TYPE_BASE.length());
        if (slug != null) {
            assertThat(actualSlug).as("%s", reply).isEqualTo(slug);
        }
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("error_code").asText()).isEqualTo(actualSlug.replace('-', '_').toUpperCase());
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("detail").asText()).isNotBlank();
        assertThat(body.path("request_id").asText()).isNotBlank().isEqualTo(reply.header("X-Request-ID"));
        if (reason != null) {
            assertThat(body.path("reason").asText()).isEqualTo(reason);
        }
        if (status == 401) {
            assertThat(reply.header("WWW-Authenticate")).contains("Bearer realm=\"arcp\", error=\"invalid_token\"");
        }
    }
}
