package tech.arcp.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.configuration.FileConfigurationSourceProvider;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.configuration.YamlConfigurationFactory;
import io.dropwizard.jackson.Jackson;
import io.dropwizard.jersey.validation.Validators;
import io.dropwizard.logging.common.ConsoleAppenderFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import io.dropwizard.logging.json.EventJsonLayoutBaseFactory;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.SettingsSubstitutor;
import tech.arcp.auth.Public;
import tech.arcp.testing.Admin;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/**
 * Issue 15, point 3: the app with JSON layouts on its three logs (as docs/operations.md "JSON logs"
 * shows them) runs a login, wrong-password, PIN, token-validation and logout scenario; every line of
 * every log is one JSON object, every line of a request carries its {@code request_id}, and no
 * token, password, PIN, fingerprint or stack trace is in any of them.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class JsonLogsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TestTime TIME = new TestTime();
    private static final java.nio.file.Path DIR = tempDir();
    private static final String WRONG_PASSWORD = "Wr0ng-Json-Passw0rd";
    private static final String PIN = "84736251";
    private static final String WRONG_PIN = "10293847";
    private static final String FINGERPRINT = "fp-json-secret-7a1c";
    private static final String BOOM = "json-log-boom-detail";

    /** Logs one line (and an exception) inside a request, as a resource of this test only. */
    @Path("/test-log")
    public static final class LoggingResource {
        private static final Logger LOG = LoggerFactory.getLogger("tech.arcp.test");

        @GET
        @Public
        public String log() {
            LOG.warn("a line inside a request", new IllegalStateException(BOOM));
            return "logged";
        }
    }

    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.withResources(TIME, jsonConfig(),
            new LoggingResource());

    @AfterAll
    static void removeLogs() throws IOException {
        try (var files = Files.walk(DIR)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void shippedConfigTakesTheJsonLayoutAsAnOverride() throws Exception {
        System.setProperty("dw.logging.appenders[0].layout.type", "json");
        try {
            ArcpSessionConfiguration config = new YamlConfigurationFactory<>(ArcpSessionConfiguration.class,
                    Validators.newValidator(), Jackson.newObjectMapper(), "dw").build(new SubstitutingSourceProvider(
                    new FileConfigurationSourceProvider(), new SettingsSubstitutor(name -> null)), "config.yml");
            ConsoleAppenderFactory<?> console = (ConsoleAppenderFactory<?>)
                    ((DefaultLoggingFactory) config.getLoggingFactory()).getAppenders().get(0);
            assertThat(console.getLayout()).isInstanceOf(EventJsonLayoutBaseFactory.class);
        } finally {
            System.clearProperty("dw.logging.appenders[0].layout.type");
        }
    }

    @Test
    void everyLineIsJsonWithItsRequestIdAndNoSecret() {
        Http http = new Http(APP.getLocalPort());
        Set<String> requestIds = new java.util.HashSet<>();
        Admin admin = Admin.login(http, TestApps.ADMIN, TestApps.ADMIN_PASSWORD, FINGERPRINT);
        List<String> secrets = new ArrayList<>(List.of(TestApps.ADMIN_PASSWORD, WRONG_PASSWORD, PIN, WRONG_PIN,
                FINGERPRINT, admin.token(), BOOM));
        requestIds.add(id(http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"" + WRONG_PASSWORD + "\"}",
                "X-Client-Fingerprint", FINGERPRINT)));
        requestIds.add(id(admin.post("/auth/set_pin", "{\"pin\":\"" + PIN + "\"}")));
        requestIds.add(id(admin.post("/auth/verify_pin", "{\"pin\":\"" + WRONG_PIN + "\"}")));
        requestIds.add(id(admin.post("/auth/verify_pin", "{\"pin\":\"" + PIN + "\"}")));
        requestIds.add(id(http.get("/tokens/validate?token=" + admin.token())));
        requestIds.add(id(http.get("/test-log?token=" + admin.token()))); // thread names hold the query
        requestIds.add(id(admin.post("/auth/logout", null)));

        List<JsonNode> requests = awaitLines("requests.json", requestIds.size() + 1);
        List<JsonNode> audit = awaitLines("audit.json", 5);
        List<JsonNode> app = awaitLines("app.json", 1);

        assertThat(requests).allSatisfy(line -> assertThat(requestId(line)).startsWith("req_"));
        assertThat(requests.stream().map(JsonLogsTest::requestId).collect(Collectors.toSet())).containsAll(requestIds);
        assertThat(audit).allSatisfy(line -> {
            assertThat(line.get("request_id").asText()).startsWith("req_");
            assertThat(JSON.readTree(line.get("message").asText()).get("request_id")).isEqualTo(line.get("request_id"));
        });
        JsonNode inRequest = app.stream().filter(l -> l.path("logger").asText().equals("tech.arcp.test"))
                .findFirst().orElseThrow();
        assertThat(requestIds).contains(inRequest.get("request_id").asText());
        assertThat(inRequest.has("exception")).isFalse();
        for (String file : new String[] {"requests.json", "audit.json", "app.json"}) {
            String text = read(file);
            secrets.forEach(secret -> assertThat(text).as(file).doesNotContain(secret));
            assertThat(text).as(file).doesNotContain("\tat ").doesNotContain("IllegalStateException");
        }
    }

    private static String requestId(JsonNode requestLine) {
        return requestLine.at("/requestAttributes/request_id").asText();
    }

    private static String id(Http.Reply reply) {
        return reply.header("X-Request-ID").orElseThrow();
    }

    /** Every line of {@code file} parsed as JSON, once it holds at least {@code atLeast} lines. */
    private static List<JsonNode> awaitLines(String file, int atLeast) {
        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(DIR.resolve(file))
                && read(file).lines().count() >= atLeast);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : read(file).lines().toList()) {
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new AssertionError(file + " has a line that is not JSON: " + line, e);
            }
        }
        return lines;
    }

    private static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** test-config.yml with the three logs of docs/operations.md "JSON logs", written to files in {@link #DIR}. */
    private static String jsonConfig() {
        try {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            ObjectNode config = (ObjectNode) yaml.readTree(new java.io.File(ResourceHelpers.resourceFilePath(
                    "test-config.yml")));
            ((ObjectNode) config.get("server").get("requestLog")).set("appenders", appenders(
                    "requests.json", "{\"type\":\"access-json\",\"requestAttributes\":[\"request_id\"]}"));
            ObjectNode logging = (ObjectNode) config.get("logging");
            logging.put("level", "INFO");
            logging.set("appenders", appenders("app.json", "{\"type\":\"json\",\"flattenMdc\":true,"
                    + "\"includes\":[\"timestamp\",\"level\",\"mdc\",\"loggerName\",\"message\"]}"));
            ((ObjectNode) logging.get("loggers").get("arcp.audit")).set("appenders", appenders("audit.json",
                    "{\"type\":\"json\",\"flattenMdc\":true,\"includesMdcKeys\":[\"request_id\"],"
                    + "\"includes\":[\"timestamp\",\"mdc\",\"message\"]}"));
            java.nio.file.Path file = DIR.resolve("json-logs-config.yml");
            yaml.writeValue(file.toFile(), config);
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ArrayNode appenders(String file, String layout) throws IOException {
        ObjectNode appender = JSON.createObjectNode().put("type", "file").put("archive", false)
                .put("currentLogFilename", DIR.resolve(file).toString());
        appender.set("layout", JSON.readTree(layout));
        return JSON.createArrayNode().add(appender);
    }

    private static java.nio.file.Path tempDir() {
        try {
            java.nio.file.Path dir = Files.createTempDirectory("arcp-json-logs");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
