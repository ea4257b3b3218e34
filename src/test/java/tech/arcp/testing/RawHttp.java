package tech.arcp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests that java.net.http refuses to send (control characters,
 * oversized or malformed heads, bad chunking, raw bytes, slow or half-closed requests). Reads the
 * response until the server closes (send {@code Connection: close}) or the read timeout passes.
 */
public final class RawHttp {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawHttp() {
    }

    /** Sends {@code head} (lines joined by CRLF, a blank line added) and then {@code body}. */
    public static Reply send(int port, String head, byte[] body) {
        byte[] headBytes = (head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return sendBytes(port, all);
    }

    public static Reply send(int port, String head) {
        return send(port, head, new byte[0]);
    }

    public static Reply sendBytes(int port, byte[] request) {
        return send(port, request, true, 10_000);
    }

    /**
     * Writes {@code request}, half-closes the socket when {@code halfClose} (a request cut short is cut
     * short, not slow), and reads the answer until the server closes or {@code readTimeoutMillis} pass
     * without a byte.
     *
     * @return the answer; {@link Reply#NONE} when nothing came back
     */
    public static Reply send(int port, byte[] request, boolean halfClose, int readTimeoutMillis) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(readTimeoutMillis);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request);
                out.flush();
                if (halfClose) {
                    socket.shutdownOutput();
                }
            } catch (IOException closedEarly) {
                // the server may answer and close before reading everything (413, 431): read its answer
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // nothing more within the timeout, or reset after the response: keep what arrived
        }
        return bytes.toByteArray();
    }

    static Reply parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        while (text.matches("(?s)HTTP/1\\.\\d 1\\d\\d .*") && text.contains("\r\n\r\n")) {
            text = text.substring(text.indexOf("\r\n\r\n") + 4); // skip "100 Continue" and other 1xx
        }
        int end = text.indexOf("\r\n\r\n");
        if (text.isEmpty()) {
            return Reply.NONE;
        }
        if (end < 0 || !text.startsWith("HTTP/1.")) {
            return new Reply(-1, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        String body = text.substring(end + 4);
        if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
            body = dechunk(body);
        }
        return new Reply(status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }

    /** A raw response. Header names are lower-cased; {@code status} is 0 for none, -1 for non-HTTP. */
    public record Reply(int status, Map<String, List<String>> headers, String body) {
        public static final Reply NONE = new Reply(0, Map.of(), "");

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The checks of {@link Problems#assertProblem} and the security headers of SPEC §5. */
        public JsonNode assertProblem(int expectedStatus, String slug) {
            assertThat(status).as("status of %s", body).isEqualTo(expectedStatus);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            JsonNode json = json();
            assertThat(json.path("type").asText()).isEqualTo(Problems.TYPE_BASE + slug);
            assertThat(json.path("status").asInt()).isEqualTo(expectedStatus);
            assertThat(json.path("error_code").asText()).isEqualTo(slug.replace('-', '_').toUpperCase(Locale.ROOT));
            assertThat(json.path("request_id").asText()).isNotBlank().isEqualTo(header("X-Request-ID"));
            assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("<html");
            SecurityHeadersAssert.assertSecurityHeaders(this::header);
            return json;
        }
    }
}
