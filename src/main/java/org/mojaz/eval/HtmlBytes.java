package org.mojaz.eval;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes saved HTML files: a byte-order mark, else the charset the page declares near its top, else UTF-8. */
final class HtmlBytes {
    private static final Pattern DECLARED = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([a-zA-Z0-9_.:-]+)");
    private static final int SNIFF = 4096;

    private HtmlBytes() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        String head = new String(bytes, 0, Math.min(SNIFF, bytes.length), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (m.find()) {
            try {
                return new String(bytes, Charset.forName(m.group(1)));
            } catch (IllegalArgumentException e) {
                // unknown or misspelled charset name: fall back to UTF-8
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
