package tech.arcp.registry.caffeine;

import tech.arcp.registry.AgentTokenStoreContract;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.tokens.AgentTokenStore;
import tech.arcp.testing.TestTime;

class CaffeineAgentTokenStoreTest extends AgentTokenStoreContract {

    @Override
    protected AgentTokenStore newStore(AgentPolicy policy, TestTime time) {
        return new CaffeineAgentTokenStore(policy, time);
    }
}
