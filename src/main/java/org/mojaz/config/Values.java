package org.mojaz.config;

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
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

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

    Duration duration(String key) {
        String v = string(key);
        Matcher m = DURATION.matcher(v);
        if (!m.matches()) {
            throw bad(key, v, "a duration such as 500ms, 10s, 2m or 1h");
        }
        long n = Long.parseLong(m.group(1));
        switch (m.group(2)) {
            case "ms":
                return Duration.ofMillis(n);
            case "s":
                return Duration.ofSeconds(n);
            case "m":
                return Duration.ofMinutes(n);
            default:
                return Duration.ofHours(n);
        }
    }

    long size(String key) {
        String v = string(key);
        Matcher m = SIZE.matcher(v);
        if (!m.matches()) {
            throw bad(key, v, "a size in bytes, or with KB, MB or GB (5MB)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        long factor = unit.equals("KB") ? 1024L : unit.equals("MB") ? 1024L * 1024 : unit.equals("GB") ? 1024L * 1024 * 1024 : 1L;
        if (n <= 0) {
            throw bad(key, v, "a size above zero");
        }
        return n * factor;
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
