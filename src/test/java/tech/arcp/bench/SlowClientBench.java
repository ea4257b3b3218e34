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
        List<Double> latencies = new ArrayList<>();
        int failures = 0;
        try (StalledClients clients = new StalledClients(port, stalled)) {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            int sent = 0;
            for (long next = System.nanoTime(); next < end; next = Math.max(next + INTERVAL_NANOS, System.nanoTime())) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000)); // the client's pace; no catching up
                }
                long start = System.nanoTime();
                if (ask(port, sent++ % 2 == 0 ? root : status)) {
                    latencies.add((System.nanoTime() - start) / 1e6);
                } else {
                    failures++;
                }
            }
            print(stalled, latencies, failures, clients.replaced());
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
