package tech.arcp.storage.redis;

import com.codahale.metrics.MetricSet;
import com.codahale.metrics.health.HealthCheck;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.Map;
import tech.arcp.storage.EpochTickerClock;
import tech.arcp.registry.AgentStores;
import tech.arcp.session.SessionStore;
import tech.arcp.session.TokenCodec;
import tech.arcp.session.redis.RedisLink;
import tech.arcp.session.redis.RedisSessions;
import tech.arcp.storage.Storage;

/** Everything on one Redis, through {@code link}, which closes when the server stops. */
record RedisStorage(RedisLink link, Ticker timeBase, TokenCodec tokens, SessionStore sessions, AgentStores agents)
        implements Storage {

    /** The Redis server's time, as the near cache and the scripts see it. */
    @Override
    public Clock clock() {
        return new EpochTickerClock(timeBase);
    }

    @Override
    public HealthCheck healthCheck() {
        return RedisSessions.healthCheck(link);
    }

    @Override
    public MetricSet metrics() {
        return Map::of;
    }

    @Override
    public void stop() {
        link.close();
    }
}
