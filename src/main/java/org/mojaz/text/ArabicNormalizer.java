package org.mojaz.text;

/**
 * Normalises Arabic (and mixed) text for matching and indexing only; displayed text is never changed.
 * Removes harakat (U+064B..U+065F, U+0670) and tatweel, folds alef variants (أ إ آ ٱ) to ا, ى to ي,
 * ة to ه, and Arabic-Indic and Persian digits to ASCII. Latin letters are lower-cased.
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {
    }

    public static String normalize(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char n = fold(c);
            if (n != 0) {
                out.append(n);
            }
        }
        return out.toString();
    }

    /** The folded form of one character, or 0 when it is dropped (harakat, tatweel). */
    public static char fold(char c) {
        if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640') {
            return 0;
        }
        switch (c) {
            case 'أ': case 'إ': case 'آ': case 'ٱ':
                return 'ا';
            case 'ى':
                return 'ي';
            case 'ة':
                return 'ه';
            default:
                break;
        }
        if (c >= '\u0660' && c <= '\u0669') {
            return (char) ('0' + (c - '\u0660'));
        }
        if (c >= '\u06F0' && c <= '\u06F9') {
            return (char) ('0' + (c - '\u06F0'));
        }
        if (c >= 'A' && c <= 'Z') {
            return (char) (c + ('a' - 'A'));
        }
        return c;
    }

    public static boolean isArabicLetter(char c) {
        return (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || (c >= '\u0750' && c <= '\u077F');
    }
}
