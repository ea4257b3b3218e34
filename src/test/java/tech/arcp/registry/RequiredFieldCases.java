package tech.arcp.registry;

import static tech.arcp.registry.RegistrationCase.bad;
import static tech.arcp.registry.RegistrationCase.keys;
import static tech.arcp.registry.RegistrationCase.ok;
import static tech.arcp.registry.RegistrationCase.strings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tech.arcp.registry.RegistrationCase.Missing;

/**
 * The rows of the registration table for the fields a registration must carry, from
 * {@code agent_id} to {@code communication_mode}: bounds, shapes, trimming and absence.
 */
final class RequiredFieldCases {
    private RequiredFieldCases() {
    }

    static List<RegistrationCase> cases() {
        List<RegistrationCase> c = new ArrayList<>();
        c.add(new RegistrationCase("the client's full body", b -> { }, null));
        c.add(ok("unknown fields ignored", "sbom", "ignored"));
        c.add(ok("id of 100", "agent_id", "a".repeat(100)));
        c.add(ok("id trimmed", "agent_id", "  trimmed-id  "));
        c.add(ok("id with underscore", "agent_id", "A_b-9"));
        c.add(bad("id of 2", "agent_id", "ab"));
        c.add(bad("id of 101", "agent_id", "a".repeat(101)));
        c.add(bad("id with space", "agent_id", "has space"));
        c.add(bad("id with dot", "agent_id", "dot.id"));
        c.add(bad("id non-ascii", "agent_id", "ümlaut"));
        c.add(bad("id number", "agent_id", 12345));
        c.add(bad("id missing", "agent_id", Missing.FIELD));
        c.add(bad("id null", "agent_id", null));
        c.add(ok("name of 2", "name", "ab"));
        c.add(ok("name of 32", "name", "n".repeat(32)));
        c.add(ok("name of 2 emoji", "name", "\uD83D\uDE00\uD83D\uDE00"));
        c.add(bad("name of 1 emoji", "name", "\uD83D\uDE00"));
        c.add(bad("name of 1 after trim", "name", "   a   "));
        c.add(bad("name nbsp-padded", "name", "\u00A0a\u00A0"));
        c.add(bad("name of 33", "name", "n".repeat(33)));
        c.add(bad("name missing", "name", Missing.FIELD));
        c.add(bad("name list", "name", List.of("x")));
        c.add(ok("type upper case", "agent_type", "TESTING"));
        c.add(ok("type mixed case", "agent_type", "Security"));
        c.add(bad("type not allowed", "agent_type", "spaceship"));
        c.add(bad("type of 1", "agent_type", "t"));
        c.add(bad("type with space", "agent_type", "te sting"));
        c.add(bad("type of 51", "agent_type", "t".repeat(51)));
        c.add(bad("type missing", "agent_type", Missing.FIELD));
        c.add(ok("endpoint minimal", "endpoint", "http://ab"));
        c.add(ok("endpoint https path", "endpoint", "https://example.com/path?q=1#f"));
        c.add(ok("endpoint of 2048", "endpoint", "https://e.com/" + "p".repeat(2048 - 14)));
        c.add(ok("endpoint trimmed", "endpoint", "  http://ok.example  "));
        c.add(bad("endpoint ftp", "endpoint", "ftp://x.y"));
        c.add(bad("endpoint bare scheme", "endpoint", "http://"));
        c.add(bad("endpoint one char", "endpoint", "http://a"));
        c.add(bad("endpoint slash first", "endpoint", "http:///path"));
        c.add(bad("endpoint dot first", "endpoint", "http://.host"));
        c.add(bad("endpoint dollar first", "endpoint", "http://$host"));
        c.add(bad("endpoint query first", "endpoint", "http://?q=1"));
        c.add(bad("endpoint hash first", "endpoint", "http://#frag"));
        c.add(bad("endpoint with space", "endpoint", "http://a b.com"));
        c.add(bad("endpoint of 2049", "endpoint", "https://e.com/" + "p".repeat(2049 - 14)));
        c.add(bad("endpoint missing", "endpoint", Missing.FIELD));
        c.add(ok("brief of 10", "context_brief", "b".repeat(10)));
        c.add(ok("brief of 1000", "context_brief", "b".repeat(1000)));
        c.add(bad("brief of 9", "context_brief", "b".repeat(9)));
        c.add(bad("brief of 1001", "context_brief", "b".repeat(1001)));
        c.add(bad("brief missing", "context_brief", Missing.FIELD));
        c.add(ok("one capability", "capabilities", List.of("ab")));
        c.add(ok("blank capability dropped", "capabilities", List.of("ab", "  ", "cd")));
        c.add(ok("50 capabilities", "capabilities", strings(50, "cap")));
        c.add(ok("capability with spaces", "capabilities", List.of("data analysis")));
        c.add(bad("no capability", "capabilities", List.of()));
        c.add(bad("only blank capabilities", "capabilities", List.of("  ", "")));
        c.add(bad("capability of 1", "capabilities", List.of("a")));
        c.add(bad("capability of 101", "capabilities", List.of("c".repeat(101))));
        c.add(bad("51 capabilities", "capabilities", strings(51, "cap")));
        c.add(bad("capability punctuation", "capabilities", List.of("bad!")));
        c.add(bad("capability number", "capabilities", List.of(1)));
        c.add(bad("capabilities string", "capabilities", "echo"));
        c.add(bad("capabilities missing", "capabilities", Missing.FIELD));
        c.add(ok("owner of 2", "owner", "ow"));
        c.add(ok("owner of 50", "owner", "o".repeat(50)));
        c.add(bad("owner of 1", "owner", "o"));
        c.add(bad("owner of 51", "owner", "o".repeat(51)));
        c.add(bad("owner missing", "owner", Missing.FIELD));
        c.add(ok("key of 32", "public_key", "k".repeat(32)));
        c.add(ok("key of 1024", "public_key", "k".repeat(1024)));
        c.add(ok("PEM-like key", "public_key", "-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA+/=\n-----END-----"));
        c.add(bad("key of 31", "public_key", "k".repeat(31)));
        c.add(bad("key of 1025", "public_key", "k".repeat(1025)));
        c.add(bad("key punctuation", "public_key", "k".repeat(31) + "!"));
        c.add(bad("key missing", "public_key", Missing.FIELD));
        c.add(ok("metadata number", "metadata", Map.of("a", 1.5)));
        c.add(ok("metadata boolean", "metadata", Map.of("a", true)));
        c.add(ok("metadata array", "metadata", Map.of("a", List.of(1, "x", false))));
        c.add(ok("metadata 50 keys", "metadata", keys(50)));
        c.add(ok("metadata string of 1000", "metadata", Map.of("a", "v".repeat(1000))));
        c.add(bad("metadata empty", "metadata", Map.of()));
        c.add(bad("metadata missing", "metadata", Missing.FIELD));
        c.add(bad("metadata null value", "metadata", Collections.singletonMap("a", null)));
        c.add(bad("metadata nested", "metadata", Map.of("a", Map.of("b", 1))));
        c.add(bad("metadata object in array", "metadata", Map.of("a", List.of(Map.of("b", 1)))));
        c.add(bad("metadata 51 keys", "metadata", keys(51)));
        c.add(bad("metadata key of 101", "metadata", Map.of("k".repeat(101), 1)));
        c.add(bad("metadata string of 1001", "metadata", Map.of("a", "v".repeat(1001))));
        c.add(bad("metadata string", "metadata", "text"));
        c.add(ok("version pre-release", "version", "10.20.30-beta1"));
        c.add(ok("version trimmed", "version", " 0.0.1 "));
        c.add(bad("version two parts", "version", "1.0"));
        c.add(bad("version v-prefix", "version", "v1.0.0"));
        c.add(bad("version empty suffix", "version", "1.0.0-"));
        c.add(bad("version dotted suffix", "version", "1.0.0-beta.1"));
        c.add(bad("version build", "version", "1.0.0+build"));
        c.add(bad("version missing", "version", Missing.FIELD));
        c.add(ok("mode upper case", "communication_mode", "LOCAL"));
        c.add(ok("mode padded", "communication_mode", " hybrid "));
        c.add(bad("mode unknown", "communication_mode", "p2p"));
        c.add(bad("mode number", "communication_mode", 1));
        c.add(bad("mode missing", "communication_mode", Missing.FIELD));
        return c;
    }
}
