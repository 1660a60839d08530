package org.mojaz.summary;

/**
 * A provider-neutral estimate of how many tokens a text costs: about 4 characters per token for Latin script and
 * other characters, about 2.5 per token for Arabic letters (BPE vocabularies split Arabic words into more pieces).
 * Rounded up; good enough to keep a request under {@code llm.input-token-budget}, not for billing.
 */
public final class TokenEstimate {
    private TokenEstimate() {
    }

    public static int of(String text) {
        double tokens = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            tokens += isArabic(c) ? 1 / 2.5 : 1 / 4.0;
        }
        return (int) Math.ceil(tokens);
    }

    private static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u077F';
    }
}
