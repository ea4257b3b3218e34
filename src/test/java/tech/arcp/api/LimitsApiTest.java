package tech.arcp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;
import static tech.arcp.testing.SecurityHeadersAssert.assertSecurityHeaders;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.RawHttp;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** SPEC §5 limits and response headers, over real HTTP and raw sockets. */
@ExtendWith(DropwizardExtensionsSupport.class)
class LimitsApiTest {
    private static final TestTime TIME = new TestTime();
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);
    private static final int MIB = 1024 * 1024;

    private Http http;
    private int port;

    @BeforeEach
    void client() {
        port = APP.getLocalPort();
        http = new Http(port);
    }

    private static String loginJson(int padding) {
        return "{\"username\":\"ARCP\",\"password\":\"x\",\"pad\":\"" + "a".repeat(padding) + "\"}";
    }

    @Test
    void bodyOverOneMebibyteWithContentLengthIs413BeforeItIsSent() {
        // Only the head is sent: the declared length alone is refused, at once. (Sending the whole
        // body races the server's early answer and close on the client side, not the server's.)
        String head = "POST /auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Client-Fingerprint: fp\r\nContent-Length: " + (MIB + 1) + "\r\n\r\n";
        RawHttp.Reply reply = RawHttp.send(port, head.getBytes(StandardCharsets.US_ASCII), false, 5000);
        JsonNode body = reply.assertProblem(413, "request-too-large");
        assertThat(body.get("max_body_size").asLong()).isEqualTo(MIB);
    }

    @Test
    void bodyJustUnderTheLimitIsRead() {
        String json = loginJson(MIB - 200);
        assertThat(json.length()).isLessThan(MIB);
        assertProblem(http.post("/auth/login", json, "X-Client-Fingerprint", "fp"), 401, "authentication-failed");
    }

    @Test
    void chunkedBodyOverTheLimitIs413() {
        byte[] json = loginJson(MIB + 10).getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        for (int at = 0; at < json.length; at += 8192) {
            int n = Math.min(8192, json.length - at);
            chunked.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            chunked.write(json, at, n);
            chunked.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        chunked.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        RawHttp.Reply reply = RawHttp.send(port, "POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nX-Client-Fingerprint: fp\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close", chunked.toByteArray());
        reply.assertProblem(413, "request-too-large");
    }

    @Test
    void smallChunkedBodyIsAccepted() {
        String json = "{\"username\":\"ARCP\",\"password\":\"" + TestApps.ADMIN_PASSWORD + "\"}";
        String body = Integer.toHexString(json.length()) + "\r\n" + json + "\r\n0\r\n\r\n";
        RawHttp.Reply reply = RawHttp.send(port, "POST /auth/login HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nX-Client-Fingerprint: fp\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close", body.getBytes(StandardCharsets.US_ASCII));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("access_token").asText()).startsWith("arcp.");
    }

    @Test
    void headersOverEightKibibytesAre431ProblemWithSecurityHeaders() {
        RawHttp.Reply reply = RawHttp.send(port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(9000)
                + "\r\nConnection: close");
        reply.assertProblem(431, "headers-too-large");
    }

    @Test
    void headersJustUnderTheLimitAreServed() {
        RawHttp.Reply reply = RawHttp.send(port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(7000)
                + "\r\nConnection: close");
        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void moreThanFiftyQueryParametersAre400RequestError() {
        StringBuilder query = new StringBuilder("?p0=0");
        for (int i = 1; i < 50; i++) {
            query.append("&p").append(i).append('=').append(i);
        }
        assertThat(http.get("/" + query).status()).isEqualTo(200);
        Http.Reply reply = http.get("/" + query + "&p50=50");
        JsonNode body = assertProblem(reply, 400, "request-error");
        assertThat(body.get("max_query_parameters").asInt()).isEqualTo(50);
        assertSecurityHeaders(reply);
        assertProblem(http.post("/tokens/validate" + query + "&token=x", null), 400, "request-error");
    }

    @Test
    void fingerprintOver256CharactersIsInvalidInput() {
        Admin admin = Admin.login(http, "fp-limits");
        assertProblem(http.get("/auth/session_status", "Authorization", "Bearer " + admin.token(),
                "X-Client-Fingerprint", "f".repeat(257)), 400, "invalid-input");
        assertProblem(http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"" + TestApps.ADMIN_PASSWORD + "\"}",
                "X-Client-Fingerprint", "f".repeat(257)), 400, "invalid-input");
        assertThat(http.get("/auth/session_status", "Authorization", "Bearer " + admin.token(),
                "X-Client-Fingerprint", "fp-limits").status()).isEqualTo(200);
    }

    @Test
    void fingerprintWithControlCharactersIsInvalidInput() {
        Admin admin = Admin.login(http, "fp-limits");
        RawHttp.Reply reply = RawHttp.send(port, "GET /auth/session_status HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + admin.token() + "\r\nX-Client-Fingerprint: fp\u0001limits\r\nConnection: close");
        reply.assertProblem(400, "request-error"); // Jetty refuses the control character before any filter
        RawHttp.Reply tab = RawHttp.send(port, "GET /auth/session_status HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + admin.token() + "\r\nX-Client-Fingerprint: fp\tlimits\r\nConnection: close");
        tab.assertProblem(400, "invalid-input"); // a tab is legal HTTP but not a fingerprint character
        RawHttp.Reply latin1 = RawHttp.send(port, "GET /auth/session_status HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + admin.token() + "\r\nX-Client-Fingerprint: fp\u00e9\r\nConnection: close");
        latin1.assertProblem(400, "invalid-input");
        assertThat(admin.get("/auth/session_status").status()).isEqualTo(200);
    }

    @Test
    void securityHeadersOnEveryKindOfAnswer() {
        assertSecurityHeaders(http.get("/"));
        assertSecurityHeaders(http.get("/nowhere"));
        assertSecurityHeaders(http.get("/auth/session_status"));
        assertSecurityHeaders(http.send("PUT", "/auth/login", "{}"));
        assertSecurityHeaders(http.post("/auth/login", "{", "X-Client-Fingerprint", "fp"));
        RawHttp.send(port, "GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close").assertProblem(400, "request-error");
        RawHttp.send(port, "GARBAGE\r\nConnection: close").assertProblem(400, "request-error");
        RawHttp.Reply admin = RawHttp.send(APP.getAdminPort(), "GET /nowhere HTTP/1.1\r\nHost: localhost\r\nConnection: close");
        admin.assertProblem(404, "not-found");
    }
}
