package tech.arcp.session.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import java.util.Map;
import org.apache.commons.text.StringSubstitutor;
import org.junit.jupiter.api.Test;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.SettingsSubstitutor;
import tech.arcp.storage.redis.RedisStoreFactory;
import tech.arcp.storage.caffeine.CaffeineStoreFactory;

/** The shipped config.yml switches store with the environment alone. */
class StoreConfigTest {

    private static ArcpSessionConfiguration load(Map<String, String> environment) throws Exception {
        StringSubstitutor substitutor = new SettingsSubstitutor(environment::get);
        substitutor.setEnableSubstitutionInVariables(false);
        return new YamlConfigurationFactory<>(ArcpSessionConfiguration.class, Validators.newValidator(),
                Jackson.newObjectMapper(), "dw")
                .build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(), substitutor), "config.yml");
    }

    @Test
    void shippedConfigRunsOnCaffeineByDefault() throws Exception {
        assertThat(load(Map.of()).sessions().store()).isInstanceOf(CaffeineStoreFactory.class);
    }

    @Test
    void sessionStoreAndRedisUrlSwitchTheShippedConfigToRedis() throws Exception {
        ArcpSessionConfiguration config = load(Map.of("SESSION_STORE", "redis", "REDIS_URL", "redis://10.0.0.7:6380",
                "REDIS_KEY_PREFIX", "tenant-a:"));
        assertThat(config.sessions().store()).isInstanceOfSatisfying(RedisStoreFactory.class, redis -> {
            assertThat(redis.redis().url()).isEqualTo("redis://10.0.0.7:6380");
            assertThat(redis.redis().keyPrefix()).isEqualTo("tenant-a:");
        });
    }

    @Test
    void nearCacheTtlOverOneSecondIsRejected() {
        System.setProperty("dw.sessions.store.redis.nearCacheTtl", "2s");
        try {
            assertThatThrownBy(() -> load(Map.of("SESSION_STORE", "redis")))
                    .isInstanceOf(ConfigurationValidationException.class)
                    .hasMessageContaining("nearCacheTtl");
        } finally {
            System.clearProperty("dw.sessions.store.redis.nearCacheTtl");
        }
    }
}
