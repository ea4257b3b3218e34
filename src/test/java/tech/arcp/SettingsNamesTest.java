package tech.arcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.arcp.storage.redis.RedisStoreFactory;
import tech.arcp.testing.OwnRedis;

/**
 * Issue 15, point 4: ARCP's settings names in the shipped config.yml, each read from a fake
 * environment (never the process's).
 */
class SettingsNamesTest {
    private static final int OWN_REDIS_PORT = 16415;
    private final YamlConfigurationFactory<ArcpSessionConfiguration> factory = new YamlConfigurationFactory<>(
            ArcpSessionConfiguration.class, Validators.newValidator(), Jackson.newObjectMapper(), "dw");

    private ArcpSessionConfiguration load(Map<String, String> environment) throws Exception {
        return factory.build(new SubstitutingSourceProvider(new FileConfigurationSourceProvider(),
                new SettingsSubstitutor(environment::get)), "config.yml");
    }

    private HttpConnectorFactory api(Map<String, String> environment) throws Exception {
        DefaultServerFactory server = (DefaultServerFactory) load(environment).getServerFactory();
        return (HttpConnectorFactory) server.getApplicationConnectors().get(0);
    }

    private String redisUrl(Map<String, String> environment) throws Exception {
        Map<String, String> withStore = new HashMap<>(environment);
        withStore.put("SESSION_STORE", "redis");
        return ((RedisStoreFactory) load(withStore).sessions().store()).redis().url();
    }

    private String level(Map<String, String> environment) throws Exception {
        return ((DefaultLoggingFactory) load(environment).getLoggingFactory()).getLevel();
    }

    @Test
    void arcpHostAndPortBindTheApiConnector() throws Exception {
        assertThat(api(Map.of("ARCP_HOST", "0.0.0.0", "ARCP_PORT", "18301")))
                .extracting(HttpConnectorFactory::getBindHost, HttpConnectorFactory::getPort)
                .containsExactly("0.0.0.0", 18301);
        assertThat(api(Map.of())).extracting(HttpConnectorFactory::getBindHost, HttpConnectorFactory::getPort)
                .containsExactly("127.0.0.1", 8001);
        DefaultServerFactory server = (DefaultServerFactory) load(Map.of("ARCP_PORT", "18301")).getServerFactory();
        assertThat(((HttpConnectorFactory) server.getAdminConnectors().get(0)).getPort()).isEqualTo(8081);
    }

    @Test
    void redisPartsComposeTheUrlWhenRedisUrlIsUnset() throws Exception {
        assertThat(redisUrl(Map.of())).isEqualTo("redis://127.0.0.1:6379");
        assertThat(redisUrl(Map.of("REDIS_HOST", "cache.internal"))).isEqualTo("redis://cache.internal:6379/0");
        assertThat(redisUrl(Map.of("REDIS_HOST", "cache.internal", "REDIS_PORT", "6380", "REDIS_DB", "2")))
                .isEqualTo("redis://cache.internal:6380/2");
        assertThat(redisUrl(Map.of("REDIS_PASSWORD", "p@ss:w/rd %+x", "REDIS_HOST", "::1")))
                .isEqualTo("redis://:p%40ss%3Aw%2Frd%20%25%2Bx@[::1]:6379/0");
        assertThat(redisUrl(Map.of("REDIS_URL", "redis://elsewhere:7000", "REDIS_HOST", "ignored")))
                .isEqualTo("redis://elsewhere:7000");
        assertThat(redisUrl(Map.of("REDIS_HOST", " "))).as("blank is unset, as in ARCP")
                .isEqualTo("redis://127.0.0.1:6379");
    }

    @Test
    void composedUrlWithAnAwkwardPasswordLogsIntoARealRedisAndSelectsTheDb() throws Exception {
        String password = "p@ss:w/rd %+x#?";
        OwnRedis redis = new OwnRedis(OWN_REDIS_PORT, "--requirepass", password);
        redis.start();
        try {
            String url = redisUrl(Map.of("REDIS_PORT", Integer.toString(OWN_REDIS_PORT), "REDIS_PASSWORD", password,
                    "REDIS_DB", "3"));
            RedisClient client = RedisClient.create(url);
            try (StatefulRedisConnection<String, String> connection = client.connect()) {
                assertThat(connection.sync().ping()).isEqualTo("PONG");
                assertThat(connection.sync().clientInfo()).contains(" db=3 ");
            } finally {
                client.shutdown();
            }
        } finally {
            redis.stop();
        }
    }

    @Test
    void badRedisPartsFailTheStartWithAClearMessageThatNamesNoPassword() {
        assertThatThrownBy(() -> redisUrl(Map.of("REDIS_PORT", "seventy", "REDIS_PASSWORD", "hunter22")))
                .hasMessageContaining("REDIS_PORT must be an integer between 1 and 65535")
                .hasMessageNotContaining("hunter22");
        assertThatThrownBy(() -> redisUrl(Map.of("REDIS_DB", "-1")))
                .hasMessageContaining("REDIS_DB must be an integer between 0 and 65535");
    }

    @Test
    void arcpsLimitAgentAndNetworkVariablesMapToTheirKeys() throws Exception {
        Map<String, String> environment = Map.of("MAX_JSON_SIZE", "65536", "MAX_QUERY_PARAMS", "20",
                "MAX_HEADER_SIZE", "4096", "AGENT_HEARTBEAT_TIMEOUT", "45", "ARCP_TPR_TOKEN_TTL_TEMP", "600",
                "NETWORK_INTERFACE_CAPACITY_MBPS", "10000");
        ArcpSessionConfiguration config = load(environment);
        assertThat(config.limits().maxBodySize()).isEqualTo(65_536);
        assertThat(config.limits().maxQueryParameters()).isEqualTo(20);
        assertThat(api(environment).getMaxRequestHeaderSize().toBytes()).isEqualTo(4096);
        assertThat(config.agents().policy().heartbeatTimeout()).isEqualTo(Duration.ofSeconds(45));
        assertThat(config.agents().policy().tempTokenLifetime()).isEqualTo(Duration.ofSeconds(600));
        assertThat(config.prometheus().networkCapacityMbps()).isEqualTo(10_000);

        ArcpSessionConfiguration shipped = load(Map.of());
        assertThat(shipped.limits().maxBodySize()).isEqualTo(1_048_576);
        assertThat(shipped.limits().maxQueryParameters()).isEqualTo(50);
        assertThat(api(Map.of()).getMaxRequestHeaderSize().toBytes()).isEqualTo(8192);
        assertThat(shipped.agents().policy().heartbeatTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(shipped.agents().policy().tempTokenLifetime()).isEqualTo(Duration.ofSeconds(900));
        assertThat(shipped.prometheus().networkCapacityMbps()).isEqualTo(1000);
    }

    @Test
    void logLevelTakesArcpsPythonNames() throws Exception {
        assertThat(level(Map.of())).isEqualTo("INFO");
        assertThat(level(Map.of("LOG_LEVEL", "WARNING"))).isEqualTo("WARN");
        assertThat(level(Map.of("LOG_LEVEL", "CRITICAL"))).isEqualTo("ERROR");
        assertThat(level(Map.of("LOG_LEVEL", "debug"))).isEqualTo("DEBUG");
        assertThat(level(Map.of("LOG_LEVEL", "ERROR"))).isEqualTo("ERROR");
        assertThatThrownBy(() -> level(Map.of("LOG_LEVEL", "LOUD")))
                .hasMessageContaining("LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL");
    }
}
