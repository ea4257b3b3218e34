package tech.arcp.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionPolicy;
import tech.arcp.testing.RedisTesting;

/** Runtime settings changed on one node apply on every node, and on nodes started later. */
class RedisSettingsSyncTest {
    private static final SessionPolicy FILE = new SessionPolicy(Duration.ofMinutes(60), Duration.ofHours(12), 5);
    private final String prefix = RedisTesting.newPrefix();
    private final List<RedisLink> links = new ArrayList<>();

    @AfterEach
    void close() {
        links.forEach(RedisLink::close);
        RedisTesting.deleteKeys(prefix);
    }

    private RuntimeSettings node() {
        RedisTesting.requireRedis();
        RedisLink link = new RedisLink(RedisClients.standalone(RedisTesting.URL, Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1)), 1);
        links.add(link);
        RuntimeSettings settings = new RuntimeSettings(FILE);
        new RedisSettingsSync(link, new RedisKeys(prefix), settings, new ObjectMapper()).start();
        return settings;
    }

    @Test
    void aChangeOnOneNodeAppliesOnTheOthersAndOnNodesStartedLater() {
        RuntimeSettings a = node();
        RuntimeSettings b = node();
        SessionPolicy changed = new SessionPolicy(Duration.ofMinutes(15), Duration.ofHours(2), 3);
        a.apply(new RuntimeSettings.Snapshot(changed, Map.of("theme", "dark")));

        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!b.get().equals(changed) && System.nanoTime() < deadline) {
            Thread.onSpinWait(); // pub/sub is asynchronous: bounded wait, no sleep
        }
        assertThat(b.snapshot().policy()).isEqualTo(changed);
        assertThat(b.snapshot().ui()).containsEntry("theme", "dark");
        assertThat(node().snapshot().policy()).isEqualTo(changed);
        assertThat(a.get()).isEqualTo(changed);
    }
}
