package tech.arcp.registry.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registration table of REGISTRY.md: turns a JSON body into a {@link Registration} or throws
 * 422 {@code validation-failed} naming every failing field. Unknown fields are ignored.
 */
public final class RegistrationRules {
    public static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    static final Pattern ENDPOINT = Pattern.compile("https?://[^\\s/$.?#][^\\s]+");
    private static final Pattern CAPABILITY = Pattern.compile("[A-Za-z0-9_\\- ]+");
    private static final Pattern PUBLIC_KEY = Pattern.compile("[A-Za-z0-9+/=_\\-\\s]+");
    private static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+(-[A-Za-z0-9]+)?");
    private static final Set<String> MODES = Set.of("remote", "local", "hybrid");

    private final AgentPolicy policy;
    private final ObjectMapper mapper;

    public RegistrationRules(AgentPolicy policy, ObjectMapper mapper) {
        this.policy = policy;
        this.mapper = mapper;
    }

    public Registration validate(JsonNode body) {
        FieldErrors errors = new FieldErrors();
        if (body == null || !body.isObject()) {
            errors.add("body", "must be a JSON object");
            errors.throwIfAny("The registration body is not a JSON object");
        }
        String agentId = errors.string(body, "agent_id", true, 3, 100, ID);
        String name = errors.string(body, "name", true, 2, 32, null);
        String type = agentType(body, errors);
        String endpoint = errors.string(body, "endpoint", true, 9, 2048, ENDPOINT);
        String brief = errors.string(body, "context_brief", true, 10, 1000, null);
        List<String> capabilities = capabilities(body, errors);
        String owner = errors.string(body, "owner", true, 2, 50, null);
        String publicKey = errors.string(body, "public_key", true, 32, 1024, PUBLIC_KEY);
        Map<String, Object> metadata = new MetadataRules(mapper).validate(body.get("metadata"), errors);
        String version = errors.string(body, "version", true, 5, 100, VERSION);
        String mode = mode(body, errors);
        List<String> features = kept(errors.strings(body, "features", 100), 1, 100, false);
        Long maxTokens = errors.integer(body, "max_tokens", 1, 1_000_000);
        List<String> languages = kept(errors.strings(body, "language_support", 20), 2, 5, true);
        Long rateLimit = errors.integer(body, "rate_limit", 1, 10_000);
        Map<String, Object> requirements = new RequirementsRules(mapper).validate(body.get("requirements"), errors);
        List<String> tags = kept(errors.strings(body, "policy_tags", 20), 1, 50, false);
        String aiContext = errors.string(body, "ai_context", false, 0, 5000, null);
        errors.throwIfAny("The agent registration did not pass validation");
        return new Registration(agentId, name, type, endpoint, brief, capabilities, owner, publicKey, metadata,
                version, mode, features == null ? List.of() : features, maxTokens,
                languages == null || languages.isEmpty() ? null : languages, rateLimit, requirements,
                tags == null ? List.of() : tags, aiContext);
    }

    private String agentType(JsonNode body, FieldErrors errors) {
        String type = errors.string(body, "agent_type", true, 2, 50, ID);
        if (type != null && !policy.allows(type)) {
            errors.add("agent_type", "must be one of: " + String.join(", ", policy.allowedTypes()));
            return null;
        }
        return type;
    }

    private static List<String> capabilities(JsonNode body, FieldErrors errors) {
        if (body.get("capabilities") == null || body.get("capabilities").isNull()) {
            errors.add("capabilities", "field required");
            return null;
        }
        List<String> raw = errors.strings(body, "capabilities", 50);
        List<String> kept = new ArrayList<>();
        for (String capability : raw) {
            if (capability.isEmpty()) {
                continue;
            }
            int length = Text.length(capability);
            if (length < 2 || length > 100 || !CAPABILITY.matcher(capability).matches()) {
                errors.add("capabilities", "each capability must be 2-100 letters, digits, '_', '-' or spaces");
                return null;
            }
            kept.add(capability);
        }
        if (kept.isEmpty()) {
            errors.add("capabilities", "at least one capability is required");
            return null;
        }
        return List.copyOf(kept);
    }

    private static String mode(JsonNode body, FieldErrors errors) {
        String mode = errors.string(body, "communication_mode", true, 1, 20, null);
        if (mode == null) {
            return null;
        }
        String lower = mode.toLowerCase(Locale.ROOT);
        if (!MODES.contains(lower)) {
            errors.add("communication_mode", "must be remote, local or hybrid");
            return null;
        }
        return lower;
    }

    /** Non-blank entries of {@code min..max} code points (others dropped), optionally lower-cased. */
    static List<String> kept(List<String> values, int min, int max, boolean lower) {
        if (values == null) {
            return null;
        }
        return values.stream()
                .filter(v -> !v.isEmpty() && Text.length(v) >= min && Text.length(v) <= max)
                .map(v -> lower ? v.toLowerCase(Locale.ROOT) : v)
                .toList();
    }

    static Map<String, Object> copy(Map<String, Object> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
