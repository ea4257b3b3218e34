package tech.arcp.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A raw loopback connection held open by the test (a stalled or keep-alive client): bytes are sent
 * when the test says, and one response is read by its {@code Content-Length}, or everything until
 * the server closes. No thread per connection.
 */
public final class HeldConnection implements AutoCloseable {
    private final Socket socket;

    private HeldConnection(Socket socket) {
        this.socket = socket;
    }

    public static HeldConnection open(int port, String request) {
        try {
            Socket socket = new Socket("127.0.0.1", port);
            HeldConnection held = new HeldConnection(socket);
            held.send(request);
            return held;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void send(String bytes) {
        try {
            socket.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One response (head and a {@code Content-Length} body), the connection left open. */
    public RawHttp.Reply readResponse(int timeoutMillis) {
        try {
            String text = readHead(timeoutMillis);
            if (text.isEmpty()) {
                return RawHttp.Reply.NONE;
            }
            byte[] body = socket.getInputStream().readNBytes(contentLength(text));
            return RawHttp.parse((text + new String(body, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The head of the next response (e.g. {@code 100 Continue}); empty when the server closed first. */
    public String readHead(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return "";
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Sends another request on the held connection and reads its response. */
    public RawHttp.Reply readResponseAfter(String request) {
        send(request);
        return readResponse(5000);
    }

    /** Whether the server closed the connection: end of stream (or a reset) within the timeout. */
    public boolean closedByServer(int timeoutMillis) {
        try {
            socket.setSoTimeout(timeoutMillis);
            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                continue; // the rest of a response
            }
            return true;
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (SocketException reset) {
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return 0;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
