package org.mojaz.ingest;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * Which addresses the fetcher may connect to: public unicast only, unless an address falls in an explicitly
 * allowed network. Blocks loopback, private, link-local, CGNAT, multicast, broadcast, reserved, documentation and
 * benchmark ranges, and the IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4).
 */
final class AddressPolicy {

    private static final List<Cidr> FORBIDDEN_V4 = cidrs(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15",
            "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

    private static final List<Cidr> FORBIDDEN_V6 = cidrs(
            "::/128", "::1/128", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "3fff::/20",
            "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

    /** IPv6 prefixes whose last 32 bits are an IPv4 address: IPv4-mapped, IPv4-compatible, NAT64. */
    private static final List<Cidr> EMBEDDING_V4_AT_END = cidrs("::ffff:0:0/96", "::/96", "64:ff9b::/96");

    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private final boolean allowAll;
    private final List<Cidr> allowed;

    AddressPolicy(boolean allowAll, List<String> allowedNetworks) {
        this.allowAll = allowAll;
        this.allowed = allowedNetworks.stream().map(Cidr::parse).toList();
    }

    boolean permits(InetAddress address) {
        return allowAll || allowed.stream().anyMatch(c -> c.contains(address)) || !isForbidden(address.getAddress());
    }

    static boolean isForbidden(byte[] address) {
        if (address.length == 4) {
            return FORBIDDEN_V4.stream().anyMatch(c -> c.contains(address));
        }
        if (FORBIDDEN_V6.stream().anyMatch(c -> c.contains(address))) {
            return true;
        }
        if (EMBEDDING_V4_AT_END.stream().anyMatch(c -> c.contains(address))) {
            return isForbidden(Arrays.copyOfRange(address, 12, 16));
        }
        if (SIX_TO_FOUR.contains(address)) {
            return isForbidden(Arrays.copyOfRange(address, 2, 6));
        }
        return false;
    }

    private static List<Cidr> cidrs(String... ranges) {
        return Arrays.stream(ranges).map(Cidr::parse).toList();
    }
}
