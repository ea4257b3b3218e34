package tech.arcp.api;

/** {@code {"status":"success","message":...}}. */
public record StatusMessage(String status, String message) {
    public static StatusMessage success(String message) {
        return new StatusMessage("success", message);
    }
}
