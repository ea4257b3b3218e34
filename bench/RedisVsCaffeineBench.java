import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.arcp.ArcpSessionApplication;
import tech.arcp.ArcpSessionConfiguration;

/**
 * Authenticated throughput of the Redis store (with its near cache) against the Caffeine store,
 * in one run: two in-process nodes on loopback, the same load (N client threads, java.net.http,
 * one session per thread) alternating between them after a warm-up; reports the median ratio.
 * Usage: bench/run-redis-vs-caffeine.sh [threads] [warmupSeconds] [roundSeconds] [rounds]
 */
public final class RedisVsCaffeineBench {
    private static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        String path = args.length > 4 ? args[4] : "/dashboard/config";
        String prefix = "arcp-bench-" + ProcessHandle.current().pid() + ":";
        DropwizardTestSupport<ArcpSessionConfiguration> caffeine = node();
        DropwizardTestSupport<ArcpSessionConfiguration> redis = node(
                ConfigOverride.config("sessions.store.type", "redis"),
                ConfigOverride.config("sessions.store.redis.keyPrefix", prefix));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            Load onCaffeine = new Load(caffeine.getLocalPort(), threads, path);
            Load onRedis = new Load(redis.getLocalPort(), threads, path);
            onCaffeine.run(pool, warmup);
            onRedis.run(pool, warmup);
            List<Double> ratios = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                double c = onCaffeine.run(pool, seconds);
                double r = onRedis.run(pool, seconds);
                ratios.add(r / c);
                System.out.printf("round %d: caffeine %.0f req/s, redis %.0f req/s, ratio %.2f%n", round, c, r, r / c);
            }
            ratios.sort(Double::compare);
            System.out.printf("median ratio redis/caffeine on GET %s (%d threads): %.2f%n", path, threads,
                    ratios.get(ratios.size() / 2));
        } finally {
            pool.shutdownNow();
            caffeine.after();
            redis.after();
            deleteKeys(prefix);
        }
    }

    /** Leaves the shared Redis as it was: deletes this run's keys only. */
    private static void deleteKeys(String prefix) {
        io.lettuce.core.RedisClient client = io.lettuce.core.RedisClient.create("redis://127.0.0.1:6379");
        try (var connection = client.connect()) {
            List<String> keys = connection.sync().keys(prefix + "*");
            if (!keys.isEmpty()) {
                connection.sync().del(keys.toArray(String[]::new));
            }
        } finally {
            client.shutdown();
        }
    }

    private static DropwizardTestSupport<ArcpSessionConfiguration> node(ConfigOverride... overrides) throws Exception {
        DropwizardTestSupport<ArcpSessionConfiguration> node = new DropwizardTestSupport<>(
                ArcpSessionApplication.class, "bench/redis-vs-caffeine-config.yml", overrides);
        node.before();
        return node;
    }

    /** Closed-loop load: each thread sends its next request when the previous one answered. */
    private static final class Load {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final List<HttpRequest> requests = new ArrayList<>();

        Load(int port, int threads, String path) throws Exception {
            for (int i = 0; i < threads; i++) {
                String fingerprint = "bench-" + i;
                HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/auth/login"))
                        .header("Content-Type", "application/json").header("X-Client-Fingerprint", fingerprint)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"bench\",\"password\":\"bench-password-123\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                Matcher token = TOKEN.matcher(login.body());
                if (!token.find()) {
                    throw new IllegalStateException("login failed: " + login.statusCode());
                }
                requests.add(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token.group(1))
                        .header("X-Client-Fingerprint", fingerprint).GET().build());
            }
        }

        /** Requests per second over {@code seconds}; fails on any non-200 answer. */
        double run(ExecutorService pool, int seconds) throws Exception {
            LongAdder done = new LongAdder();
            long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (HttpRequest request : requests) {
                workers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException("status " + response.statusCode());
                        }
                        done.increment();
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return done.sum() / ((System.nanoTime() - start) / 1e9);
        }
    }
}
