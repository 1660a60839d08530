package org.mojaz.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text. The charset is taken, in order, from a byte-order mark, the HTTP header, a
 * {@code <meta>} declaration in the first 4 KB, and finally ICU's detector (many Arabic sites still serve unlabelled
 * windows-1256). A declared UTF-8 that the bytes do not bear out is ignored. Stateless and thread-safe.
 */
public final class PageDecoder {

    private static final int META_SCAN_BYTES = 4096;
    private static final int DETECT_BYTES = 64 * 1024;
    /** ICU confidence (0-100) below which its guess is weak. */
    private static final int CONFIDENT = 60;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\s[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]{1,40})", Pattern.CASE_INSENSITIVE);

    /** Decodes the body; malformed bytes become U+FFFD. A leading byte-order mark is dropped. */
    public String decode(byte[] body, String charsetFromHeader) {
        Charset charset = charsetOf(body, charsetFromHeader);
        int skip = bomLength(body);
        return new String(body, skip, body.length - skip, charset);
    }

    /** The charset {@link #decode} would use. */
    public Charset charsetOf(byte[] body, String charsetFromHeader) {
        return fromBom(body)
                .or(() -> believable(CharsetLabels.forLabel(charsetFromHeader), body))
                .or(() -> believable(fromMeta(body), body))
                .orElseGet(() -> detect(body));
    }

    private static Optional<Charset> fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static int bomLength(byte[] body) {
        Optional<Charset> bom = fromBom(body);
        return bom.isEmpty() ? 0 : bom.get().equals(StandardCharsets.UTF_8) ? 3 : 2;
    }

    /** A declared charset, unless it claims UTF-8 and the bytes are not UTF-8. */
    private static Optional<Charset> believable(Optional<Charset> declared, byte[] body) {
        return declared.filter(c -> !c.equals(StandardCharsets.UTF_8) || isValidUtf8(body));
    }

    /** A meta declaration is read from ASCII-compatible bytes, so a UTF-16 label there means UTF-8 (WHATWG). */
    private static Optional<Charset> fromMeta(byte[] body) {
        String head = new String(body, 0, Math.min(META_SCAN_BYTES, body.length), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        return CharsetLabels.forLabel(m.group(1)).map(c -> c.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : c);
    }

    /**
     * Valid UTF-8 is UTF-8; otherwise ICU guesses. On short texts ICU often takes Arabic for Hebrew or Greek, so
     * when its best guess is weak and an Arabic charset is among the candidates, the Arabic one wins: this bot
     * reads Arabic and English news.
     */
    private static Charset detect(byte[] body) {
        if (isValidUtf8(body)) {
            return StandardCharsets.UTF_8;
        }
        CharsetMatch[] matches = icuMatches(body);
        Optional<Charset> best = Arrays.stream(matches)
                .filter(m -> !m.getName().startsWith("IBM"))
                .flatMap(m -> CharsetLabels.forLabel(m.getName()).stream())
                .findFirst();
        boolean weak = matches.length == 0 || matches[0].getConfidence() < CONFIDENT;
        if (weak && best.filter(PageDecoder::isArabicOrUnicode).isEmpty()) {
            Optional<Charset> arabic = likelyArabic(matches, body);
            if (arabic.isPresent()) {
                return arabic.get();
            }
        }
        return best.orElse(CharsetLabels.WINDOWS_1252);
    }

    private static CharsetMatch[] icuMatches(byte[] body) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(body.length > DETECT_BYTES ? Arrays.copyOf(body, DETECT_BYTES) : body);
        CharsetMatch[] matches = detector.detectAll();
        return matches == null ? new CharsetMatch[0] : matches;
    }

    /** windows-1256 or ISO-8859-6 (only if the bytes fit it), whichever ICU rates higher; a tie goes to 8859-6. */
    private static Optional<Charset> likelyArabic(CharsetMatch[] matches, byte[] body) {
        CharsetMatch pick = null;
        for (CharsetMatch m : matches) {
            boolean iso = m.getName().equals("ISO-8859-6");
            boolean candidate = m.getName().equals("windows-1256")
                    || (iso && decodesStrictly(body, CharsetLabels.ISO_8859_6));
            if (candidate && (pick == null || m.getConfidence() > pick.getConfidence()
                    || (m.getConfidence() == pick.getConfidence() && iso))) {
                pick = m;
            }
        }
        return pick == null ? Optional.empty() : CharsetLabels.forLabel(pick.getName());
    }

    private static boolean isArabicOrUnicode(Charset charset) {
        return charset.equals(CharsetLabels.WINDOWS_1256) || charset.equals(CharsetLabels.ISO_8859_6)
                || charset.name().startsWith("UTF");
    }

    static boolean isValidUtf8(byte[] body) {
        return decodesStrictly(body, StandardCharsets.UTF_8);
    }

    private static boolean decodesStrictly(byte[] body, Charset charset) {
        try {
            charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
