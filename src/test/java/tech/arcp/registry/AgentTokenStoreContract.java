package tech.arcp.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tech.arcp.registry.rules.AgentPolicy;
import tech.arcp.registry.tokens.AgentTokenStore.Grant;
import tech.arcp.registry.tokens.AgentTokenStore;
import tech.arcp.registry.tokens.AgentTokens;
import tech.arcp.session.SessionKey;
import tech.arcp.session.TokenCodec;
import tech.arcp.testing.TestTime;

/** The {@link AgentTokenStore} contract, run against every implementation. Time moves only through {@link TestTime}. */
public abstract class AgentTokenStoreContract {
    protected static final Duration TEMP_LIFE = Duration.ofSeconds(900);
    protected static final Duration IDLE = Duration.ofMinutes(10);
    protected static final AgentPolicy POLICY = new AgentPolicy(List.of("testing"), Duration.ofSeconds(60),
            Duration.ofSeconds(120), IDLE, TEMP_LIFE, 1000);

    private final TokenCodec codec = new TokenCodec(new byte[32]);
    protected TestTime time;
    protected AgentTokenStore store;

    protected abstract AgentTokenStore newStore(AgentPolicy policy, TestTime time);

    @BeforeEach
    void setUpStore() {
        time = new TestTime();
        store = newStore(POLICY, time);
    }

    private SessionKey key() {
        return codec.issue(AgentTokens.FAMILY).key();
    }

    @Test
    void tempTokenLivesExactlyItsLifetimeHoweverUsed() {
        SessionKey key = key();
        store.putTemp(key, "a1");
        time.advance(TEMP_LIFE.minusSeconds(1));
        assertThat(store.temp(key)).contains("a1");
        time.advance(Duration.ofSeconds(1));
        assertThat(store.temp(key)).isEmpty();
        assertThat(store.access(key)).as("a temp token is no access token").isEmpty();
    }

    @Test
    void accessTokenEndsAfterIdleTimeoutWithoutUse() {
        SessionKey key = key();
        store.putAccess(key, new Grant("a1", 7));
        time.advance(IDLE.minusSeconds(1));
        assertThat(store.access(key)).contains(new Grant("a1", 7));
        time.advance(IDLE.minusSeconds(1));
        assertThat(store.access(key)).as("each use restarts the idle timer").contains(new Grant("a1", 7));
        time.advance(IDLE);
        assertThat(store.access(key)).isEmpty();
        assertThat(store.temp(key)).isEmpty();
    }

    @Test
    void revokedTokensAreGone() {
        SessionKey temp = key();
        SessionKey access = key();
        store.putTemp(temp, "a1");
        store.putAccess(access, new Grant("a1", -3));
        store.revoke(temp);
        store.revoke(access);
        assertThat(store.temp(temp)).isEmpty();
        assertThat(store.access(access)).isEmpty();
    }

    @Test
    void unknownTokenIsEmpty() {
        assertThat(store.temp(key())).isEmpty();
        assertThat(store.access(key())).isEmpty();
    }
}
