package org.mojaz.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Picks whole sentences under a word budget by maximal marginal relevance: at each step the sentence with the best
 * {@code score - redundancy * (highest similarity to a sentence already picked)} among those that still fit.
 * The budget is only exceeded when not even one sentence fits; then the best sentence is given whole.
 * Returns indices in original order.
 */
public final class BudgetSelector {
    private BudgetSelector() {
    }

    public static List<Integer> select(double[] scores, SentenceGraph graph, int[] wordCounts, int wordBudget,
            int maxSentences, double redundancy) {
        int n = scores.length;
        List<Integer> picked = new ArrayList<>();
        boolean[] used = new boolean[n];
        int words = 0;
        while (picked.size() < maxSentences) {
            int best = -1;
            double bestValue = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (used[i] || (words + wordCounts[i] > wordBudget && !picked.isEmpty())) {
                    continue;
                }
                if (picked.isEmpty() && wordCounts[i] > wordBudget && fitsAny(wordCounts, wordBudget)) {
                    continue;
                }
                double value = scores[i] - redundancy * maxSimilarity(graph, i, picked);
                if (value > bestValue) {
                    bestValue = value;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
            picked.add(best);
            words += wordCounts[best];
        }
        Collections.sort(picked);
        return picked;
    }

    private static boolean fitsAny(int[] wordCounts, int wordBudget) {
        for (int w : wordCounts) {
            if (w <= wordBudget) {
                return true;
            }
        }
        return false;
    }

    private static double maxSimilarity(SentenceGraph graph, int i, List<Integer> picked) {
        double max = 0;
        for (int j : picked) {
            max = Math.max(max, graph.similarity(i, j));
        }
        return max;
    }
}
