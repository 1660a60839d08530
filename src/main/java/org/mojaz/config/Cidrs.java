package org.mojaz.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the text of a CIDR range (or a bare address) before anything tries to use it. No DNS is ever involved. */
final class Cidrs {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

    private Cidrs() {
    }

    static boolean valid(String cidr) {
        int slash = cidr.indexOf('/');
        String address = slash < 0 ? cidr : cidr.substring(0, slash);
        boolean v6 = address.contains(":");
        if (v6 ? !ipv6(address) : !ipv4(address)) {
            return false;
        }
        return slash < 0 || prefix(cidr.substring(slash + 1), v6 ? 128 : 32);
    }

    /** The prefix length, when it is 0 (any address). */
    static boolean matchesEverything(String cidr) {
        int slash = cidr.indexOf('/');
        return slash >= 0 && cidr.substring(slash + 1).matches("0+");
    }

    private static boolean prefix(String text, int max) {
        return text.matches("\\d{1,3}") && Integer.parseInt(text) <= max;
    }

    private static boolean ipv4(String s) {
        Matcher m = IPV4.matcher(s);
        if (!m.matches()) {
            return false;
        }
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }

    /** Eight hex groups, or fewer with one "::"; a dotted IPv4 tail counts as two groups. */
    private static boolean ipv6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        int groups = 0;
        String[] parts = gap >= 0
                ? (s.substring(0, gap) + (gap > 0 && gap + 2 < s.length() ? ":" : "") + s.substring(gap + 2)).split(":", -1)
                : s.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isEmpty() && parts.length == 1 && gap >= 0) {
                continue;
            }
            if (i == parts.length - 1 && p.contains(".")) {
                if (!ipv4(p)) {
                    return false;
                }
                groups += 2;
            } else if (HEX_GROUP.matcher(p).matches()) {
                groups++;
            } else {
                return false;
            }
        }
        return gap >= 0 ? groups < 8 : groups == 8;
    }
}
