package tech.arcp.session.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.arcp.session.EndReason;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.Session;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.SessionStore;
import tech.arcp.session.SessionStoreContract;
import tech.arcp.testing.OwnRedisCluster;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestTime;

/**
 * The store contract on a local 3-primary Redis Cluster: every script finds all its keys in one
 * slot, thanks to the user hash tag.
 */
class RedisClusterSessionStoreTest extends SessionStoreContract {
    private static final OwnRedisCluster CLUSTER = new OwnRedisCluster(16392);
    private final String prefix = RedisTesting.newPrefix();
    private RedisLink link;

    @BeforeAll
    static void startCluster() throws Exception {
        CLUSTER.start();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        CLUSTER.stop();
    }

    @Override
    protected SessionStore newStore(RuntimeSettings policy, TestTime time, SessionEvents events) {
        link = new RedisLink(RedisClients.cluster(CLUSTER.url(), Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(1)), 2);
        return new RedisSessionStore(link, new RedisKeys(prefix), policy, RedisTestLinks.serverTime(link, time), events,
                new NearCache(time, Duration.ofSeconds(1), 10_000), Duration.ofSeconds(1), codec::userTag);
    }

    @AfterEach
    @Override
    protected void closeStore() {
        if (link != null) {
            link.close();
        }
    }

    @Test
    void eachUsersKeysShareOneSlotAndUsersSpreadOverTheCluster() {
        Set<Long> userSlots = new HashSet<>();
        for (String user : List.of("alice", "bob", "carol", "dave", "erin", "frank")) {
            Session session = created(user);
            store.updatePin(session.key(), pin -> pin.withFailure());
            store.end(created(user).key(), EndReason.REVOKED);
            RedisKeys keys = new RedisKeys(prefix);
            String base = keys.base(session.key());
            List<String> userKeys = List.of(keys.session(session.key()), base + "t:" + session.key().hex(),
                    keys.index(session.key().userTag(), user));
            Set<Long> slots = new HashSet<>();
            for (String key : userKeys) {
                slots.add(link.call((RedisClusterCommands<String, String> c) -> c.clusterKeyslot(key)));
            }
            assertThat(slots).hasSize(1);
            userSlots.addAll(slots);
        }
        assertThat(userSlots).hasSizeGreaterThan(1);
    }
}
