package tech.arcp.registry.redis;

import org.junit.jupiter.api.AfterEach;
import tech.arcp.registry.AgentTokenStoreContract;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.tokens.AgentTokenStore;
import tech.arcp.session.redis.RedisLink;
import tech.arcp.session.redis.RedisTestLinks;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestTime;

/** The token store contract against a real Redis (127.0.0.1:6379), under a key prefix of its own. */
class RedisAgentTokenStoreTest extends AgentTokenStoreContract {
    private final String prefix = RedisTesting.newPrefix();
    private RedisLink link;

    @Override
    protected AgentTokenStore newStore(AgentPolicy policy, TestTime time) {
        link = RedisTestLinks.open();
        return new RedisAgentTokenStore(link, prefix, policy, time);
    }

    @AfterEach
    void closeLink() {
        if (link != null) {
            link.close();
            RedisTesting.deleteKeys(prefix);
        }
    }
}
