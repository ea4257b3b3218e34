package tech.arcp.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;

/**
 * Stalled clients for {@link SlowClientBench}, all on one thread (NIO): 4 in 5 send a request head
 * announcing a 4,000-byte body and then only its first byte, 1 in 5 half a request head (issue 13).
 * Whatever the server does with one (answers it, closes it), it is replaced by a new one, so the
 * count stays at {@code count} for the whole run. They come from 127.0.1.1, 127.0.1.2, ...,
 * {@link #PER_ADDRESS} per source address, under the server's per-IP cap (default 200): the load
 * is many stalled clients, not one address over its cap.
 */
final class StalledClients implements AutoCloseable {
    static final int PER_ADDRESS = 100;
    private static final byte[] BODY = ("POST /auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + "X-Client-Fingerprint: stalled\r\nContent-Length: 4000\r\n\r\n{").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEAD = "GET /auth/session_status HTTP/1.1\r\nHost: loc".getBytes(StandardCharsets.US_ASCII);

    private final InetSocketAddress server;
    private final Selector selector;
    private final ByteBuffer sink = ByteBuffer.allocate(8192);
    private final Thread thread;
    private volatile boolean running = true;
    private long replaced;
    private int opened;

    StalledClients(int port, int count) throws IOException {
        this.server = new InetSocketAddress("127.0.0.1", port);
        this.selector = Selector.open();
        for (int i = 0; i < count; i++) {
            open(i);
        }
        this.thread = new Thread(this::serve, "stalled-clients");
        thread.setDaemon(true);
        thread.start();
    }

    private void open(int index) throws IOException {
        byte[] local = {127, 0, 1, (byte) (1 + index / PER_ADDRESS)};
        SocketChannel channel = SocketChannel.open();
        channel.bind(new InetSocketAddress(InetAddress.getByAddress(local), 0));
        channel.connect(server);
        channel.write(ByteBuffer.wrap(index % 5 == 4 ? HEAD : BODY));
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ, index);
        opened++;
    }

    /** Reads whatever the server sends a stalled client; on an answer or a close, replaces it. */
    private void serve() {
        while (running) {
            try {
                selector.select(200);
                for (SelectionKey key : selector.selectedKeys()) {
                    replace(key);
                }
                selector.selectedKeys().clear();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void replace(SelectionKey key) throws IOException {
        SocketChannel channel = (SocketChannel) key.channel();
        sink.clear();
        int n;
        try {
            n = channel.read(sink);
        } catch (IOException reset) {
            n = -1;
        }
        if (n != 0) {
            key.cancel();
            channel.close();
            replaced++;
            open((Integer) key.attachment());
        }
    }

    /** Stalled clients replaced after the server answered or closed them. */
    long replaced() {
        return replaced;
    }

    int opened() {
        return opened;
    }

    @Override
    public void close() throws IOException {
        running = false;
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        selector.close();
    }
}
