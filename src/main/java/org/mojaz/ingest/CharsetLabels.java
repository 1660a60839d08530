package org.mojaz.ingest;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the charset labels pages use into Java charsets the way browsers do (WHATWG Encoding): "iso-8859-1" and
 * "us-ascii" mean windows-1252, "arabic" and "asmo-708" mean ISO-8859-6, and so on.
 */
final class CharsetLabels {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    private static final Map<String, Charset> LABELS = new HashMap<>();

    static {
        labels(StandardCharsets.UTF_8, "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8",
                "x-unicode20utf8");
        labels(WINDOWS_1252, "windows-1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "latin1", "l1",
                "cp1252", "x-cp1252", "cp819", "ibm819", "iso-ir-100", "csisolatin1", "iso_8859-1:1987",
                "us-ascii", "ascii", "ansi_x3.4-1968");
        labels(ISO_8859_6, "iso-8859-6", "iso8859-6", "iso_8859-6", "iso88596", "iso_8859-6:1987", "arabic",
                "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114", "iso-8859-6-e",
                "iso-8859-6-i", "iso-ir-127");
        labels(WINDOWS_1256, "windows-1256", "cp1256", "x-cp1256");
        labels(Charset.forName("ISO-8859-8"), "iso-8859-8", "iso-8859-8-i", "csiso88598i", "logical", "hebrew",
                "visual");
        labels(StandardCharsets.UTF_16LE, "utf-16", "utf-16le", "unicode", "unicodefeff", "csunicode",
                "iso-10646-ucs-2", "ucs-2");
        labels(StandardCharsets.UTF_16BE, "utf-16be", "unicodefffe");
    }

    private CharsetLabels() {
    }

    /** The charset a label names, or empty when the label is unknown or unsupported here. */
    static Optional<Charset> forLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String key = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Charset known = LABELS.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            return Optional.of(Charset.forName(key));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static void labels(Charset charset, String... names) {
        for (String name : names) {
            LABELS.put(name, charset);
        }
    }
}
