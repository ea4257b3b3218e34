import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

/**
 * Benchmark (not a test): median time of a failed login for an unknown user versus a wrong password
 * for a real user, against a running server, and their ratio (SPEC §8: within 10 %).
 *
 * <p>Run with the JDK alone: {@code java bench/LoginTiming.java http://127.0.0.1:18001 ARCP 300}.
 * The server's login throttle must allow that many failures (see bench/login-timing.sh).
 * Requests alternate between the two kinds so that JIT, GC and machine noise hit both alike.
 */
public class LoginTiming {
    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:18001";
        String user = args.length > 1 ? args[1] : "ARCP";
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < warmup; i++) {
            login(client, base, "nobody-" + i);
            login(client, base, user);
        }
        long[] unknown = new long[rounds];
        long[] wrong = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                unknown[i] = login(client, base, "nobody-" + i);
                wrong[i] = login(client, base, user);
            } else {
                wrong[i] = login(client, base, user);
                unknown[i] = login(client, base, "nobody-" + i);
            }
        }
        double u = median(unknown) / 1e6;
        double w = median(wrong) / 1e6;
        System.out.printf("logins per kind: %d (after %d warm-up pairs)%n", rounds, warmup);
        System.out.printf("median unknown user:   %.2f ms%n", u);
        System.out.printf("median wrong password: %.2f ms%n", w);
        System.out.printf("ratio unknown/wrong:   %.3f%n", u / w);
    }

    private static long login(HttpClient client, String base, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/auth/login"))
                .header("Content-Type", "application/json")
                .header("X-Client-Fingerprint", "bench")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"definitely-wrong\"}"))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 401) {
            throw new IllegalStateException("expected 401, got " + response.statusCode() + ": " + response.body());
        }
        return elapsed;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
