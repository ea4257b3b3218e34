package tech.arcp.registry.rules;

import java.util.List;
import java.util.Map;

/**
 * A registration body that passed every rule of REGISTRY.md, normalized (trimmed, blanks dropped,
 * defaults applied). Only {@link RegistrationRules} creates these, so a stored agent always
 * satisfies the rules the client re-checks. Optional members are null when absent.
 */
public record Registration(String agentId, String name, String agentType, String endpoint, String contextBrief,
                           List<String> capabilities, String owner, String publicKey, Map<String, Object> metadata,
                           String version, String communicationMode, List<String> features, Long maxTokens,
                           List<String> languageSupport, Long rateLimit, Map<String, Object> requirements,
                           List<String> policyTags, String aiContext) {
}
