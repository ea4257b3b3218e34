package tech.arcp.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Login latency (SPEC §8): times {@code POST /auth/login} for successful logins, unknown users and
 * wrong passwords, interleaved so that drift hits all three alike, and prints {@code key=value}
 * lines: p50/p99 of each and the unknown/wrong median ratio.
 *
 * <p>Failures are spread so that no throttle key reaches its limit: each unknown-user attempt uses
 * a fresh user name, wrong passwords rotate over {@code users} bench admins ({@code <prefix><n>} with
 * password {@code <password><n>}), and each request carries a distinct {@code X-Forwarded-For}
 * (believed only when the server trusts 127.0.0.1 as a proxy). Unexpected statuses are counted.
 *
 * <pre>java -cp target/arcp-session-service.jar:target/test-classes tech.arcp.bench.LoginBench PORT COUNT PREFIX PASSWORD USERS</pre>
 */
public final class LoginBench {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI uri;
    private final Map<String, Integer> unexpected = new TreeMap<>();
    private int sequence;

    private LoginBench(int port) {
        this.uri = URI.create("http://127.0.0.1:" + port + "/auth/login");
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int count = Integer.parseInt(args[1]);
        String prefix = args[2];
        String password = args[3];
        int users = Integer.parseInt(args[4]);
        new LoginBench(port).run(count, prefix, password, users);
    }

    private void run(int count, String prefix, String password, int users) throws Exception {
        for (int i = 0; i < Math.max(20, count / 10); i++) {
            time("warmup-unknown-" + i, "wrong-password", 401);
            time(prefix + (i % users), password + (i % users), 200);
        }
        double[] ok = new double[count];
        double[] unknown = new double[count];
        double[] wrong = new double[count];
        for (int i = 0; i < count; i++) {
            int n = i % users;
            for (int step = 0; step < 3; step++) {
                switch ((i + step) % 3) {
                    case 0 -> ok[i] = time(prefix + n, password + n, 200);
                    case 1 -> unknown[i] = time("nobody-" + i + "-" + System.nanoTime(), password + n, 401);
                    default -> wrong[i] = time(prefix + n, password + n + "-wrong", 401);
                }
            }
        }
        print("login", ok);
        print("unknown_user", unknown);
        print("wrong_password", wrong);
        System.out.printf(Locale.ROOT, "unknown_wrong_ratio=%.3f%n", percentile(unknown, 50) / percentile(wrong, 50));
        System.out.println("unexpected_statuses=" + (unexpected.isEmpty() ? "none" : unexpected));
    }

    /** Milliseconds of one login round trip; counts a status other than {@code expected}. */
    private double time(String user, String password, int expected) throws IOException, InterruptedException {
        String body = "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}";
        int s = ++sequence;
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Client-Fingerprint", "bench-login")
                .header("X-Forwarded-For", "10." + (s >>> 16 & 255) + "." + (s >>> 8 & 255) + "." + (s & 255))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != expected) {
            unexpected.merge(String.valueOf(response.statusCode()), 1, Integer::sum);
        }
        return millis;
    }

    private static void print(String name, double[] millis) {
        System.out.printf(Locale.ROOT, "%s_p50_ms=%.1f%n%s_p99_ms=%.1f%n", name, percentile(millis, 50),
                name, percentile(millis, 99));
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
