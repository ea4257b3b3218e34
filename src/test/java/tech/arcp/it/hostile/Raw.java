package tech.arcp.it.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds the exact bytes of one HTTP/1.1 request, well-formed unless told otherwise. */
final class Raw {
    private final String method;
    private final String target;
    private String version = "HTTP/1.1";
    private final List<byte[]> headerLines = new ArrayList<>();
    private byte[] body;
    private boolean contentLength = true;
    private boolean host = true;
    private boolean headEnd = true;

    private Raw(String method, String target) {
        this.method = method;
        this.target = target;
    }

    static Raw of(String method, String target) {
        return new Raw(method, target);
    }

    /** A header; the value is sent as UTF-8 bytes. */
    Raw h(String name, String value) {
        return line((name + ": " + value).getBytes(StandardCharsets.UTF_8));
    }

    /** A header line of exact bytes (no CRLF). */
    Raw line(byte[] bytes) {
        headerLines.add(bytes);
        return this;
    }

    Raw line(String text) {
        return line(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    Raw json(String json) {
        h("Content-Type", "application/json");
        return body(json.getBytes(StandardCharsets.UTF_8));
    }

    Raw body(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    /** Sends the body as is, with no Content-Length (the caller frames it). */
    Raw noContentLength() {
        this.contentLength = false;
        return this;
    }

    Raw noHost() {
        this.host = false;
        return this;
    }

    Raw version(String v) {
        this.version = v;
        return this;
    }

    /** Stops after the header lines, without the blank line that ends the head. */
    Raw unfinishedHead() {
        this.headEnd = false;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " " + target + " " + version + "\r\n").getBytes(StandardCharsets.UTF_8));
        if (host) {
            out.writeBytes("Host: 127.0.0.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes("Connection: close\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (contentLength && (body != null || method.equals("POST"))) {
            int length = body == null ? 0 : body.length;
            out.writeBytes(("Content-Length: " + length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        for (byte[] line : headerLines) {
            out.writeBytes(line);
            out.writeBytes(new byte[] {'\r', '\n'});
        }
        if (!headEnd) {
            return out.toByteArray();
        }
        out.writeBytes(new byte[] {'\r', '\n'});
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }
}
