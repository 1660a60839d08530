package org.mojaz.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads IPv4 addresses the lenient way browsers and {@code inet_aton} do: {@code 127.1}, {@code 2130706433},
 * {@code 0x7f000001}, {@code 017700000001} all mean 127.0.0.1. Java and OkHttp read some of these and not others, so
 * the fetcher reads them all itself before deciding anything.
 */
final class Ipv4Literals {

    private Ipv4Literals() {
    }

    /**
     * True when the host's last label is a number (decimal, octal or {@code 0x} hex): the WHATWG URL standard then
     * requires the whole host to be an IPv4 address.
     */
    static boolean endsInNumber(String host) {
        String[] parts = labels(host);
        String last = parts[parts.length - 1];
        return !last.isEmpty() && (last.matches("\\d+") || last.matches("0[xX][0-9a-fA-F]*"));
    }

    /** The four bytes, or empty when the host is not an IPv4 address in any of the accepted forms. */
    static Optional<byte[]> parse(String host) {
        String[] parts = labels(host);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] numbers = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            numbers[i] = number(parts[i]);
            if (numbers[i] < 0) {
                return Optional.empty();
            }
        }
        return combine(numbers);
    }

    private static String[] labels(String host) {
        String h = host.endsWith(".") && host.length() > 1 ? host.substring(0, host.length() - 1) : host;
        return h.split("\\.", -1);
    }

    /** The value of one part, or -1 when it is not a number or is too large to matter. */
    private static long number(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        int radix = 10;
        if (p.startsWith("0x")) {
            radix = 16;
            p = p.substring(2);
            if (p.isEmpty()) {
                return 0;
            }
        } else if (p.length() > 1 && p.startsWith("0")) {
            radix = 8;
            p = p.substring(1);
        }
        String digits = radix == 16 ? "[0-9a-f]{1,40}" : radix == 8 ? "[0-7]{1,40}" : "[0-9]{1,40}";
        if (!p.matches(digits)) {
            return -1;
        }
        try {
            long value = Long.parseLong(p, radix);
            return value > 0xFFFF_FFFFL ? -1 : value;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<byte[]> combine(long[] numbers) {
        int last = numbers.length - 1;
        for (int i = 0; i < last; i++) {
            if (numbers[i] > 255) {
                return Optional.empty();
            }
        }
        if (numbers[last] >= 1L << (8 * (4 - last))) {
            return Optional.empty();
        }
        long value = numbers[last];
        for (int i = 0; i < last; i++) {
            value |= numbers[i] << (8 * (3 - i));
        }
        return Optional.of(new byte[] {
            (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }
}
