package org.mojaz.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.core.Language;

/**
 * A text cut into sentences of tokens, each token with its character offsets in the text. A regular expression
 * does the cutting for both languages: OpenNLP's English tokenizer model cost more time per article than the
 * part-of-speech tagging it feeds, for no gain on names.
 */
record TokenizedText(List<Sentence> sentences) {

    /** One sentence: tokens and their [start, end) offsets in the whole text. */
    record Sentence(String[] tokens, int[] starts, int[] ends) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[.'’\\-][\\p{L}\\p{M}\\p{N}]+)*\\.?|\\S");
    private static final Pattern EN_WORD = Pattern.compile(
            "(?:[\\p{L}\\p{N}]\\.){2,}|[\\p{L}\\p{M}\\p{N}]+(?:(?:[.,\\-&]|['’](?![st]\\b))[\\p{L}\\p{M}\\p{N}]+)*\\.?|['’]s\\b|\\S");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "st.", "jr.", "sr.", "gen.", "col.", "capt.", "lt.", "sgt.", "sen.", "rep.",
            "gov.", "prof.", "corp.", "inc.", "ltd.", "co.", "mt.", "no.", "vs.", "jan.", "feb.", "aug.", "sept.",
            "sep.", "oct.", "nov.", "dec.", "u.s.", "u.k.", "u.n.", "e.u.");

    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.){2,}");

    /** Cuts text into tokens (a full stop ending a word is its own token unless the word is an abbreviation). */
    static TokenizedText of(String text, Language language) {
        boolean arabic = language == Language.ARABIC;
        List<int[]> spans = new ArrayList<>();
        Matcher m = (arabic ? WORD : EN_WORD).matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (end - start > 1 && text.charAt(end - 1) == '.' && !abbreviation(m.group(), arabic)) {
                spans.add(new int[] {start, end - 1});
                spans.add(new int[] {end - 1, end});
            } else {
                spans.add(new int[] {start, end});
            }
        }
        return new TokenizedText(sentences(text, spans));
    }

    private static boolean abbreviation(String word, boolean arabic) {
        if (arabic || word.length() == 2) {
            return word.length() <= 2;
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || INITIALS.matcher(word).matches();
    }

    private static List<Sentence> sentences(String text, List<int[]> spans) {
        List<Sentence> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < spans.size(); i++) {
            String t = text.substring(spans.get(i)[0], spans.get(i)[1]);
            boolean newline = i + 1 < spans.size() && text.substring(spans.get(i)[1], spans.get(i + 1)[0]).contains("\n");
            if (t.equals(".") || t.equals("!") || t.equals("?") || t.equals("؟") || newline || i == spans.size() - 1) {
                out.add(sentence(text, spans.subList(from, i + 1)));
                from = i + 1;
            }
        }
        return out;
    }

    private static Sentence sentence(String text, List<int[]> spans) {
        String[] tokens = new String[spans.size()];
        int[] starts = new int[spans.size()];
        int[] ends = new int[spans.size()];
        for (int i = 0; i < tokens.length; i++) {
            starts[i] = spans.get(i)[0];
            ends[i] = spans.get(i)[1];
            tokens[i] = text.substring(starts[i], ends[i]);
        }
        return new Sentence(tokens, starts, ends);
    }
}
