package tech.arcp.session.redis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionPolicy;

/**
 * Shares {@link RuntimeSettings} among the nodes: a change made on this node is stored in Redis
 * (JSON) and published; a published change of another node is applied here; at start the stored
 * settings, if any, replace those of the configuration file.
 */
final class RedisSettingsSync {
    private static final Logger LOG = LoggerFactory.getLogger(RedisSettingsSync.class);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };
    private final String node = UUID.randomUUID().toString();
    private final RedisLink link;
    private final RedisKeys keys;
    private final RuntimeSettings settings;
    private final ObjectMapper json;

    RedisSettingsSync(RedisLink link, RedisKeys keys, RuntimeSettings settings, ObjectMapper json) {
        this.link = link;
        this.keys = keys;
        this.settings = settings;
        this.json = json;
    }

    /** Loads the stored settings, then follows and publishes changes. */
    void start() {
        String stored = link.call(c -> c.get(keys.settings()));
        if (stored != null) {
            settings.applyRemote(decode(stored));
        }
        link.subscribe(keys.settings(), this::received);
        settings.onLocalChange(this::publish);
    }

    private void publish(RuntimeSettings.Snapshot snapshot) {
        String message = encode(snapshot);
        link.call(c -> {
            c.set(keys.settings(), message);
            return c.publish(keys.settings(), message);
        });
    }

    private void received(String message) {
        try {
            Map<String, Object> fields = json.readValue(message, JSON_OBJECT);
            if (!node.equals(fields.get("node"))) {
                settings.applyRemote(decode(message));
            }
        } catch (JsonProcessingException | RuntimeException e) {
            LOG.warn("Ignored malformed settings message ({})", e.getClass().getSimpleName());
        }
    }

    private String encode(RuntimeSettings.Snapshot snapshot) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("node", node);
        fields.put("idle_timeout_ms", snapshot.policy().idleTimeout().toMillis());
        fields.put("absolute_timeout_ms", snapshot.policy().absoluteTimeout().toMillis());
        fields.put("max_per_user", snapshot.policy().maxPerUser());
        fields.put("ui", snapshot.ui());
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings not serialisable", e);
        }
    }

    @SuppressWarnings("unchecked")
    private RuntimeSettings.Snapshot decode(String message) {
        try {
            Map<String, Object> f = json.readValue(message, JSON_OBJECT);
            SessionPolicy policy = new SessionPolicy(
                    Duration.ofMillis(((Number) f.get("idle_timeout_ms")).longValue()),
                    Duration.ofMillis(((Number) f.get("absolute_timeout_ms")).longValue()),
                    ((Number) f.get("max_per_user")).intValue());
            return new RuntimeSettings.Snapshot(policy, (Map<String, Object>) f.getOrDefault("ui", Map.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("malformed settings", e);
        }
    }
}
