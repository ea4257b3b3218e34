package tech.arcp.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.arcp.api.Times;
import tech.arcp.http.RequestIds;

/**
 * Turns a {@link Problem} into the RFC 9457 body of SPEC §4 and its headers. Used by the
 * exception mappers, the auth filter and the Jetty error handler alike, so every error of the
 * service has one shape.
 */
public final class ProblemRenderer {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String WWW_AUTHENTICATE = "Bearer realm=\"arcp\", error=\"invalid_token\"";
    private static final int MAX_INSTANCE_LENGTH = 512;

    private final String typeBase;
    private final Clock clock;
    private final ObjectMapper mapper;

    public ProblemRenderer(String typeBase, Clock clock, ObjectMapper mapper) {
        this.typeBase = typeBase;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** The body members, in the order of SPEC §4, then the extensions. */
    public Map<String, Object> body(Problem problem, String instance, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", typeBase + problem.type().slug());
        body.put("title", problem.type().title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("instance", instance == null ? "/" : truncate(instance));
        body.put("timestamp", Times.iso(clock.instant()));
        body.put("request_id", requestId);
        body.put("error_code", problem.type().errorCode());
        problem.extensions().forEach(body::putIfAbsent);
        return body;
    }

    public byte[] json(Problem problem, String instance, String requestId) {
        try {
            return mapper.writeValueAsBytes(body(problem, instance, requestId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write problem body", e);
        }
    }

    /** A complete JAX-RS response: status, problem body and the headers the problem implies. */
    public Response response(Problem problem, String instance, String requestId) {
        Response.ResponseBuilder builder = Response.status(problem.status())
                .type(MEDIA_TYPE)
                .entity(new String(json(problem, instance, requestId), StandardCharsets.UTF_8));
        headers(problem).forEach(builder::header);
        return builder.build();
    }

    /** Writes the problem as the whole response, for servlet filters that answer before Jersey. */
    public void write(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        Object requestId = request.getAttribute(RequestIds.ATTRIBUTE);
        byte[] body = json(problem, request.getRequestURI(),
                requestId == null ? RequestIds.generate() : requestId.toString());
        response.setStatus(problem.status());
        response.setContentType(MEDIA_TYPE);
        headers(problem).forEach(response::setHeader);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Headers that go with a problem: {@code WWW-Authenticate} on 401, {@code Retry-After}. */
    public static Map<String, String> headers(Problem problem) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (problem.status() == 401) {
            headers.put("WWW-Authenticate", WWW_AUTHENTICATE);
        }
        Object retryAfter = problem.extensions().get("retry_after");
        if (retryAfter != null) {
            headers.put("Retry-After", String.valueOf(retryAfter));
        }
        return headers;
    }

    private static String truncate(String instance) {
        return instance.length() <= MAX_INSTANCE_LENGTH ? instance : instance.substring(0, MAX_INSTANCE_LENGTH);
    }
}
