package org.mojaz.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Zyte article-extraction-benchmark metric, re-implemented from its description: {@code \w+} Unicode tokens
 * (case kept), 4-gram shingles counted as multisets, per-document tp/fp/fn normalised to sum 1, precision and
 * recall averaged over documents, F1 of the two means, plus the share of documents whose tokens match exactly.
 */
public final class ShingleScorer {
    /** Shingle length used by the benchmark. */
    public static final int SHINGLE = 4;

    private ShingleScorer() {
    }

    /** One document's normalised counts and whether its token list equals the truth's. */
    public record Match(double tp, double fp, double fn, boolean exact) {
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp + fp == 0 ? 0.0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1.0;
            }
            return tp + fn == 0 ? 0.0 : tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /** Corpus figures: mean precision and recall over documents, F1 of those means, exact-match accuracy. */
    public record Summary(double f1, double precision, double recall, double accuracy, int documents) {
    }

    public static Match match(String truth, String predicted) {
        List<String> trueTokens = tokens(truth);
        List<String> predTokens = tokens(predicted);
        Map<String, Integer> t = shingles(trueTokens);
        Map<String, Integer> p = shingles(predTokens);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int tc = t.getOrDefault(key, 0);
            int pc = p.getOrDefault(key, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new Match(tp, fp, fn, trueTokens.equals(predTokens));
    }

    public static Summary summarize(List<Match> matches) {
        double pSum = 0;
        int pN = 0;
        double rSum = 0;
        int rN = 0;
        int exact = 0;
        for (Match m : matches) {
            if (m.tp() + m.fp() > 0) {
                pSum += m.precision();
                pN++;
            }
            if (m.tp() + m.fn() > 0) {
                rSum += m.recall();
                rN++;
            }
            exact += m.exact() ? 1 : 0;
        }
        double p = pN == 0 ? 0 : pSum / pN;
        double r = rN == 0 ? 0 : rSum / rN;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double acc = matches.isEmpty() ? 0 : (double) exact / matches.size();
        return new Summary(f1, p, r, acc, matches.size());
    }

    /** Maximal runs of word characters as Python's Unicode {@code \w} sees them: letters, numbers, underscore. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean word = isWord(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - SHINGLE + 1);
        for (int i = 0; i < last; i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!shingle.isEmpty()) {
                counts.merge(String.join("\u0000", shingle), 1, Integer::sum);
            }
        }
        return counts;
    }
}
