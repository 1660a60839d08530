package org.mojaz.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule-based sentence ends for one Arabic (or other non-English) paragraph. A sentence ends after {@code . ؟ ? ! ؛}
 * (and runs of them, and "...") followed by white space, plus any closing quotes or brackets right after the mark.
 * Not an end: inside brackets; a full stop between digits (2.5, 14.09.2026); after a one-letter abbreviation
 * (د. أ.) unless it follows a number (the era mark in "عام 1770 م." does end a sentence), or after a Latin
 * abbreviation (U.S., Dr.).
 */
final class ArabicSentenceRules {
    private static final String ENDS = ".؟?!؛";
    private static final String CLOSERS = "\"'»”’)]}";
    private static final String OPENERS = "([{";
    private static final String QUOTE_OPENERS = "«“";
    private static final String QUOTE_CLOSERS = "»”";
    /** A quotation or bracket is kept whole in one sentence unless it runs longer than this many words. */
    private static final int LONG_QUOTE_WORDS = 40;
    private static final Pattern LATIN_INITIALS = Pattern.compile("(\\p{IsLatin}\\.)+\\p{IsLatin}");
    private static final Set<String> LATIN_ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "jr", "gen", "e.g", "i.e", "etc");
    private static final Set<String> ARABIC_ABBREVIATIONS = Set.of("ص", "ج", "ت", "إلخ", "الخ");

    private ArabicSentenceRules() {
    }

    static List<String> split(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int depth = 0;
        int bracketStart = -1;
        int quoteStart = -1;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
                bracketStart = depth == 1 ? i : bracketStart;
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (QUOTE_OPENERS.indexOf(c) >= 0 || (c == '"' && quoteStart < 0)) {
                quoteStart = i;
            } else if (QUOTE_CLOSERS.indexOf(c) >= 0 || c == '"') {
                quoteStart = -1;
                if (depth == 0 && endsQuotedSentence(paragraph, i)) {
                    add(out, paragraph.substring(start, i + 1));
                    start = i + 1;
                }
            }
            if (ENDS.indexOf(c) < 0 || insideShort(paragraph, depth > 0 ? bracketStart : -1, i)
                    || insideShort(paragraph, quoteStart, i)) {
                continue;
            }
            depth = 0;
            int end = i + 1;
            while (end < n && ENDS.indexOf(paragraph.charAt(end)) >= 0) {
                end++;
            }
            while (end < n && CLOSERS.indexOf(paragraph.charAt(end)) >= 0) {
                end++;
                quoteStart = -1;
            }
            if (end < n && !Character.isWhitespace(paragraph.charAt(end)) && !gluedArabicWords(paragraph, i, end)) {
                i = end - 1;
                continue;
            }
            if (c == '.' && end == i + 1 && isAbbreviation(paragraph, i)) {
                continue;
            }
            add(out, paragraph.substring(start, end));
            start = end;
            i = end - 1;
        }
        add(out, paragraph.substring(start));
        return out;
    }

    /** A closing quote right after an end mark and before white space ends the sentence: «انتهى الأمر.» ثم */
    private static boolean endsQuotedSentence(String text, int closer) {
        return closer > 0 && ENDS.indexOf(text.charAt(closer - 1)) >= 0
                && (closer + 1 == text.length() || Character.isWhitespace(text.charAt(closer + 1)));
    }

    /** Inside a bracket or quotation opened at {@code start} that is still short (an unclosed one stops counting). */
    private static boolean insideShort(String text, int start, int at) {
        return start >= 0 && SentenceSplitter.wordCount(text, start, at, LONG_QUOTE_WORDS) < LONG_QUOTE_WORDS;
    }

    /** "الحراري.حركة": a mark squeezed between two Arabic letters still ends the sentence (typing slip). */
    private static boolean gluedArabicWords(String text, int mark, int next) {
        return mark > 0 && ArabicNormalizer.isArabicLetter(text.charAt(mark - 1))
                && ArabicNormalizer.isArabicLetter(text.charAt(next));
    }

    private static void add(List<String> out, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    private static boolean followsNumber(String text, int wordStart) {
        int i = wordStart - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && Character.isDigit(text.charAt(i));
    }

    /** True when the full stop at {@code dot} ends an abbreviation rather than a sentence. */
    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
                && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return !followsNumber(text, wordStart);
        }
        if (ARABIC_ABBREVIATIONS.contains(word)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return LATIN_ABBREVIATIONS.contains(lower) || LATIN_INITIALS.matcher(lower).matches();
    }
}
