package tech.arcp.http;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code clientIp.trustedProxies}: CIDRs of reverse proxies whose {@code X-Forwarded-For} is
 * believed. Empty (the default): the socket peer is the client.
 */
public class ClientIpFactory {
    @NotNull
    @JsonProperty
    private List<String> trustedProxies = new ArrayList<>();

    @ValidationMethod(message = "trustedProxies must be IP literals or CIDRs such as 10.0.0.0/8")
    @JsonIgnore
    public boolean isEveryProxyValid() {
        return trustedProxies == null || trustedProxies.stream()
                .filter(p -> !p.isBlank())
                .allMatch(ClientIpResolver::isValidCidr);
    }

    public ClientIpResolver build() {
        return new ClientIpResolver(trustedProxies.stream().filter(p -> !p.isBlank()).map(String::trim).toList());
    }
}
