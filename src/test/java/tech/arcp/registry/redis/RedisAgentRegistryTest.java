package tech.arcp.registry.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.jackson.Jackson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.arcp.registry.AgentRecord;
import tech.arcp.registry.AgentRegistry;
import tech.arcp.registry.AgentRegistryContract;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.session.redis.RedisLink;
import tech.arcp.session.redis.RedisTestLinks;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestTime;

/** The registry contract against a real Redis (127.0.0.1:6379), under a key prefix of its own. */
class RedisAgentRegistryTest extends AgentRegistryContract {
    private final String prefix = RedisTesting.newPrefix();
    private RedisLink link;

    @Override
    protected AgentRegistry newRegistry(AgentPolicy policy, TestTime time) {
        link = RedisTestLinks.open();
        return new RedisAgentRegistry(link, prefix, Jackson.newObjectMapper(), policy, time);
    }

    @AfterEach
    void closeLink() {
        if (link != null) {
            link.close();
            RedisTesting.deleteKeys(prefix);
        }
    }

    @Test
    void anotherNodeOnTheSameRedisSeesTheSameAgents() {
        AgentRecord stored = registry.register(record("a1", 1)).orElseThrow();
        try (RedisLink other = RedisTestLinks.open()) {
            AgentRegistry otherNode = new RedisAgentRegistry(other, prefix, Jackson.newObjectMapper(), POLICY, time);
            assertThat(otherNode.find("a1")).contains(stored);
            assertThat(otherNode.remove("a1")).contains(stored);
        }
        assertThat(registry.find("a1")).isEmpty();
    }

    @Test
    void anIdWhoseRecordExpiredInRedisIsDroppedFromTheIndex() {
        registry.register(record("a1", 1));
        try (RedisLink raw = RedisTestLinks.open()) {
            raw.call(c -> c.del(prefix + "{agents}:a:a1"));
            assertThat(registry.all()).isEmpty();
            java.util.Set<String> ids = raw.call(c -> c.smembers(prefix + "{agents}:ids"));
            assertThat(ids).isEmpty();
        }
    }

    @Test
    void redisTtlFollowsTheLastSighting() {
        registry.register(record("a1", 1));
        try (RedisLink raw = RedisTestLinks.open()) {
            Long ttl = raw.call(c -> c.pttl(prefix + "{agents}:a:a1"));
            assertThat(ttl).isBetween(REMOVE_AFTER.toMillis() - 5_000, REMOVE_AFTER.toMillis());
        }
    }
}
