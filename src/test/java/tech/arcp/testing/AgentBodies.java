package tech.arcp.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Registration bodies as ARCP's Python client sends them ({@code AgentRegistration.dict(exclude_none=True)}). */
public final class AgentBodies {
    public static final String KEY = "test-agent-key-0123456789";
    public static final String PUBLIC_KEY = "MCowBQYDK2VwAyEAq5w9u1aEXAMPLEpublickeyBase64+/=";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgentBodies() {
    }

    public static ObjectNode registration(String agentId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("agent_id", agentId);
        body.put("name", "Echo Agent");
        body.put("agent_type", "testing");
        body.put("endpoint", "http://localhost:8080");
        body.putArray("capabilities").add("echo").add("reverse").add("uppercase");
        body.put("context_brief", "A simple echo agent that demonstrates the ARCP agent flow");
        body.put("version", "1.0.0");
        body.put("owner", "ARCP Tests");
        body.put("public_key", PUBLIC_KEY);
        body.put("communication_mode", "remote");
        ObjectNode metadata = body.putObject("metadata");
        metadata.put("framework", "fastapi");
        metadata.put("port", 8080);
        metadata.put("beta", false);
        metadata.putArray("tags").add("demo").add("echo");
        body.putArray("features").add("http-api").add("echo");
        body.put("max_tokens", 1000);
        body.putArray("language_support").add("en").add("ar");
        body.put("rate_limit", 100);
        ObjectNode requirements = body.putObject("requirements");
        requirements.putArray("system_requirements").add("Python 3.11+");
        requirements.putArray("permissions").add("http-server");
        requirements.putArray("dependencies").add("fastapi").add("uvicorn");
        requirements.put("minimum_memory_mb", 256);
        requirements.put("requires_internet", true);
        requirements.putArray("network_ports").add("8080");
        requirements.putArray("required_fields");
        requirements.putArray("optional_fields");
        requirements.putObject("user_configuration");
        requirements.put("schema_version", "1.0");
        body.putArray("policy_tags").add("utility").add("demo");
        body.put("ai_context", "Echoes its input; use it to test connectivity.");
        return body;
    }

    public static String json(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
