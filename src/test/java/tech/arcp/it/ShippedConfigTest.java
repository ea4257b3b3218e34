package tech.arcp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static tech.arcp.testing.Problems.assertProblem;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tech.arcp.ArcpSessionApplication;
import tech.arcp.ArcpSessionConfiguration;
import tech.arcp.testing.Http;

/** The shipped config.yml, unchanged but for the ports, starts with no environment at all. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ShippedConfigTest {
    static final DropwizardAppExtension<ArcpSessionConfiguration> APP = new DropwizardAppExtension<>(
            ArcpSessionApplication.class, "config.yml", "shipped.",
            ConfigOverride.config("shipped.", "server.applicationConnectors[0].port", "0"),
            ConfigOverride.config("shipped.", "server.adminConnectors[0].port", "0"));

    @Test
    void startsAndServesWithTheShippedConfiguration() {
        Http http = new Http(APP.getLocalPort());
        assertThat(http.get("/").json().get("service").asText()).isEqualTo("ARCP");
        assertProblem(http.post("/auth/login", "{\"username\":\"ARCP\",\"password\":\"not-the-generated-one\"}",
                "X-Client-Fingerprint", "fp"), 401, "authentication-failed");
        assertThat(new Http(APP.getAdminPort()).get("/healthcheck").status()).isEqualTo(200);
    }
}
