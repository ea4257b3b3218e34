package tech.arcp;

import com.fasterxml.jackson.annotation.JsonMerge;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.AbstractServerFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import tech.arcp.http.ClientIpFactory;
import tech.arcp.http.LimitsFactory;
import tech.arcp.login.AdminUserFactory;
import tech.arcp.login.PasswordHashingFactory;
import tech.arcp.login.PinsFactory;
import tech.arcp.login.ThrottleFactory;
import tech.arcp.observability.PrometheusFactory;
import tech.arcp.problem.ProblemsFactory;
import tech.arcp.registry.AgentsFactory;
import tech.arcp.session.TokensFactory;

/** The service configuration: {@code config.yml}, overridable with {@code -Ddw.<path>=...}. */
public class ArcpSessionConfiguration extends Configuration {
    @Valid
    @NotEmpty
    @JsonProperty
    private List<AdminUserFactory> admins = List.of(new AdminUserFactory());

    @Valid
    @NotNull
    @JsonProperty
    private PasswordHashingFactory passwords = new PasswordHashingFactory();

    @Valid
    @NotNull
    @JsonProperty
    private SessionsFactory sessions = new SessionsFactory();

    @Valid
    @NotNull
    @JsonProperty
    private TokensFactory tokens = new TokensFactory();

    @Valid
    @NotNull
    @JsonProperty
    private ProblemsFactory problems = new ProblemsFactory();

    @Valid
    @NotNull
    @JsonProperty
    private AgentsFactory agents = new AgentsFactory();

    @Valid
    @NotNull
    @JsonProperty
    private PinsFactory pins = new PinsFactory();

    @Valid
    @NotNull
    @JsonMerge
    @JsonProperty
    private ThrottleFactory loginThrottle = new ThrottleFactory(5);

    @Valid
    @NotNull
    @JsonMerge
    @JsonProperty
    private ThrottleFactory pinThrottle = new ThrottleFactory(20);

    @Valid
    @NotNull
    @JsonProperty
    private PrometheusFactory prometheus = new PrometheusFactory();

    @Valid
    @NotNull
    @JsonProperty
    private LimitsFactory limits = new LimitsFactory();

    @Valid
    @NotNull
    @JsonProperty
    private ClientIpFactory clientIp = new ClientIpFactory();

    public List<AdminUserFactory> admins() {
        return admins;
    }

    public PasswordHashingFactory passwords() {
        return passwords;
    }

    public SessionsFactory sessions() {
        return sessions;
    }

    public TokensFactory tokens() {
        return tokens;
    }

    public ProblemsFactory problems() {
        return problems;
    }

    public AgentsFactory agents() {
        return agents;
    }

    public PrometheusFactory prometheus() {
        return prometheus;
    }

    public PinsFactory pins() {
        return pins;
    }

    public ThrottleFactory loginThrottle() {
        return loginThrottle;
    }

    public ThrottleFactory pinThrottle() {
        return pinThrottle;
    }

    public LimitsFactory limits() {
        return limits;
    }

    public ClientIpFactory clientIp() {
        return clientIp;
    }

    /** {@code server.shutdownGracePeriod}: how long a graceful shutdown drains (docs/connections.md). */
    public java.time.Duration shutdownGracePeriod() {
        return ((AbstractServerFactory) getServerFactory()).getShutdownGracePeriod().toJavaDuration();
    }
}
