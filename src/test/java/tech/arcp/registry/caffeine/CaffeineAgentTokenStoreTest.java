package tech.arcp.registry.caffeine;

import tech.arcp.registry.AgentPolicy;
import tech.arcp.registry.AgentTokenStore;
import tech.arcp.registry.AgentTokenStoreContract;
import tech.arcp.testing.TestTime;

class CaffeineAgentTokenStoreTest extends AgentTokenStoreContract {

    @Override
    protected AgentTokenStore newStore(AgentPolicy policy, TestTime time) {
        return new CaffeineAgentTokenStore(policy, time);
    }
}
