package org.mojaz.ingest;

import java.net.InetAddress;
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
            return ipv6(address, cidr);
        }
        if (address.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return Ipv4Literals.parse(address).orElseThrow(() -> new IllegalArgumentException("Not a CIDR range: " + cidr));
        }
        throw new IllegalArgumentException("Not a CIDR range: " + cidr);
    }

    /** Parses IPv6 text to 16 bytes itself: Java would turn {@code ::ffff:0:0} into an IPv4 address. */
    private static byte[] ipv6(String text, String cidr) {
        int gap = text.indexOf("::");
        String head = gap < 0 ? text : text.substring(0, gap);
        String tail = gap < 0 ? "" : text.substring(gap + 2);
        int[] front = groups(head, cidr);
        int[] back = groups(tail, cidr);
        if (front.length + back.length > 8 || (gap < 0 && front.length != 8) || tail.contains("::")) {
            throw new IllegalArgumentException("Not a CIDR range: " + cidr);
        }
        byte[] bytes = new byte[16];
        for (int i = 0; i < front.length; i++) {
            bytes[2 * i] = (byte) (front[i] >>> 8);
            bytes[2 * i + 1] = (byte) front[i];
        }
        for (int i = 0; i < back.length; i++) {
            int at = 8 - back.length + i;
            bytes[2 * at] = (byte) (back[i] >>> 8);
            bytes[2 * at + 1] = (byte) back[i];
        }
        return bytes;
    }

    private static int[] groups(String text, String cidr) {
        if (text.isEmpty()) {
            return new int[0];
        }
        if (!text.matches("[0-9a-f]{1,4}(:[0-9a-f]{1,4}){0,7}")) {
            throw new IllegalArgumentException("Not a CIDR range (no dotted IPv4 tails here): " + cidr);
        }
        String[] parts = text.split(":");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i], 16);
        }
        return values;
    }

    private static int prefixOf(String text, int bits, String cidr) {
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > bits) {
            throw new IllegalArgumentException("Not a CIDR range: " + cidr);
        }
        return Integer.parseInt(text);
    }
}
