package org.mojaz.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Plain TextRank (Mihalcea and Tarau 2004) as a baseline: PageRank (damping 0.85) over the sentence graph with the
 * original overlap similarity {@code |Si ∩ Sj| / (ln|Si| + ln|Sj|)} on matching terms, no position prior and no
 * redundancy control.
 */
final class TextRankBaseline {
    private static final double DAMPING = 0.85;
    private static final int ITERATIONS = 50;

    private TextRankBaseline() {
    }

    static double[] scores(List<List<String>> sentenceTerms) {
        int n = sentenceTerms.size();
        double[][] w = weights(sentenceTerms);
        double[] outSum = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                outSum[i] += w[i][j];
            }
        }
        double[] rank = new double[n];
        java.util.Arrays.fill(rank, 1.0);
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    if (outSum[j] > 0) {
                        sum += w[j][i] / outSum[j] * rank[j];
                    }
                }
                next[i] = (1 - DAMPING) + DAMPING * sum;
            }
            rank = next;
        }
        return rank;
    }

    private static double[][] weights(List<List<String>> sentenceTerms) {
        int n = sentenceTerms.size();
        List<Set<String>> sets = new ArrayList<>();
        for (List<String> t : sentenceTerms) {
            sets.add(new HashSet<>(t));
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int a = sets.get(i).size();
                int b = sets.get(j).size();
                if (a < 2 || b < 2) {
                    continue;
                }
                Set<String> common = new HashSet<>(sets.get(i));
                common.retainAll(sets.get(j));
                double v = common.size() / (Math.log(a) + Math.log(b));
                w[i][j] = v;
                w[j][i] = v;
            }
        }
        return w;
    }
}
