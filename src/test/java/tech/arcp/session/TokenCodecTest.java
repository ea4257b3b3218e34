package tech.arcp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TokenCodecTest {
    private final TokenCodec codec = new TokenCodec("unit-test-key-0123456789abcdefghij".getBytes(StandardCharsets.UTF_8));
    private final TokenCodec otherKey = new TokenCodec("another-key-0123456789abcdefghijkl".getBytes(StandardCharsets.UTF_8));

    @Test
    void issuedTokenDecodesToItsKey() {
        TokenCodec.IssuedToken issued = codec.issue("ARCP");
        assertThat(issued.token()).hasSize(TokenCodec.TOKEN_LENGTH).startsWith("arcp.").matches("[A-Za-z0-9._-]+");
        assertThat(codec.decode(issued.token())).contains(issued.key());
        assertThat(issued.key().userTag()).isEqualTo(codec.userTag("ARCP"));
    }

    @Test
    void tokensAreUniqueAndCarryTheUserTag() {
        TokenCodec.IssuedToken a = codec.issue("ARCP");
        TokenCodec.IssuedToken b = codec.issue("ARCP");
        assertThat(a.token()).isNotEqualTo(b.token());
        assertThat(a.key()).isNotEqualTo(b.key());
        assertThat(a.token().substring(5, 13)).isEqualTo(b.token().substring(5, 13)).isEqualTo(a.key().tagHex());
        assertThat(codec.issue("ops").key().tagHex()).isNotEqualTo(a.key().tagHex());
    }

    @Test
    void tokenOfAnotherKeyIsRejected() {
        assertThat(codec.decode(otherKey.issue("ARCP").token())).isEmpty();
    }

    @Test
    void everySingleCharacterChangeIsRejected() {
        String token = codec.issue("ARCP").token();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String changed = token.substring(0, i) + (c == 'a' ? 'b' : 'a') + token.substring(i + 1);
            assertThat(codec.decode(changed)).as("changed at %d", i).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "arcp.", "Bearer x", "arcp.00000000.x.y"})
    void malformedTokensAreRejected(String token) {
        assertThat(codec.decode(token)).isEmpty();
    }

    @Test
    void truncatedAndExtendedTokensAreRejected() {
        String token = codec.issue("ARCP").token();
        assertThat(codec.decode(token.substring(0, token.length() - 1))).isEmpty();
        assertThat(codec.decode(token + "A")).isEmpty();
        assertThat(codec.decode(null)).isEmpty();
    }

    @Test
    void fingerprintDigestsAreKeyedAndCompareExactly() {
        assertThat(codec.fingerprint("fp-1").matches(codec.fingerprint("fp-1"))).isTrue();
        assertThat(codec.fingerprint("fp-1").matches(codec.fingerprint("fp-2"))).isFalse();
        assertThat(codec.fingerprint("fp-1").matches(otherKey.fingerprint("fp-1"))).isFalse();
        assertThat(codec.fingerprint("fp-1").toString()).doesNotContain("fp-1");
    }

    @Test
    void shortKeysAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TokenCodec(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sessionIdsRoundTrip() {
        TokenCodec.IssuedToken issued = codec.issue("ARCP");
        String id = SessionIds.format(issued.key().idBits());
        assertThat(id).matches("sess_[0-9a-f]{16}");
        assertThat(SessionIds.parse(id)).isEqualTo(issued.key().idBits());
        assertThat(SessionIds.parse("sess_XYZ")).isNull();
        assertThat(issued.key().toString()).isEqualTo(id);
    }
}
