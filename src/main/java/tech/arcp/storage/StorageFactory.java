package tech.arcp.storage;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.jackson.Discoverable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * {@code sessions.store:} a store type chosen by {@code type}, found through
 * {@code META-INF/services/tech.arcp.storage.StorageFactory}; each type has its own keys and, for
 * its connection settings, a block named after the type ({@code redis:}). The blocks of the other
 * types are accepted and ignored, so that one {@code config.yml} lists every store and
 * {@code SESSION_STORE} alone switches between them. Keys written flat under
 * {@code sessions.store} before they moved into a block ({@link #flatKeys()}) still work, each
 * with a deprecation warning at start.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
public abstract class StorageFactory implements Discoverable {
    private final List<String> deprecated = new ArrayList<>();

    /** Builds the storage; the caller attaches its lifecycle, health check and metrics. */
    public abstract Storage build(StorageContext context);

    /** Keys of this type that moved from {@code sessions.store.<key>} into its block; none by default. */
    public Set<String> flatKeys() {
        return Set.of();
    }

    /** The {@code type} of this factory: its {@link JsonTypeName}. */
    public final String type() {
        return getClass().getAnnotation(JsonTypeName.class).value();
    }

    /** A key this type does not declare: the block or a flat key of another type, or an error. */
    @JsonAnySetter
    protected void otherKey(String key, JsonNode value) {
        Optional<StorageFactory> owner = StoreTypes.all().stream()
                .filter(t -> t.type().equals(key) || t.flatKeys().contains(key)).findFirst();
        if (owner.isEmpty() || owner.get().type().equals(type())) {
            throw new IllegalArgumentException("sessions.store." + key + " is not a key of the " + type()
                    + " store (store types: " + StoreTypes.names() + ")");
        }
        if (!owner.get().type().equals(key)) {
            deprecated("sessions.store." + key + " is a key of the " + owner.get().type() + " store, now written "
                    + newName(owner.get(), key) + "; the " + type() + " store ignores it");
        }
    }

    /** Records a deprecated key, warned about by {@link #warnDeprecatedKeys()}. */
    protected final void deprecated(String message) {
        deprecated.add(message);
    }

    /** The name a flat key of {@code owner} is written with now. */
    protected static String newName(StorageFactory owner, String key) {
        return "sessions.store." + owner.type() + "." + key;
    }

    /** Logs one WARN per deprecated key read; called by {@link #build}. */
    protected final void warnDeprecatedKeys() {
        deprecated.forEach(message -> LoggerFactory.getLogger(StorageFactory.class).warn("deprecated key: {}", message));
    }
}
