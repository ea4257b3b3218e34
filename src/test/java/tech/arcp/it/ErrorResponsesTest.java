package tech.arcp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.auth.Public;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** Every kind of error of SPEC §4 answers a problem body, never Dropwizard's or Jetty's default. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ErrorResponsesTest {
    private static final TestTime TIME = new TestTime();
    private static final String SECRET = "s3cret-internal-detail";
    private static final String LOGIN = "{\"username\":\"ARCP\",\"password\":\"test-password-123\"}";

    /** A resource that fails, registered only in this test's application. */
    @Path("/test-boom")
    public static final class BoomResource {
        @GET
        @Public
        public String boom() {
            throw new IllegalStateException(SECRET);
        }
    }

    /** A resource without {@code @Public}: protected by default. */
    @Path("/test-unmarked")
    public static final class UnmarkedResource {
        @GET
        public String secret() {
            return "reached";
        }
    }

    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.withResources(TIME,
            ResourceHelpers.resourceFilePath("test-config.yml"), new BoomResource(), new UnmarkedResource());

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(APP.getLocalPort());
    }

    @Test
    void newResourceWithoutPublicIsProtectedByDefault() {
        Http.Reply reply = http.get("/test-unmarked");
        assertProblem(reply, 401, "authentication-failed");
        assertThat(reply.body()).doesNotContain("reached");
    }

    @Test
    void unknownPathIsNotFound() {
        JsonNode body = assertProblem(http.get("/no/such/path"), 404, "not-found");
        assertThat(body.get("instance").asText()).isEqualTo("/no/such/path");
        assertThat(body.get("title").asText()).isEqualTo("Resource Not Found");
    }

    @Test
    void wrongMethodIsMethodNotAllowedWithAllow() {
        Http.Reply reply = http.send("PUT", "/auth/login", LOGIN);
        assertProblem(reply, 405, "method-not-allowed");
        assertThat(reply.header("Allow").orElseThrow()).contains("POST");
    }

    @Test
    void unacceptableMediaTypeIsNotAcceptable() {
        assertProblem(http.get("/", "Accept", "text/html"), 406, "not-acceptable");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        assertProblem(http.post("/auth/login", LOGIN, "Content-Type", "text/plain", "X-Client-Fingerprint", "fp"),
                415, "unsupported-media-type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{bad", "[1,2", "{\"username\":", "\"just a string", "{\"username\":\"a\" \"password\":\"b\"}"})
    void malformedJsonIsInvalidInput(String body) {
        JsonNode problem = assertProblem(http.post("/auth/login", body, "X-Client-Fingerprint", "fp"), 400, "invalid-input");
        assertThat(problem.get("title").asText()).isEqualTo("Invalid Input Data");
    }

    @Test
    void jsonOfTheWrongShapeIsInvalidInputNamingTheField() {
        JsonNode problem = assertProblem(http.post("/auth/login", "{\"username\":{\"x\":1},\"password\":\"p\"}",
                "X-Client-Fingerprint", "fp"), 400, "invalid-input");
        assertThat(problem.get("field").asText()).isEqualTo("username");
        assertProblem(http.post("/auth/login", "[]", "X-Client-Fingerprint", "fp"), 400, "invalid-input");
    }

    @Test
    void validationFailuresListEachField() {
        JsonNode problem = assertProblem(http.post("/auth/login", "{\"username\":\"\",\"password\":null}",
                "X-Client-Fingerprint", "fp"), 422, "validation-failed");
        JsonNode errors = problem.get("validation_errors");
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.findValuesAsText("field")).containsExactly("password", "username");
        assertThat(errors.get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void overlongCredentialsFailValidationWithoutEcho() {
        String longPassword = "p".repeat(1025);
        Http.Reply reply = http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"" + longPassword + "\"}",
                "X-Client-Fingerprint", "fp");
        assertThat(assertProblem(reply, 422, "validation-failed").get("validation_errors").findValuesAsText("field"))
                .containsExactly("password");
        assertThat(reply.body()).doesNotContain(longPassword);
    }

    @Test
    void missingBodyFailsValidation() {
        assertProblem(http.send("POST", "/auth/login", null, "Content-Type", "application/json",
                "X-Client-Fingerprint", "fp"), 422, "validation-failed");
    }

    @Test
    void unexpectedExceptionIs500WithoutInternals() {
        Http.Reply reply = http.get("/test-boom");
        JsonNode body = assertProblem(reply, 500, "internal-error");
        assertThat(body.get("detail").asText()).startsWith("An unexpected error occurred");
        assertThat(reply.body()).doesNotContain(SECRET).doesNotContain("IllegalStateException");
    }

    @Test
    void incomingRequestIdIsKeptWhenValidAndReplacedOtherwise() {
        Http.Reply kept = http.get("/nope", "X-Request-ID", "client-id.42_x");
        assertThat(assertProblem(kept, 404, "not-found").get("request_id").asText()).isEqualTo("client-id.42_x");
        Http.Reply replaced = http.get("/nope", "X-Request-ID", "bad id with spaces");
        assertThat(assertProblem(replaced, 404, "not-found").get("request_id").asText()).matches("req_[0-9a-f]{12}");
        Http.Reply tooLong = http.get("/", "X-Request-ID", "a".repeat(65));
        assertThat(tooLong.header("X-Request-ID").orElseThrow()).matches("req_[0-9a-f]{12}");
    }

    @Test
    void adminPortErrorsAreProblemsToo() {
        Http admin = new Http(APP.getAdminPort());
        assertProblem(admin.get("/no-such-admin-page"), 404, "not-found");
        assertThat(admin.get("/ping").status()).isEqualTo(200);
    }

    @Test
    void errorsJettyRaisesItselfAreProblems() throws Exception {
        String reply = raw("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertThat(reply).startsWith("HTTP/1.1 400");
        assertThat(reply).contains("application/problem+json").contains("\"error_code\":\"REQUEST_ERROR\"")
                .contains("X-Request-ID: req_").contains("X-Content-Type-Options: nosniff");
        String garbage = raw("NONSENSE\r\n\r\n");
        assertThat(garbage).startsWith("HTTP/1.1 400").contains("application/problem+json");
    }

    @Test
    void dropwizardDefaultErrorBodiesNeverAppear() {
        for (Http.Reply reply : new Http.Reply[] {http.get("/nope"), http.send("DELETE", "/", null),
                http.post("/auth/login", "{bad", "X-Client-Fingerprint", "fp"), http.get("/test-boom")}) {
            assertThat(reply.body()).doesNotContain("\"code\":").doesNotContain("\"message\":");
        }
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
