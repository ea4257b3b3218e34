package tech.arcp.http;

import com.google.common.net.InetAddresses;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.util.InetAddressSet;

/**
 * The client address of a request (SPEC §5): the socket peer, unless the peer is inside one of
 * the trusted proxy CIDRs; then the right-most address of {@code X-Forwarded-For} that is not a
 * trusted proxy (all trusted: the left-most). Only IP literals are parsed, never host names, so
 * no header can cause a DNS lookup; a malformed entry stops the walk at the last trusted hop.
 */
public class ClientIpResolver {
    public static final String FORWARDED_FOR = "X-Forwarded-For";
    private final InetAddressSet trusted = new InetAddressSet();

    /** Trusts no proxy: always the socket peer. */
    public ClientIpResolver() {
        this(List.of());
    }

    /** @param trustedProxies CIDRs ({@code 10.0.0.0/8}, {@code ::1/128}) or single IP literals */
    public ClientIpResolver(List<String> trustedProxies) {
        for (String cidr : trustedProxies) {
            if (!isValidCidr(cidr)) {
                throw new IllegalArgumentException("not a CIDR or IP literal: " + cidr);
            }
            trusted.add(cidr.trim());
        }
    }

    public String resolve(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (trusted.isEmpty()) {
            return peer;
        }
        return resolve(peer, Collections.list(request.getHeaders(FORWARDED_FOR)));
    }

    /** The client of a request from {@code peer} carrying these {@code X-Forwarded-For} header values. */
    public String resolve(String peer, List<String> forwardedFor) {
        InetAddress current = parse(peer);
        if (current == null || !trusted.test(current)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(value -> hops.addAll(List.of(value.split(","))));
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = parse(hops.get(i));
            if (hop == null) {
                break;
            }
            current = hop;
            if (!trusted.test(hop)) {
                break;
            }
        }
        return InetAddresses.toAddrString(current);
    }

    /** Whether requests from {@code peer} carry a forwarded client address that is believed. */
    public boolean trusts(InetAddress peer) {
        return !trusted.isEmpty() && trusted.test(peer);
    }

    /** Whether {@code cidr} is an IP literal, optionally with a prefix length in range. */
    public static boolean isValidCidr(String cidr) {
        if (cidr == null) {
            return false;
        }
        String[] parts = cidr.trim().split("/", -1);
        if (parts.length > 2 || !InetAddresses.isInetAddress(parts[0])) {
            return false;
        }
        int bits = InetAddresses.forString(parts[0]).getAddress().length * 8;
        return parts.length == 1 || parts[1].matches("\\d{1,3}") && Integer.parseInt(parts[1]) <= bits;
    }

    /**
     * The ways a client address may be written as a throttle key (as given, canonical, Java's full
     * form, each also in brackets), or empty when {@code ip} is no IP literal. Never resolves a name.
     */
    public static List<String> spellings(String ip) {
        InetAddress address = ip == null || ip.isBlank() ? null : parse(ip);
        if (address == null) {
            return List.of();
        }
        java.util.Set<String> forms = new java.util.LinkedHashSet<>(List.of(ip.trim(),
                InetAddresses.toAddrString(address), address.getHostAddress()));
        List.copyOf(forms).forEach(f -> forms.add("[" + f + "]"));
        return List.copyOf(forms);
    }

    /** An IP literal (brackets and a port allowed), or {@code null}. */
    static InetAddress parse(String value) {
        String v = value.trim();
        if (v.startsWith("[") && v.indexOf(']') > 0) {
            v = v.substring(1, v.indexOf(']'));
        } else if (v.indexOf(':') > 0 && v.indexOf(':') == v.lastIndexOf(':')) {
            v = v.substring(0, v.indexOf(':')); // IPv4 with port
        }
        return InetAddresses.isInetAddress(v) ? InetAddresses.forString(v) : null;
    }
}
