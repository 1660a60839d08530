package org.mojaz.text;

/**
 * Cuts a text to at most a number of characters at the best boundary before the limit: a paragraph break, else the
 * end of a sentence, else a space, else the limit itself (never inside a surrogate pair). The engines call it at
 * their entry points so that no page, however long, costs more than a bounded amount of memory and time.
 */
public final class TextCap {
    private static final String SENTENCE_ENDS = ".!?؟。";

    private TextCap() {
    }

    /** The text itself when it fits, else its longest head of at most {@code maxChars} ending at a boundary. */
    public static String cut(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        if (text == null || text.length() <= maxChars) {
            return text;
        }
        int floor = maxChars / 2;
        int paragraph = text.lastIndexOf("\n\n", maxChars - 2);
        if (paragraph >= floor) {
            return text.substring(0, paragraph);
        }
        for (int i = maxChars - 1; i >= floor; i--) {
            if (SENTENCE_ENDS.indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) {
                return text.substring(0, i + 1);
            }
        }
        for (int i = maxChars; i >= floor; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i).stripTrailing();
            }
        }
        int end = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
        return text.substring(0, end);
    }
}
