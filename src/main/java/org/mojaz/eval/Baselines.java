package org.mojaz.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Sentence pickers the engine is compared with. Each returns indices in original order. */
final class Baselines {
    private Baselines() {
    }

    /** The first {@code n} sentences, whatever their length (the classic Lead-3 when n = 3). */
    static List<Integer> leadN(int sentences, int n) {
        return IntStream.range(0, Math.min(n, sentences)).boxed().collect(Collectors.toList());
    }

    /** The first sentences while they fit the budget (at least one). */
    static List<Integer> leadBudget(int[] wordCounts, int budget) {
        List<Integer> out = new ArrayList<>();
        int words = 0;
        for (int i = 0; i < wordCounts.length; i++) {
            if (!out.isEmpty() && words + wordCounts[i] > budget) {
                break;
            }
            out.add(i);
            words += wordCounts[i];
        }
        return out;
    }

    /** The first {@code budget} words, cutting the last sentence: the classic word-budget lead of ROUGE papers. */
    static String firstWords(String text, int budget) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(budget, words.length)));
    }

    /** Sentences by descending score, skipping those that no longer fit; then back in original order. */
    static List<Integer> byScore(double[] scores, int[] wordCounts, int budget) {
        List<Integer> order = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -scores[i])).collect(Collectors.toList());
        return fill(order, wordCounts, budget);
    }

    /** Sentences in a shuffled order (fixed seed), skipping those that no longer fit; then in original order. */
    static List<Integer> random(int[] wordCounts, int budget, long seed) {
        List<Integer> order = IntStream.range(0, wordCounts.length).boxed().collect(Collectors.toList());
        Collections.shuffle(order, new Random(seed));
        return fill(order, wordCounts, budget);
    }

    private static List<Integer> fill(List<Integer> order, int[] wordCounts, int budget) {
        List<Integer> out = new ArrayList<>();
        int words = 0;
        for (int i : order) {
            if (words + wordCounts[i] <= budget) {
                out.add(i);
                words += wordCounts[i];
            }
        }
        if (out.isEmpty() && !order.isEmpty()) {
            out.add(order.get(0));
        }
        Collections.sort(out);
        return out;
    }
}
