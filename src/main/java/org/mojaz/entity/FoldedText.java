package org.mojaz.entity;

import org.mojaz.text.ArabicNormalizer;

/**
 * A text in matching form (ArabicNormalizer folding, lower-case Latin) that remembers where each of its
 * characters came from, so a match can be reported at its offsets in the original text.
 */
final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] origin;

    FoldedText(String original) {
        this.original = original;
        StringBuilder out = new StringBuilder(original.length());
        int[] from = new int[original.length() + 1];
        for (int i = 0; i < original.length(); i++) {
            char c = ArabicNormalizer.fold(original.charAt(i));
            if (c != 0) {
                from[out.length()] = i;
                out.append(c == '\u00A0' ? ' ' : c);
            }
        }
        from[out.length()] = original.length();
        this.folded = out.toString();
        this.origin = from;
    }

    String folded() {
        return folded;
    }

    /** Offset in the original text of folded offset i. */
    int originalOffset(int i) {
        return origin[i];
    }

    /** The original text of folded range [start, end). */
    String originalText(int start, int end) {
        int to = end >= folded.length() ? original.length() : origin[end - 1] + 1;
        return original.substring(origin[start], to);
    }
}
