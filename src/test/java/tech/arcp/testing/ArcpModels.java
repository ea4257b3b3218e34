package tech.arcp.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * ARCP's pydantic models as the JSON Schemas in {@code src/test/resources/arcp-models/} (see its
 * README), and an assertion that an answer fits one of them.
 */
public enum ArcpModels {
    AGENT_INFO("agent-info"), AGENT_METRICS("agent-metrics"), HEARTBEAT_RESPONSE("heartbeat-response"),
    REGISTRATION_RESPONSE("registration-response"), TOKEN_RESPONSE("token-response"),
    REGISTRY_STATISTICS("registry-statistics"), PUBLIC_STATS("public-stats");

    private static final String ID_PREFIX = "https://arcp.test/models/";
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(ID_PREFIX, "classpath:arcp-models/")));

    private final String file;
    private Schema schema;

    ArcpModels(String file) {
        this.file = file;
    }

    /** The schema's violations by {@code answer}; empty when it fits. */
    public List<String> violations(JsonNode answer) {
        return schema().validate(answer).stream().map(Error::toString).toList();
    }

    /** Fails, naming every violation, unless {@code answer} fits this model. */
    public void assertFits(JsonNode answer) {
        assertThat(violations(answer)).as(name() + " for " + answer).isEmpty();
    }

    private synchronized Schema schema() {
        if (schema == null) {
            schema = REGISTRY.getSchema(SchemaLocation.of(ID_PREFIX + file + ".schema.json"));
        }
        return schema;
    }
}
