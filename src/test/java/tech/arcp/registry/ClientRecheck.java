package tech.arcp.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tech.arcp.registry.rules.Registration;

/**
 * An independent re-statement of the checks ARCP's Python client applies to every agent it
 * receives (REGISTRY.md registration table), used to prove that no stored record can fail them.
 */
final class ClientRecheck {
    private static final Pattern ID = Pattern.compile("^[a-zA-Z0-9_-]+$");
    private static final Pattern URL = Pattern.compile("^https?://[^\\s/$.?#].[^\\s]*$");
    private static final Pattern CAP = Pattern.compile("^[a-zA-Z0-9_\\-\\s]+$");
    private static final Pattern KEY = Pattern.compile("^[A-Za-z0-9+/=_\\-\\s]+$");
    private static final Pattern SEMVER = Pattern.compile("^\\d+\\.\\d+\\.\\d+(-[a-zA-Z0-9]+)?$");

    private ClientRecheck() {
    }

    static List<String> violations(Registration r) {
        List<String> v = new ArrayList<>();
        len(v, "agent_id", r.agentId(), 3, 100);
        match(v, "agent_id", r.agentId(), ID);
        len(v, "name", r.name(), 2, 32);
        len(v, "agent_type", r.agentType(), 2, 50);
        match(v, "agent_type", r.agentType(), ID);
        len(v, "endpoint", r.endpoint(), 1, 2048);
        match(v, "endpoint", r.endpoint(), URL);
        len(v, "context_brief", r.contextBrief(), 10, 1000);
        if (r.capabilities().isEmpty() || r.capabilities().size() > 50) {
            v.add("capabilities count");
        }
        r.capabilities().forEach(c -> {
            len(v, "capability", c, 2, 100);
            match(v, "capability", c, CAP);
        });
        len(v, "owner", r.owner(), 2, 50);
        len(v, "public_key", r.publicKey(), 32, 1024);
        match(v, "public_key", r.publicKey(), KEY);
        metadata(v, r.metadata());
        match(v, "version", r.version(), SEMVER);
        if (!List.of("remote", "local", "hybrid").contains(r.communicationMode())) {
            v.add("communication_mode");
        }
        if (r.features() == null || r.features().size() > 100) {
            v.add("features");
        }
        if (r.maxTokens() != null && (r.maxTokens() < 1 || r.maxTokens() > 1_000_000)) {
            v.add("max_tokens");
        }
        if (r.languageSupport() != null && (r.languageSupport().isEmpty() || r.languageSupport().size() > 20)) {
            v.add("language_support");
        }
        if (r.rateLimit() != null && (r.rateLimit() < 1 || r.rateLimit() > 10_000)) {
            v.add("rate_limit");
        }
        if (r.policyTags() == null || r.policyTags().size() > 20 || r.policyTags().stream().anyMatch(t -> cp(t) > 50)) {
            v.add("policy_tags");
        }
        if (r.aiContext() != null && cp(r.aiContext()) > 5000) {
            v.add("ai_context");
        }
        return v;
    }

    private static void metadata(List<String> v, Map<String, Object> metadata) {
        if (metadata == null || metadata.isEmpty() || metadata.size() > 50) {
            v.add("metadata size");
            return;
        }
        metadata.forEach((key, value) -> {
            if (cp(key) > 100 || value == null || value instanceof Map
                    || (value instanceof String s && cp(s) > 1000)) {
                v.add("metadata " + key);
            }
        });
    }

    private static void len(List<String> v, String field, String value, int min, int max) {
        if (value == null || !value.equals(value.strip()) || cp(value) < min || cp(value) > max) {
            v.add(field + " length");
        }
    }

    private static void match(List<String> v, String field, String value, Pattern pattern) {
        if (value == null || !pattern.matcher(value).matches()) {
            v.add(field + " pattern");
        }
    }

    private static int cp(String s) {
        return s.codePointCount(0, s.length());
    }
}
