package tech.arcp.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One entry of a problem's {@code validation_errors}: the field and what is wrong with it. */
@JsonPropertyOrder({"field", "message"})
public record FieldError(String field, String message) {
}
