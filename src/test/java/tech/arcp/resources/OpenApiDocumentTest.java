package tech.arcp.resources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.http.ApiDocsHeadersFilter;
import tech.arcp.testing.Http;
import tech.arcp.testing.TestApps;
import tech.arcp.testing.TestTime;

/** {@code GET /openapi.json}/{@code .yaml}: public, generated, and complete in the points a client relies on. */
class OpenApiDocumentTest {
    private static final TestTime TIME = new TestTime();
    private static final List<String> METHODS = List.of("get", "post", "put", "delete", "patch");

    @RegisterExtension
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = TestApps.app(TIME);

    private final Http http = new Http(APP.getLocalPort());

    private JsonNode document() {
        Http.Reply reply = http.get("/openapi.json");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return reply.json();
    }

    @Test
    void isOpenApi31WithEveryResourcePath() {
        JsonNode doc = document();
        assertThat(doc.path("openapi").asText()).startsWith("3.1");
        assertThat(doc.path("paths").properties().stream().map(Map.Entry::getKey)).contains("/", "/health",
                "/auth/login", "/auth/session_status", "/auth/sessions", "/auth/sessions/{session_id}",
                "/dashboard/config", "/agents", "/agents/{agent_id}", "/agents/register", "/agents/stats",
                "/public/discover", "/public/stats", "/openapi.json", "/openapi.yaml", "/metrics");
        assertThat(doc.at("/paths/~1agents~1{agent_id}/get/parameters").findValuesAsText("name"))
                .contains("agent_id", "include_metrics");
    }

    @Test
    void everyOperationHasASuccessAndProblemAnswers() {
        JsonNode doc = document();
        List<String> operations = new ArrayList<>();
        java.util.Set<String> operationIds = new java.util.HashSet<>();
        doc.path("paths").properties().forEach(path -> METHODS.forEach(m -> {
            JsonNode responses = path.getValue().path(m).path("responses");
            if (!path.getValue().has(m)) {
                return;
            }
            operations.add(m + " " + path.getKey());
            JsonNode op = path.getValue().path(m);
            assertThat(op.path("summary").asText()).as(m + " " + path.getKey() + " summary").isNotBlank();
            assertThat(op.path("tags").size()).as(m + " " + path.getKey() + " tags").isEqualTo(1);
            operationIds.add(op.path("operationId").asText());
            boolean neverSucceeds = path.getKey().equals("/auth/agent/validate_compliance"); // tpr-disabled
            assertThat(responses.properties().stream().map(Map.Entry::getKey).filter(c -> c.startsWith("2")))
                    .as(m + " " + path.getKey()).hasSize(neverSucceeds ? 0 : 1);
            assertThat(responses.path("500").at("/content/application~1problem+json/schema/$ref").asText())
                    .as(m + " " + path.getKey()).isEqualTo("#/components/schemas/Problem");
        }));
        assertThat(operations).hasSize(39);
        assertThat(operationIds).as("operation ids, unique and not swagger's name_1").hasSize(39)
                .noneMatch(id -> id.matches(".*_\\d+"));
        assertThat(doc.path("tags").findValuesAsText("name")).startsWith("sessions", "tokens");
        assertThat(doc.at("/paths/~1auth~1login/post/responses/429/content/application~1problem+json").isObject())
                .isTrue();
        assertThat(doc.path("components").path("schemas").has("AdminPrincipal")).as("no principal as a body").isFalse();
    }

    @Test
    void publicOperationsHaveNoSecurityAndProtectedOnesBearerAndFingerprint() {
        JsonNode doc = document();
        assertThat(doc.at("/paths/~1health/get/security").isMissingNode()).isTrue();
        assertThat(doc.at("/paths/~1auth~1login/post/security").isMissingNode()).isTrue();
        assertThat(doc.at("/paths/~1openapi.json/get/security").isMissingNode()).isTrue();
        JsonNode security = doc.at("/paths/~1auth~1sessions/get/security/0");
        assertThat(security.has("bearer")).isTrue();
        assertThat(security.has("client_fingerprint")).isTrue();
        assertThat(doc.at("/components/securitySchemes/client_fingerprint/name").asText())
                .isEqualTo("X-Client-Fingerprint");
        assertThat(doc.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/paths/~1auth~1sessions/get/responses/401/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
    }

    @Test
    void quietOperationsAndOnlyThoseAreMarked() {
        JsonNode doc = document();
        List<String> quiet = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> METHODS.forEach(m -> {
            if (path.getValue().path(m).path("x-quiet").asBoolean(false)) {
                quiet.add(m.toUpperCase() + " " + path.getKey());
            }
        }));
        assertThat(quiet).containsExactlyInAnyOrder("GET /auth/session_status", "GET /auth/sessions");
    }

    @Test
    void responseSchemasComeFromTheRecordsInSnakeCase() {
        JsonNode doc = document();
        JsonNode agent = doc.at("/components/schemas/AgentInfo/properties");
        assertThat(agent.has("agent_id")).isTrue();
        assertThat(agent.has("last_seen")).isTrue();
        assertThat(doc.at("/components/schemas/DashboardConfig/properties").has("idle_timeout")).isTrue();
        assertThat(doc.at("/paths/~1dashboard~1config/post/requestBody/content/application~1json").isMissingNode())
                .isFalse();
        assertThat(doc.at("/paths/~1dashboard~1config/get/requestBody").isMissingNode()).isTrue();
        assertThat(doc.at("/components/schemas/Problem/properties").has("validation_errors")).isTrue();
        assertThat(doc.at("/components/schemas/Problem/properties").has("retry_after")).isTrue();
        assertThat(doc.at("/components/schemas/Problem/example/error_code").asText()).isEqualTo("SESSION_EXPIRED");
        assertThat(doc.at("/components/schemas/LoginRequest/properties/username/example").asText()).isEqualTo("ARCP");
    }

    @Test
    void recordMembersAreRequiredAndNullableOnesSayNullAsOpenApi31Does() {
        JsonNode agent = document().at("/components/schemas/AgentInfo");
        assertThat(texts(agent.path("required"))).contains("agent_id", "metrics", "similarity", "max_tokens")
                .hasSize(agent.path("properties").size());
        assertThat(texts(agent.at("/properties/max_tokens/type"))).containsExactly("integer", "null");
        assertThat(texts(agent.at("/properties/agent_id/type"))).containsExactly("string");
        assertThat(agent.at("/properties/metrics/anyOf/0/$ref").asText()).isEqualTo("#/components/schemas/AgentMetricsView");
        assertThat(agent.at("/properties/metrics/anyOf/1/type").asText()).isEqualTo("null");
        JsonNode validation = document().at("/components/schemas/TokenValidation");
        assertThat(texts(validation.path("required"))).containsExactly("valid"); // the rest is left out when null
        JsonNode health = document().at("/components/schemas/HealthComponent");
        assertThat(health.path("additionalProperties").asBoolean()).isTrue();
        assertThat(health.at("/properties/details").isMissingNode()).as("its entries are members").isTrue();
    }

    @Test
    void rawJsonBodiesAreDescribedByRegistryMdAndPinHeadersAreParameters() {
        JsonNode doc = document();
        assertThat(doc.at("/paths/~1agents~1register/post/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/AgentRegistration");
        JsonNode registration = doc.at("/components/schemas/AgentRegistration");
        assertThat(texts(registration.path("required"))).containsExactlyInAnyOrder("agent_id", "name", "agent_type",
                "endpoint", "capabilities", "context_brief", "version", "owner", "public_key", "metadata",
                "communication_mode");
        assertThat(registration.at("/properties/rate_limit/maximum").asInt()).isEqualTo(10_000);
        assertThat(doc.at("/components/schemas/AgentMetricsReport/properties/success_rate/maximum").asInt()).isEqualTo(1);
        assertThat(doc.at("/components/schemas/TempTokenRequest/properties").has("agent_key")).isTrue();
        for (String pointer : List.of("/paths/~1auth~1sessions~1{session_id}/delete/parameters",
                "/paths/~1dashboard~1config/post/parameters")) {
            assertThat(doc.at(pointer).findValuesAsText("name")).as(pointer).contains("X-Session-Pin");
        }
        assertThat(doc.at("/components/schemas/ConfigUpdate/properties").has("unknown")).isFalse();
    }

    private static List<String> texts(JsonNode array) {
        List<String> all = new ArrayList<>();
        (array.isArray() ? array : List.of(array)).forEach(n -> all.add(n.asText()));
        return all;
    }

    @Test
    void theDocsPagesArePublicUnderTheirPolicyAndServeOnlyKnownAssets() {
        for (String page : List.of("/docs", "/redoc", "/docs/assets/swagger-ui-bundle.js", "/docs/assets/redoc-init.js")) {
            Http.Reply reply = http.get(page);
            assertThat(reply.status()).as(page).isEqualTo(200);
            assertThat(reply.header("content-security-policy")).as(page).hasValue(ApiDocsHeadersFilter.POLICY);
        }
        assertThat(http.get("/docs").body()).doesNotContain("<script>").contains("/docs/assets/docs-init.js");
        Http.Reply unknown = http.get("/docs/assets/docs.html") /* in the jar, not an asset */;
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void theYamlIsTheSameDocument() throws Exception {
        Http.Reply yaml = http.get("/openapi.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        JsonNode parsed = new ObjectMapper(new YAMLFactory()).readTree(yaml.body());
        assertThat(parsed).isEqualTo(document());
    }
}
