package org.mojaz.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Picks whole sentences under a word budget by maximal marginal relevance: at each step the sentence with the best
 * {@code score - redundancy * (highest similarity to a sentence already picked)} among those that still fit.
 * The budget is only exceeded when not even one sentence fits; then the best sentence is given whole. A sentence
 * that says again what a picked one says (cosine similarity at least {@link #REPEAT}: a photo caption that restates
 * the lead, a quote given twice) is never picked. Returns indices in original order.
 */
public final class BudgetSelector {
    /** Similarity from which two sentences say the same thing. */
    static final double REPEAT = 0.5;

    private BudgetSelector() {
    }

    public static List<Integer> select(double[] scores, SentenceGraph graph, int[] wordCounts, int wordBudget,
            int maxSentences, double redundancy) {
        return select(scores, graph, wordCounts, wordBudget, maxSentences, redundancy, List.of(), -Double.MAX_VALUE);
    }

    /**
     * As {@link #select(double[], SentenceGraph, int[], int, int, double)}, but the {@code forced} sentences (the
     * backbone: a news lead, an interview's answer) are taken first, in that order, while they are within the
     * budget; the first of them is taken whole even when it alone is longer than the budget. Other sentences are
     * added only while their value is at least {@code floor}.
     */
    public static List<Integer> select(double[] scores, SentenceGraph graph, int[] wordCounts, int wordBudget,
            int maxSentences, double redundancy, List<Integer> forced, double floor) {
        int n = scores.length;
        List<Integer> picked = new ArrayList<>();
        boolean[] used = new boolean[n];
        int words = 0;
        for (int f : forced) {
            if (picked.size() < maxSentences && !used[f] && (picked.isEmpty() || words + wordCounts[f] <= wordBudget)) {
                used[f] = true;
                picked.add(f);
                words += wordCounts[f];
            }
        }
        while (picked.size() < maxSentences) {
            int best = -1;
            double bestValue = -Double.MAX_VALUE;
            for (int i = 0; i < n; i++) {
                if (used[i] || (words + wordCounts[i] > wordBudget && !picked.isEmpty())
                        || maxSimilarity(graph, i, picked) >= REPEAT) {
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
            if (best < 0 || (!picked.isEmpty() && bestValue < floor)) {
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
