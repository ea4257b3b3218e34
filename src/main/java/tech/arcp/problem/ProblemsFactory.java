package tech.arcp.problem;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;

/** {@code problems.typeBase}: the prefix of every problem {@code type} URI. */
public class ProblemsFactory {
    @NotBlank
    @Pattern(regexp = "https?://\\S+/", message = "must be an http(s) URI ending in /")
    @JsonProperty
    private String typeBase = "https://arcp.0x001.tech/docs/problems/";

    public ProblemRenderer build(Clock clock, ObjectMapper mapper) {
        return new ProblemRenderer(typeBase, clock, mapper);
    }
}
