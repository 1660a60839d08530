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

    private static Charset detect(byte[] body) {
        if (isValidUtf8(body)) {
            return StandardCharsets.UTF_8;
        }
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(body.length > DETECT_BYTES ? Arrays.copyOf(body, DETECT_BYTES) : body);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            if (match.getName().startsWith("IBM")) {
                continue;
            }
            Optional<Charset> charset = CharsetLabels.forLabel(match.getName());
            if (charset.isPresent()) {
                return charset.get();
            }
        }
        return CharsetLabels.WINDOWS_1252;
    }

    static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
