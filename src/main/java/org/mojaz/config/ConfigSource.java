package org.mojaz.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Layers configuration: packaged defaults, then an optional file, then environment variables
 * ({@code MOJAZ_} + key upper-cased with '.' and '-' as '_'). Unknown keys and secrets in files are refused.
 */
public final class ConfigSource {
    static final String DEFAULTS_RESOURCE = "/mojaz-defaults/config/mojaz.properties";
    /** A key whose last word is one of these holds a secret ({@code telegram.token}, {@code llm.api-key}). */
    private static final Pattern SECRET_KEY = Pattern.compile(".*(^|[.-])(token|secret|password|api-key|apikey|key)$");

    private final Map<String, String> values;
    private final Map<String, String> defaults;

    private ConfigSource(Map<String, String> values, Map<String, String> defaults) {
        this.values = values;
        this.defaults = defaults;
    }

    /** Loads defaults, then {@code file} when not null, then the matching variables of {@code env}. */
    public static ConfigSource load(Path file, Map<String, String> env) {
        Map<String, String> defaults = readDefaults();
        Map<String, String> merged = new LinkedHashMap<>(defaults);
        if (file != null) {
            mergeFile(merged, file);
        }
        mergeEnvironment(merged, env);
        return new ConfigSource(merged, Map.copyOf(defaults));
    }

    public String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new ConfigException("Missing configuration key '" + key + "'.");
        }
        return v.trim();
    }

    /** Every key this source holds (defaults, file and environment), for the unknown-key warnings. */
    public java.util.Set<String> keys() {
        return java.util.Set.copyOf(values.keySet());
    }

    /** The packaged default of {@code key} (trimmed), or null for an unknown key. */
    public String defaultValue(String key) {
        String v = defaults.get(key);
        return v == null ? null : v.trim();
    }

    private static Map<String, String> readDefaults() {
        try (InputStream in = ConfigSource.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new ConfigException("Packaged defaults " + DEFAULTS_RESOURCE + " are missing from the build.");
            }
            return toMap(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ConfigException("Cannot read packaged defaults: " + e.getMessage());
        }
    }

    private static void mergeFile(Map<String, String> merged, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("Config file " + file + " does not exist.");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : toMap(read(r)).entrySet()) {
                String key = e.getKey();
                if (looksSecret(key)) {
                    throw new ConfigException("Key '" + key + "' in " + file
                            + " looks like a secret; secrets come only from environment variables.");
                }
                if (!merged.containsKey(key)) {
                    throw new ConfigException("Unknown configuration key '" + key + "' in " + file
                            + ". Known keys are listed in config/mojaz.properties.");
                }
                merged.put(key, e.getValue());
            }
        } catch (IOException e) {
            throw new ConfigException("Cannot read config file " + file + ": " + e.getMessage());
        }
    }

    private static void mergeEnvironment(Map<String, String> merged, Map<String, String> env) {
        for (String key : merged.keySet()) {
            String value = env.get(envName(key));
            if (value != null) {
                merged.put(key, value);
            }
        }
    }

    /** The environment variable that overrides {@code key}. */
    public static String envName(String key) {
        return "MOJAZ_" + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static boolean looksSecret(String key) {
        return SECRET_KEY.matcher(key.toLowerCase(Locale.ROOT)).matches();
    }

    private static Properties read(Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        return p;
    }

    private static Map<String, String> toMap(Properties p) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String name : p.stringPropertyNames()) {
            m.put(name, p.getProperty(name));
        }
        return m;
    }
}
