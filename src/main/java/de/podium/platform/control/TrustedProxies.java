package de.podium.platform.control;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which peers may tell Podium who the client is ({@code podium.http.trusted-proxies}: addresses or CIDR ranges,
 * comma-separated). Only a request that arrives from such a proxy has its {@code X-Forwarded-For} and
 * {@code X-Forwarded-Proto} believed; anyone else could write anything there.
 */
@ApplicationScoped
public class TrustedProxies {

    /** IP literals only: a host name in a header or in the configuration is never looked up. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private List<Range> ranges = List.of();

    protected TrustedProxies() {
    }

    @Inject
    public TrustedProxies(@ConfigProperty(name = "podium.http.trusted-proxies") Optional<String> configured) {
        this.ranges = parse(configured.orElse(""));
    }

    public static TrustedProxies of(String configured) {
        TrustedProxies proxies = new TrustedProxies();
        proxies.ranges = parse(configured);
        return proxies;
    }

    /**
     * The client's address: the peer itself, or, when the peer is a trusted proxy, the nearest address in
     * {@code X-Forwarded-For} (read from the right) that is not a trusted proxy.
     */
    public String clientAddress(String peer, String forwardedFor) {
        if (!isTrusted(peer) || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = strip(hops[i]);
            if (address(hop) == null) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    /** Whether the client used HTTPS: the connection itself, or what a trusted proxy says in X-Forwarded-Proto. */
    public boolean https(boolean secureConnection, String peer, String forwardedProto) {
        if (secureConnection) {
            return true;
        }
        if (forwardedProto == null || !isTrusted(peer)) {
            return false;
        }
        String first = forwardedProto.split(",")[0].trim().toLowerCase(Locale.ROOT);
        return first.equals("https");
    }

    public boolean isTrusted(String peer) {
        if (ranges.isEmpty()) {
            return false; // no proxy configured: no need to parse the peer's address on every request
        }
        BigInteger address = address(peer);
        if (address == null) {
            return false;
        }
        int bits = bitsOf(peer);
        return ranges.stream().anyMatch(r -> r.contains(address, bits));
    }

    static List<Range> parse(String configured) {
        List<Range> parsed = new ArrayList<>();
        for (String entry : configured.split(",")) {
            String text = entry.trim();
            if (text.isEmpty()) {
                continue;
            }
            int slash = text.indexOf('/');
            String host = slash < 0 ? text : text.substring(0, slash);
            BigInteger address = address(host);
            if (address == null) {
                throw new IllegalArgumentException("podium.http.trusted-proxies: not an IP address or range: " + text);
            }
            int bits = bitsOf(host);
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("podium.http.trusted-proxies: prefix out of range: " + text);
            }
            parsed.add(new Range(address, prefix, bits));
        }
        return List.copyOf(parsed);
    }

    private static String strip(String hop) {
        String h = hop.trim();
        if (h.startsWith("[") && h.contains("]")) {
            return h.substring(1, h.indexOf(']'));
        }
        return h;
    }

    private static int bitsOf(String literal) {
        return literal.contains(":") ? 128 : 32;
    }

    private static BigInteger address(String literal) {
        if (literal == null || !IP_LITERAL.matcher(literal).matches()) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (literal.contains(":") && bytes.length == 4) {
                return null;
            }
            return new BigInteger(1, bytes);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    record Range(BigInteger network, int prefix, int bits) {
        boolean contains(BigInteger address, int addressBits) {
            if (addressBits != bits) {
                return false;
            }
            int shift = bits - prefix;
            return address.shiftRight(shift).equals(network.shiftRight(shift));
        }
    }
}
