package tech.arcp.testing;

import static org.assertj.core.api.Assertions.fail;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The shared Redis of the tests (127.0.0.1:6379): each test run uses its own key prefix and
 * deletes only that prefix's keys. Without Redis the tests are skipped, but fail when {@code CI=true}.
 */
public final class RedisTesting {
    public static final String URL = "redis://127.0.0.1:6379";

    private RedisTesting() {
    }

    /** Fails (CI) or skips (elsewhere) when nothing listens on 127.0.0.1:6379. */
    public static void requireRedis() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 6379), 1000);
        } catch (IOException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true but no Redis listens on 127.0.0.1:6379");
            }
            Assumptions.abort("no Redis on 127.0.0.1:6379");
        }
    }

    /** A fresh key prefix for one test run. */
    public static String newPrefix() {
        return "arcp-test-" + UUID.randomUUID().toString().substring(0, 8) + ":";
    }

    /** Deletes every key starting with {@code prefix} from the shared Redis. */
    public static void deleteKeys(String prefix) {
        RedisClient client = RedisClient.create(URL);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            RedisCommands<String, String> redis = connection.sync();
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = redis.scan(cursor, ScanArgs.Builder.matches(escape(prefix) + "*").limit(500));
                if (!page.getKeys().isEmpty()) {
                    redis.del(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
        } finally {
            client.shutdown();
        }
    }

    /** Counts the keys starting with {@code prefix}. */
    public static long countKeys(String prefix) {
        RedisClient client = RedisClient.create(URL);
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            return connection.sync().keys(escape(prefix) + "*").size();
        } finally {
            client.shutdown();
        }
    }

    private static String escape(String glob) {
        return glob.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}
