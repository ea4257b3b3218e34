package tech.arcp.http;

import jakarta.servlet.http.HttpServletRequest;

/** The client address of a request: the socket peer. */
public class ClientIpResolver {

    public String resolve(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
