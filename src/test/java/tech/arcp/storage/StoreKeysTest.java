package tech.arcp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.arcp.SessionsFactory;
import tech.arcp.registry.AgentsFactory;
import tech.arcp.session.RuntimeSettings;
import tech.arcp.session.SessionEvents;
import tech.arcp.session.TokensFactory;
import tech.arcp.storage.caffeine.CaffeineStoreFactory;
import tech.arcp.storage.redis.RedisStoreFactory;
import tech.arcp.testing.LogCapture;
import tech.arcp.testing.RedisTesting;
import tech.arcp.testing.TestTime;

/** {@code sessions.store}: the type's own keys, its block, the other types' blocks, the old flat keys. */
class StoreKeysTest {
    private static final ObjectMapper YAML = Jackson.newObjectMapper(new YAMLFactory());
    private static final String WARNINGS = StorageFactory.class.getName();

    private static StorageFactory store(String yaml) throws Exception {
        SessionsFactory sessions = YAML.readValue("store:\n" + yaml.indent(2), SessionsFactory.class);
        assertThat(Validators.newValidator().validate(sessions)).isEmpty();
        return sessions.store();
    }

    private static Storage build(StorageFactory factory) {
        TestTime time = new TestTime();
        return factory.build(new StorageContext(new RuntimeSettings(new SessionsFactory().policy()),
                new AgentsFactory().policy(), new TokensFactory(), time, time, SessionEvents.NONE, YAML));
    }

    @Test
    void storeWithoutTypeIsTheCaffeineStore() throws Exception {
        assertThat(store("maximumSize: 7")).isInstanceOfSatisfying(CaffeineStoreFactory.class,
                caffeine -> assertThat(caffeine.maximumSize()).isEqualTo(7));
    }

    @Test
    void redisKeysAreReadFromTheRedisBlock() throws Exception {
        StorageFactory factory = store("type: redis\nredis:\n  url: redis://10.1.2.3:6390\n  keyPrefix: \"t-a:\"");
        assertThat(factory).isInstanceOfSatisfying(RedisStoreFactory.class, redis -> {
            assertThat(redis.redis().url()).isEqualTo("redis://10.1.2.3:6390");
            assertThat(redis.redis().keyPrefix()).isEqualTo("t-a:");
        });
    }

    @Test
    void caffeineStoreIgnoresTheRedisBlockSilently() throws Exception {
        try (LogCapture log = LogCapture.attach(Map.of(WARNINGS, Level.WARN))) {
            build(store("type: caffeine\nmaximumSize: 10\nredis:\n  url: redis://10.1.2.3:6390"));
            assertThat(log.messages(WARNINGS)).isEmpty();
        }
    }

    @Test
    void flatRedisKeysStillWorkWithOneDeprecationWarningEach() throws Exception {
        RedisTesting.requireRedis();
        String prefix = RedisTesting.newPrefix();
        StorageFactory factory = store("type: redis\nurl: " + RedisTesting.URL + "\nkeyPrefix: \"" + prefix + "\""
                + "\ncommandTimeout: 2s");
        assertThat(((RedisStoreFactory) factory).redis().keyPrefix()).isEqualTo(prefix);
        try (LogCapture log = LogCapture.attach(Map.of(WARNINGS, Level.WARN))) {
            Storage storage = build(factory);
            try {
                assertThat(storage.healthCheck().execute().isHealthy()).isTrue();
                assertThat(log.messages(WARNINGS)).containsExactly(
                        "deprecated key: sessions.store.url is now written sessions.store.redis.url",
                        "deprecated key: sessions.store.keyPrefix is now written sessions.store.redis.keyPrefix",
                        "deprecated key: sessions.store.commandTimeout is now written sessions.store.redis.commandTimeout");
            } finally {
                storage.stop();
                RedisTesting.deleteKeys(prefix);
            }
        }
    }

    @Test
    void caffeineStoreIgnoresFlatRedisKeysOfAnOldConfigWithAWarningNamingTheNewKey() throws Exception {
        StorageFactory factory = store("type: caffeine\nurl: redis://10.1.2.3:6390\npoolSize: 8");
        try (LogCapture log = LogCapture.attach(Map.of(WARNINGS, Level.WARN))) {
            assertThat(build(factory).sessions().size()).isZero();
            assertThat(log.messages(WARNINGS)).containsExactly(
                    "deprecated key: sessions.store.url is a key of the redis store, now written"
                            + " sessions.store.redis.url; the caffeine store ignores it",
                    "deprecated key: sessions.store.poolSize is a key of the redis store, now written"
                            + " sessions.store.redis.poolSize; the caffeine store ignores it");
        }
    }

    @Test
    void unknownStoreKeyIsRefusedNamingTheStoreTypes() {
        assertThatThrownBy(() -> store("type: caffeine\nmaximumSise: 10"))
                .hasMessageContaining("sessions.store.maximumSise is not a key of the caffeine store"
                        + " (store types: [caffeine, redis])");
    }

    @Test
    void flatRedisKeyIsValidatedLikeItsBlockedForm() {
        assertThatThrownBy(() -> store("type: redis\npoolSize: nine")).hasMessageContaining("sessions.store.poolSize");
    }
}
