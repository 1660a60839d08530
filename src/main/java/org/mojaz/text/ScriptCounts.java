package org.mojaz.text;

/**
 * How many Arabic and Latin letters a text holds: the one count behind "is this answer in the right script?" and
 * "which language is this question in?".
 */
public record ScriptCounts(int arabic, int latin) {

    public static ScriptCounts of(String text) {
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ArabicNormalizer.isArabicLetter(c)) {
                arabic++;
            } else if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        return new ScriptCounts(arabic, latin);
    }
}
