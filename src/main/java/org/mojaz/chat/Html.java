package org.mojaz.chat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for Telegram's HTML parse mode and bidi isolation for mixed Arabic and Latin text. */
public final class Html {
    /** Left-to-right isolate: wraps Latin names and numbers inside Arabic text. */
    public static final char LRI = '\u2066';
    /** Right-to-left isolate: wraps Arabic names inside English text. */
    public static final char RLI = '\u2067';
    /** Pop directional isolate: closes LRI or RLI. */
    public static final char PDI = '\u2069';
    /** Right-to-left mark: starts an Arabic paragraph so clients lay it out right to left. */
    public static final char RLM = '\u200F';

    private static final Pattern LATIN_RUN = Pattern.compile(
            "[/@A-Za-z0-9\\u00C0-\\u024F][A-Za-z0-9\\u00C0-\\u024F.,:%/'’&+\\-]*(?:[\\s&+]+[A-Za-z0-9\\u00C0-\\u024F][A-Za-z0-9\\u00C0-\\u024F.,:%/'’&+\\-]*)*");
    private static final Pattern ARABIC_RUN = Pattern.compile(
            "[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF]+(?:\\s+[\\u0600-\\u06FF\\u0750-\\u077F\\uFB50-\\uFDFF\\uFE70-\\uFEFF0-9\\u0660-\\u0669]+)*");

    private Html() {
    }

    /** Escapes the three characters Telegram's HTML parser cares about. Null becomes empty. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** Escaped Arabic paragraph: starts right to left, embedded Latin names and numbers isolated left to right. */
    public static String arabic(String s) {
        return RLM + escape(isolate(s, LATIN_RUN, LRI));
    }

    /** Escaped English paragraph with embedded Arabic names isolated right to left. */
    public static String english(String s) {
        return escape(isolate(s, ARABIC_RUN, RLI));
    }

    /** Escaped text whose direction is unknown (titles, names): Arabic runs and Latin runs both isolated. */
    public static String either(String s) {
        return containsArabic(s) ? arabic(s) : english(s);
    }

    public static boolean containsArabic(String s) {
        return s != null && ARABIC_RUN.matcher(s).find();
    }

    private static String isolate(String raw, Pattern run, char open) {
        if (raw == null) {
            return "";
        }
        Matcher m = run.matcher(raw);
        StringBuilder out = new StringBuilder(raw.length() + 8);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(open + m.group() + PDI));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static String bold(String escapedHtml) {
        return "<b>" + escapedHtml + "</b>";
    }

    public static String italic(String escapedHtml) {
        return "<i>" + escapedHtml + "</i>";
    }
}
