package tech.arcp.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The slow-client benchmark of issue 13: holds {@code stalled} stalled connections
 * ({@link StalledClients}) while a well-behaved client asks {@code GET /} and an authenticated
 * {@code GET /auth/session_status} in turn, every {@code 50 ms} (or as soon as the previous one
 * ended, when it took longer), each on a fresh connection with a 2 s time-out, for {@code seconds}. Prints {@code key=value} lines: answers, failures (no 200
 * within 2 s), p50/p99/max latency of the answers, stalled clients replaced.
 *
 * <pre>java -cp target/arcp-session-service.jar:target/test-classes tech.arcp.bench.SlowClientBench PORT STALLED SECONDS TOKEN FINGERPRINT</pre>
 */
public final class SlowClientBench {
    private static final int TIMEOUT_MILLIS = 2000;
    private static final long INTERVAL_NANOS = 50_000_000L;

    private SlowClientBench() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int stalled = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        String status = "GET /auth/session_status HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + args[3] + "\r\nX-Client-Fingerprint: " + args[4] + "\r\n\r\n";
        String root = "GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
        try (StalledClients clients = new StalledClients(port, stalled)) {
            Client client = new Client(port, root, status, System.nanoTime() + seconds * 1_000_000_000L);
            client.runToEnd(seconds);
            print(stalled, client.latencies, client.failures, clients.replaced());
        }
    }

    /**
     * The well-behaved client: one request every {@link #INTERVAL_NANOS}, each step scheduled on one
     * thread at the pace's next instant (or at once when the previous request took longer: no
     * catching up), until {@code endNanos}.
     */
    private static final class Client implements Runnable {
        private final ScheduledExecutorService pace = Executors.newSingleThreadScheduledExecutor();
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        private final List<Double> latencies = new ArrayList<>();
        private final int port;
        private final String root;
        private final String status;
        private final long endNanos;
        private long next = System.nanoTime();
        private int sent;
        private int failures;

        Client(int port, String root, String status, long endNanos) {
            this.port = port;
            this.root = root;
            this.status = status;
            this.endNanos = endNanos;
        }

        void runToEnd(long seconds) throws Exception {
            pace.execute(this);
            try {
                done.get(seconds + 10, TimeUnit.SECONDS); // bounded: ends by itself
            } finally {
                pace.shutdownNow();
            }
        }

        @Override
        public void run() {
            long start = System.nanoTime();
            if (ask(port, sent++ % 2 == 0 ? root : status)) {
                latencies.add((System.nanoTime() - start) / 1e6);
            } else {
                failures++;
            }
            next = Math.max(next + INTERVAL_NANOS, System.nanoTime());
            if (next >= endNanos) {
                done.complete(null);
            } else {
                pace.schedule(this, next - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
        }
    }

    /** One request on a fresh connection: whether a 200 came back within the time-out. */
    private static boolean ask(int port, String request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream reply = new ByteArrayOutputStream();
            in.transferTo(reply);
            return reply.toString(StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200");
        } catch (IOException timedOutOrRefused) {
            return false;
        }
    }

    private static void print(int stalled, List<Double> latencies, int failures, long replaced) {
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "stalled=%d%nanswers=%d%nfailures=%d%np50_ms=%.2f%np99_ms=%.2f%nmax_ms=%.2f%n"
                        + "stalled_replaced=%d%n", stalled, sorted.length, failures, quantile(sorted, 0.50),
                quantile(sorted, 0.99), sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1], replaced);
    }

    private static double quantile(double[] sorted, double q) {
        return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }
}
