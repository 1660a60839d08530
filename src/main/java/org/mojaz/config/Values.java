package org.mojaz.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed reads of configuration values; every failure names the key and the accepted values. */
final class Values {
    private static final Pattern DURATION = Pattern.compile("(\\d{1,19})\\s*(ms|s|m|h)");
    static final Duration MAX_DURATION = Duration.ofHours(24);
    static final long MAX_SIZE = 1024L * 1024 * 1024;
    private static final Pattern SIZE = Pattern.compile("(\\d{1,19})\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

    private final ConfigSource source;

    Values(ConfigSource source) {
        this.source = source;
    }

    String string(String key) {
        return source.get(key);
    }

    String nonEmpty(String key) {
        String v = string(key);
        if (v.isEmpty()) {
            throw bad(key, v, "a non-empty value");
        }
        return v;
    }

    boolean bool(String key) {
        String v = string(key).toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return Boolean.parseBoolean(v);
        }
        throw bad(key, v, "true or false");
    }

    int integer(String key, int min, int max) {
        String v = string(key);
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, v, "a whole number from " + min + " to " + max);
    }

    double decimal(String key, double min, double max) {
        String v = string(key);
        try {
            double d = Double.parseDouble(v);
            if (d >= min && d <= max) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(key, v, "a number from " + min + " to " + max);
    }

    /** A duration from 1 ms to {@link #MAX_DURATION}: zero would mean "wait forever" to the HTTP clients. */
    Duration duration(String key) {
        return duration(key, Duration.ofMillis(1));
    }

    /** A duration from {@code min} to {@link #MAX_DURATION}. */
    Duration duration(String key, Duration min) {
        String v = string(key);
        String accepted = "a duration from " + text(min) + " to 24h, such as 500ms, 10s, 2m or 1h";
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            throw bad(key, v, accepted);
        }
        Duration d;
        try {
            long n = Long.parseLong(m.group(1));
            d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(key, v, accepted);
        }
        if (d.compareTo(min) < 0 || d.compareTo(MAX_DURATION) > 0) {
            throw bad(key, v, accepted);
        }
        return d;
    }

    private static String text(Duration d) {
        return d.toMillis() + "ms";
    }

    /** A size from 1 byte to {@link #MAX_SIZE}. */
    long size(String key) {
        String v = string(key);
        String accepted = "a size from 1 byte to 1GB, in bytes or with KB, MB or GB (5MB)";
        Matcher m = SIZE.matcher(v);
        if (!m.matches()) {
            throw bad(key, v, accepted);
        }
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        long factor = unit.equals("KB") ? 1024L : unit.equals("MB") ? 1024L * 1024 : unit.equals("GB") ? 1024L * 1024 * 1024 : 1L;
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(m.group(1)), factor);
        } catch (NumberFormatException | ArithmeticException e) {
            throw bad(key, v, accepted);
        }
        if (bytes <= 0 || bytes > MAX_SIZE) {
            throw bad(key, v, accepted);
        }
        return bytes;
    }

    /** An absolute http:// or https:// URL with a host and no credentials; empty when {@code optional} allows it. */
    String httpUrl(String key, boolean optional, String example) {
        String v = string(key);
        if (v.isEmpty() && optional) {
            return v;
        }
        String accepted = "an http:// or https:// URL such as " + example;
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getRawUserInfo() == null) {
                return v;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw bad(key, v, accepted);
    }

    /** Text sent as an HTTP header value: one line of printable ASCII (a CR or LF would split the header). */
    String headerValue(String key) {
        String v = nonEmpty(key);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw bad(key, printable(v), "one line of printable ASCII text (no CR, LF or other control characters)");
            }
        }
        return v;
    }

    /** The value with control characters shown as their code point (U+000A), so an error message stays on one line. */
    private static String printable(String v) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            b.append(c < 0x20 || c == 0x7f ? String.format(Locale.ROOT, "U+%04X", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    String oneOf(String key, String... accepted) {
        String v = string(key).toLowerCase(Locale.ROOT);
        if (Arrays.asList(accepted).contains(v)) {
            return v;
        }
        throw bad(key, v, "one of " + String.join(", ", accepted));
    }

    List<String> list(String key) {
        String v = string(key);
        if (v.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    List<Long> longs(String key) {
        try {
            return list(key).stream().map(Long::parseLong).toList();
        } catch (NumberFormatException e) {
            throw bad(key, string(key), "a comma-separated list of numeric ids");
        }
    }

    ZoneId zone(String key) {
        String v = string(key);
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw bad(key, v, "an IANA timezone name such as UTC, Africa/Casablanca or Asia/Riyadh");
        }
    }

    LocalTime time(String key) {
        String v = string(key);
        try {
            return LocalTime.parse(v);
        } catch (DateTimeException e) {
            throw bad(key, v, "a time of day as HH:mm, such as 07:30");
        }
    }

    static ConfigException bad(String key, String value, String accepted) {
        return new ConfigException("Bad value '" + value + "' for " + key + " (environment "
                + ConfigSource.envName(key) + "): expected " + accepted + ".");
    }
}
