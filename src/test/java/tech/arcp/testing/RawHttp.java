package tech.arcp.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends exact bytes over a socket to 127.0.0.1, for what HTTP clients refuse to send (invalid
 * UTF-8, NUL bytes, bad chunking, header floods, ambiguous paths), and parses the answer.
 */
public final class RawHttp {
    private RawHttp() {
    }

    /**
     * Writes {@code request}, then half-closes the socket when {@code halfClose}, and reads the answer
     * until the server closes or {@code readTimeoutMillis} pass without a byte.
     *
     * @return the answer, or {@link Reply#NONE} when nothing came back before the timeout or close
     */
    public static Reply send(int port, byte[] request, boolean halfClose, int readTimeoutMillis) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(readTimeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            return parse(readUntilCloseOrTimeout(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readUntilCloseOrTimeout(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // nothing more within the timeout, or reset after the answer: keep what arrived
        }
        return all.toByteArray();
    }

    static Reply parse(byte[] raw) {
        while (startsWithInterim(raw)) { // skip "100 Continue" and other 1xx answers
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            raw = java.util.Arrays.copyOfRange(raw, text.indexOf("\r\n\r\n") + 4, raw.length);
        }
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (raw.length == 0 || end < 0 || !text.startsWith("HTTP/1.")) {
            return raw.length == 0 ? Reply.NONE : new Reply(-1, Map.of(), text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim(), (a, b) -> a + ", " + b);
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static boolean startsWithInterim(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        return text.matches("(?s)HTTP/1\\.\\d 1\\d\\d .*") && text.contains("\r\n\r\n");
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = new String(body, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (at < text.length()) {
            int lineEnd = text.indexOf("\r\n", at);
            int size = Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    /** A parsed answer; {@code status} is 0 when there was none, -1 when it was not HTTP. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public static final Reply NONE = new Reply(0, Map.of(), "");

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }
}
