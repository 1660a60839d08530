package org.mojaz.entity;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * How much an Arabic word is spelt like a name: letter four-gram models (Witten-Bell interpolation) of the person-
 * name tokens and the place names of our bundled name list ({@link NameLexicon}) against one of the words of the news
 * ({@link ArabicWordStats}), each word counted once. A name no list holds (ديديه, يوكانان, طلوزة) still reads like
 * the names around it, a common word like the vocabulary; the name finder sees the difference, in log2 steps of two,
 * as a feature ({@link ArabicFeatures}). Built from the shipped lists when first used; no file of its own.
 */
final class NameLikeness {
    private static final int ORDER = 4;
    /** Scores are steps of two bits, within ±STEPS. */
    private static final int STEPS = 6;
    private static final char START = '^';
    private static final char END = '$';

    private final LetterModel persons;
    private final LetterModel places;
    private final LetterModel words;

    NameLikeness(Collection<String> persons, Collection<String> places, Collection<String> words) {
        this.persons = new LetterModel(persons);
        this.places = new LetterModel(places);
        this.words = new LetterModel(words);
    }

    private static final class Holder {
        static final NameLikeness SHARED = new NameLikeness(NameLexicon.shared().personWords(),
                NameLexicon.shared().placeWords(), ArabicWordStats.shared().words());
    }

    static NameLikeness shared() {
        return Holder.SHARED;
    }

    /**
     * A word's scores against person names and against place names, in steps of two bits within ±6, or "none" for
     * a word of fewer than two letters or not all Arabic letters.
     */
    record Scores(String person, String place) {
    }

    private static final Scores NONE = new Scores("none", "none");

    /** The scores of an article-free word; the news model is read once for both. */
    Scores of(String word) {
        if (word.length() < 2 || !word.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A')) {
            return NONE;
        }
        double common = words.log2(word);
        return new Scores(step(persons.log2(word) - common), step(places.log2(word) - common));
    }

    private static String step(double ratio) {
        long step = Math.round(ratio / 2);
        return Long.toString(Math.max(-STEPS, Math.min(STEPS, step)));
    }

    /** Letter n-grams of a set of words, with Witten-Bell interpolation down to a uniform letter. */
    private static final class LetterModel {
        private final Map<String, Map<Character, Integer>> next = new HashMap<>();
        private final Map<String, int[]> totals = new HashMap<>();
        private final int letters;

        LetterModel(Collection<String> words) {
            for (String w : words) {
                String p = padded(w);
                for (int i = ORDER - 1; i < p.length(); i++) {
                    for (int k = 0; k < ORDER; k++) {
                        String history = p.substring(i - k, i);
                        Map<Character, Integer> m = next.computeIfAbsent(history, h -> new HashMap<>());
                        int before = m.merge(p.charAt(i), 1, Integer::sum);
                        int[] t = totals.computeIfAbsent(history, h -> new int[2]);
                        t[0]++;
                        if (before == 1) {
                            t[1]++;
                        }
                    }
                }
            }
            Map<Character, Integer> unigrams = next.get("");
            letters = (unigrams == null ? 0 : unigrams.size()) + 1;
        }

        double log2(String word) {
            String p = padded(word);
            double sum = 0;
            for (int i = ORDER - 1; i < p.length(); i++) {
                double prob = 1.0 / letters;
                for (int k = 0; k < ORDER; k++) {
                    String history = p.substring(i - k, i);
                    int[] t = totals.get(history);
                    if (t == null) {
                        break;
                    }
                    double lambda = (double) t[0] / (t[0] + t[1]);
                    prob = lambda * next.get(history).getOrDefault(p.charAt(i), 0) / t[0] + (1 - lambda) * prob;
                }
                sum += Math.log(prob) / Math.log(2);
            }
            return sum;
        }

        private static String padded(String w) {
            return String.valueOf(START).repeat(ORDER - 1) + w + END;
        }
    }
}
