package tech.arcp.session;

/** What a granted request does to its session's idle timer. */
public enum Access {
    /** An ordinary request: the idle deadline restarts from now. */
    SLIDING,
    /** A quiet read ({@code @Quiet}, token validation): the idle deadline stays where it was. */
    QUIET
}
