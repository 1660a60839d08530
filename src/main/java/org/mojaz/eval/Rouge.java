package org.mojaz.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mojaz.text.ArabicNormalizer;
import org.mojaz.core.Language;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (summary-level LCS, no sentence split) precision, recall and F1.
 * English tokens follow Google's {@code rouge-score}: lower case, every non [a-z0-9] character becomes a space,
 * tokens longer than 3 characters are Porter-stemmed. Arabic (and other) text is folded with
 * {@link ArabicNormalizer} on both sides, every character that is not a letter or digit becomes a space, no stemming.
 * Not thread-safe (the stemmer has state): one instance per thread.
 */
public final class Rouge {
    /** Precision, recall and F1 of one measure, each in 0..1. */
    public record Score(double precision, double recall, double f1) {
        static Score of(double overlap, int candidateSize, int referenceSize) {
            double p = candidateSize == 0 ? 0 : overlap / candidateSize;
            double r = referenceSize == 0 ? 0 : overlap / referenceSize;
            return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    /** The three measures for one candidate. */
    public record Scores(Score rouge1, Score rouge2, Score rougeL) {
    }

    private final Language language;
    private final PorterStemmer stemmer = new PorterStemmer();

    public Rouge(Language language) {
        this.language = language;
    }

    /** The tokens ROUGE compares for this language. */
    public List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (language == Language.ENGLISH) {
            for (String t : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim().split(" ")) {
                if (!t.isEmpty()) {
                    out.add(t.length() > 3 ? stem(t) : t);
                }
            }
            return out;
        }
        for (String t : ArabicNormalizer.normalize(text).replaceAll("[^\\p{L}\\p{Nd}]+", " ").trim().split(" ")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private String stem(String token) {
        stemmer.setCurrent(token);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    public Scores score(String candidate, String reference) {
        List<String> c = tokens(candidate);
        List<String> r = tokens(reference);
        return new Scores(ngram(c, r, 1), ngram(c, r, 2), Score.of(lcs(c, r), c.size(), r.size()));
    }

    /** Scores against each reference, averaged (precision, recall and F1 each averaged over the references). */
    public Scores scoreMulti(String candidate, List<String> references) {
        if (references.isEmpty()) {
            throw new IllegalArgumentException("references must not be empty");
        }
        double[] sums = new double[9];
        for (String reference : references) {
            Scores s = score(candidate, reference);
            Score[] parts = {s.rouge1(), s.rouge2(), s.rougeL()};
            for (int k = 0; k < 3; k++) {
                sums[3 * k] += parts[k].precision();
                sums[3 * k + 1] += parts[k].recall();
                sums[3 * k + 2] += parts[k].f1();
            }
        }
        int n = references.size();
        return new Scores(new Score(sums[0] / n, sums[1] / n, sums[2] / n),
                new Score(sums[3] / n, sums[4] / n, sums[5] / n), new Score(sums[6] / n, sums[7] / n, sums[8] / n));
    }

    private static Score ngram(List<String> c, List<String> r, int n) {
        Map<String, Integer> cc = ngrams(c, n);
        Map<String, Integer> rc = ngrams(r, n);
        int overlap = 0;
        for (Map.Entry<String, Integer> e : cc.entrySet()) {
            overlap += Math.min(e.getValue(), rc.getOrDefault(e.getKey(), 0));
        }
        return Score.of(overlap, Math.max(0, c.size() - n + 1), Math.max(0, r.size() - n + 1));
    }

    private static Map<String, Integer> ngrams(List<String> tokens, int n) {
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i + n <= tokens.size(); i++) {
            counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
        }
        return counts;
    }

    static int lcs(List<String> a, List<String> b) {
        int[] prev = new int[b.size() + 1];
        int[] cur = new int[b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                cur[j] = a.get(i - 1).equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.size()];
    }
}
