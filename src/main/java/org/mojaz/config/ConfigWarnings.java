package org.mojaz.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings that work but are probably not what the operator meant: a fetch allow-list that opens every address,
 * and {@code MOJAZ_*} variables that override no key (likely typos, which would otherwise be ignored in silence).
 * Values are never repeated: a mistyped variable may hold a secret.
 */
final class ConfigWarnings {
    /** Variables read directly, not as overrides of a key. */
    static final Set<String> OTHER_VARIABLES = Set.of("MOJAZ_CONFIG", "MOJAZ_LLM_API_KEY", "MOJAZ_LOG_LEVEL");

    private ConfigWarnings() {
    }

    static List<String> of(Settings settings, Set<String> keys, Map<String, String> env) {
        List<String> out = new ArrayList<>();
        for (String cidr : settings.fetch().allowedNetworks()) {
            if (Cidrs.matchesEverything(cidr)) {
                out.add("fetch.allowed-networks contains " + cidr + ", which allows every address, including"
                        + " loopback, the private network and cloud metadata (169.254.169.254); name the intranet"
                        + " range instead, such as 10.20.0.0/16.");
            }
        }
        Set<String> known = new TreeSet<>(OTHER_VARIABLES);
        for (String key : keys) {
            known.add(ConfigSource.envName(key));
        }
        for (String name : new TreeSet<>(env.keySet())) {
            if (name.toUpperCase(Locale.ROOT).startsWith("MOJAZ_") && !known.contains(name)) {
                out.add("the environment variable " + name + " matches no setting and is ignored" + nearest(name, known)
                        + "; the variables are listed in config/mojaz.properties (MOJAZ_ + the key).");
            }
        }
        return out;
    }

    private static String nearest(String name, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(name.toUpperCase(Locale.ROOT), k);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best != null && bestDistance <= 3 ? " (did you mean " + best + "?)" : "";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
