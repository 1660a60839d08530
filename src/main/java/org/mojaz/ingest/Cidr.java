package org.mojaz.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** An IPv4 or IPv6 range such as {@code 10.0.0.0/8} or {@code fc00::/7}. */
final class Cidr {
    private final byte[] network;
    private final int prefixLength;

    private Cidr(byte[] network, int prefixLength) {
        this.network = network;
        this.prefixLength = prefixLength;
    }

    /** Parses {@code address/prefix} (a bare address means a single host); never asks DNS. */
    static Cidr parse(String cidr) {
        String text = cidr.trim().toLowerCase(Locale.ROOT);
        int slash = text.indexOf('/');
        byte[] network = literal(slash < 0 ? text : text.substring(0, slash), cidr);
        int bits = network.length * 8;
        int prefix = slash < 0 ? bits : prefixOf(text.substring(slash + 1), bits, cidr);
        return new Cidr(network, prefix);
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[full] & mask) == (network[full] & mask);
    }

    boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    private static byte[] literal(String address, String cidr) {
        if (address.indexOf(':') >= 0 && address.matches("[0-9a-f:.]+")) {
            try {
                return InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("Not a CIDR range: " + cidr, e);
            }
        }
        if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Ipv4Literals.parse(address).orElseThrow(() -> new IllegalArgumentException("Not a CIDR range: " + cidr));
        }
        throw new IllegalArgumentException("Not a CIDR range: " + cidr);
    }

    private static int prefixOf(String text, int bits, String cidr) {
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > bits) {
            throw new IllegalArgumentException("Not a CIDR range: " + cidr);
        }
        return Integer.parseInt(text);
    }
}
