package tech.arcp.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientIpResolverTest {
    private final ClientIpResolver proxied = new ClientIpResolver(List.of("10.0.0.0/8", "127.0.0.1/32", "::1/128"));

    @Test
    void withoutTrustedProxiesThePeerIsTheClient() {
        assertThat(new ClientIpResolver().resolve("10.1.2.3", List.of("203.0.113.5"))).isEqualTo("10.1.2.3");
    }

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertThat(proxied.resolve("198.51.100.7", List.of("203.0.113.5"))).isEqualTo("198.51.100.7");
    }

    @Test
    void aTrustedPeerYieldsTheRightMostUntrustedForwardedAddress() {
        assertThat(proxied.resolve("127.0.0.1", List.of("6.6.6.6, 203.0.113.5, 10.0.0.2"))).isEqualTo("203.0.113.5");
        assertThat(proxied.resolve("127.0.0.1", List.of("6.6.6.6", "203.0.113.5:4711", "10.0.0.2")))
                .isEqualTo("203.0.113.5");
        assertThat(proxied.resolve("::1", List.of("[2001:db8::1]:443"))).isEqualTo("2001:db8::1");
    }

    @Test
    void allTrustedYieldsTheLeftMostAndGarbageStopsTheWalk() {
        assertThat(proxied.resolve("127.0.0.1", List.of("10.0.0.9, 10.0.0.2"))).isEqualTo("10.0.0.9");
        assertThat(proxied.resolve("127.0.0.1", List.of("203.0.113.5, evil.example, 10.0.0.2"))).isEqualTo("10.0.0.2");
        assertThat(proxied.resolve("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void onlyIpLiteralsAndCidrsAreAcceptedAsProxies() {
        assertThat(ClientIpResolver.isValidCidr("10.0.0.0/8")).isTrue();
        assertThat(ClientIpResolver.isValidCidr("2001:db8::/32")).isTrue();
        assertThat(ClientIpResolver.isValidCidr("10.0.0.0/33")).isFalse();
        assertThat(ClientIpResolver.isValidCidr("proxy.example")).isFalse();
        assertThatThrownBy(() -> new ClientIpResolver(List.of("localhost"))).isInstanceOf(IllegalArgumentException.class);
    }
}
