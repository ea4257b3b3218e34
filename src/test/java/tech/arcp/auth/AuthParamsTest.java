package tech.arcp.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.SecurityContext;
import java.lang.annotation.Annotation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.glassfish.jersey.internal.MapPropertiesDelegate;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.junit.jupiter.api.Test;
import tech.arcp.registry.tokens.Caller;
import tech.arcp.session.PinState;
import tech.arcp.session.Session;
import tech.arcp.session.TokenCodec;

/** {@link AuthParams}: which parameters it supplies, and what from. */
class AuthParamsTest {
    private static final Annotation[] AUTH = {AuthHolder.class.getAnnotation(Holder.class).value()};

    private final AuthParams params = new AuthParams();
    private final TokenCodec codec = new TokenCodec("auth-params-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    @Test
    void anAdminParameterIsTheFilterPrincipal() {
        AdminPrincipal admin = admin("alice");
        Object value = provider(AdminPrincipal.class, AUTH).apply(request(admin, "admin"));
        assertThat(value).isSameAs(admin);
    }

    @Test
    void aCallerParameterIsTheAdminOrTheAgent() {
        Function<ContainerRequest, ?> caller = provider(Caller.class, AUTH);
        assertThat(caller.apply(request(admin("bob"), "admin"))).isEqualTo(Caller.admin("bob"));
        assertThat(caller.apply(request(new AgentPrincipal(Caller.agent("agent-7")), "agent")))
                .isEqualTo(Caller.agent("agent-7"));
    }

    @Test
    void anAdminParameterOnAnAgentRequestIsAProgrammingError() {
        Function<ContainerRequest, ?> admin = provider(AdminPrincipal.class, AUTH);
        ContainerRequest agentRequest = request(new AgentPrincipal(Caller.agent("agent-7")), "agent");
        assertThatThrownBy(() -> admin.apply(agentRequest)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not protected by the session filter");
    }

    @Test
    void otherParametersAreNotSupplied() {
        assertThat(params.getValueProvider(parameter(String.class, AUTH))).isNull(); // Jersey refuses it at start-up
        assertThat(params.getValueProvider(parameter(AdminPrincipal.class, new Annotation[0]))).isNull();
    }

    private Function<ContainerRequest, ?> provider(Class<?> type, Annotation[] annotations) {
        Function<ContainerRequest, ?> provider = params.getValueProvider(parameter(type, annotations));
        assertThat(provider).isNotNull();
        return provider;
    }

    private static Parameter parameter(Class<?> type, Annotation[] annotations) {
        return Parameter.create(AuthParamsTest.class, AuthParamsTest.class, false, type, type, annotations);
    }

    private AdminPrincipal admin(String user) {
        TokenCodec.IssuedToken issued = codec.issue(user);
        return new AdminPrincipal(new Session(issued.key(), issued.key().idBits(), user, codec.fingerprint("fp"),
                0L, 0L, 0L, "127.0.0.1", "test", PinState.NONE));
    }

    private static ContainerRequest request(java.security.Principal principal, String role) {
        SecurityContext context = new BearerSecurityContext(principal, role, null);
        return new ContainerRequest(URI.create("http://127.0.0.1/"), URI.create("http://127.0.0.1/x"), "GET",
                context, new MapPropertiesDelegate(), null);
    }

    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    private @interface Holder {
        Auth value();
    }

    @Holder(@Auth)
    private static final class AuthHolder {
    }
}
