package org.mojaz.core;

import java.util.Locale;

/** The languages Mojaz tells apart. Everything that is neither Arabic nor English is {@link #OTHER}. */
public enum Language {
    ARABIC("ar"),
    ENGLISH("en"),
    OTHER("und");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** ISO 639-1 code, or {@code und} for other languages. */
    public String code() {
        return code;
    }

    public static Language fromCode(String code) {
        String c = code == null ? "" : code.toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(c)) {
                return l;
            }
        }
        return OTHER;
    }
}
