package tech.arcp.session;

/** The store cannot answer now (e.g. Redis is unreachable); callers must fail closed. */
public class SessionStoreUnavailableException extends RuntimeException {
    public SessionStoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
