package tech.arcp.storage.redis;

import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.jackson.Jackson;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Set;
import java.util.stream.Collectors;
import tech.arcp.registry.AgentStores;
import tech.arcp.registry.redis.RedisAgentRegistry;
import tech.arcp.registry.redis.RedisAgentTokenStore;
import tech.arcp.session.SessionStore;
import tech.arcp.session.TokenCodec;
import tech.arcp.session.redis.RedisLink;
import tech.arcp.session.redis.RedisSessions;
import tech.arcp.session.redis.RedisSettings;
import tech.arcp.session.redis.ServerTime;
import tech.arcp.storage.Storage;
import tech.arcp.storage.StorageContext;
import tech.arcp.storage.StorageFactory;

/**
 * {@code store: {type: redis, maximumSize: 100000, redis: {url: redis://host:6379, ...}}}: sessions,
 * agents, agent tokens and the run-time settings shared by every node using the same Redis and key
 * prefix, on one set of connections; ticks are the Redis server's clock ({@link ServerTime}), the time
 * base the nodes share.
 * With {@code tokens.key} unset, the token key is generated once and kept in that Redis.
 */
@JsonTypeName("redis")
public class RedisStoreFactory extends StorageFactory {
    private static final ObjectMapper MAPPER = Jackson.newObjectMapper();
    private static final Set<String> FLAT_KEYS = MAPPER.getSerializationConfig()
            .introspect(MAPPER.constructType(RedisSettings.class)).findProperties().stream()
            .map(p -> p.getName()).collect(Collectors.toUnmodifiableSet());

    /** Entries of the near cache (the same key as the Caffeine store's bound). */
    @Min(1)
    @Max(100_000_000)
    @JsonProperty
    private long maximumSize = 100_000;

    @Valid
    @NotNull
    @JsonMerge
    @JsonProperty
    private RedisSettings redis = new RedisSettings();

    public RedisSettings redis() {
        return redis;
    }

    @Override
    public Set<String> flatKeys() {
        return FLAT_KEYS;
    }

    /** A flat key of this store ({@code sessions.store.url}) is read into {@code redis:}, with a warning. */
    @Override
    protected void otherKey(String key, JsonNode value) {
        if (!FLAT_KEYS.contains(key)) {
            super.otherKey(key, value);
            return;
        }
        deprecated("sessions.store." + key + " is now written " + newName(this, key));
        ObjectNode one = MAPPER.createObjectNode().set(key, value);
        try {
            redis = MAPPER.updateValue(redis, one);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("sessions.store." + key + ": " + e.getOriginalMessage());
        }
    }

    @Override
    public Storage build(StorageContext context) {
        warnDeprecatedKeys();
        RedisLink link = redis.connect();
        TokenCodec codec = context.tokens().build(
                () -> java.util.Optional.of(RedisSessions.sharedTokenKey(link, redis.keyPrefix())));
        ServerTime timeBase = ServerTime.of(link, context.ticker());
        SessionStore sessions = RedisSessions.open(link, redis, maximumSize, context.settings(), context.ticker(),
                timeBase, context.events(), context.mapper(), codec::userTag);
        AgentStores agents = new AgentStores(timeBase,
                new RedisAgentRegistry(link, redis.keyPrefix(), context.mapper(), context.agentPolicy(), timeBase),
                new RedisAgentTokenStore(link, redis.keyPrefix(), context.agentPolicy(), timeBase));
        return new RedisStorage(link, timeBase, codec, sessions, agents);
    }
}
