package org.mojaz.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF cosine similarities between the sentences of one article, each sentence counted as a document for the
 * inverse document frequency (idf = ln(1 + N / df)). Built once per article; pairs are found through an inverted
 * index, so cost grows with shared terms, not with all pairs.
 */
public final class SentenceGraph {
    private final double[][] similarity;
    private final int[] termCounts;

    private SentenceGraph(double[][] similarity, int[] termCounts) {
        this.similarity = similarity;
        this.termCounts = termCounts;
    }

    /** The graph of sentences given as their matching terms (see {@link org.mojaz.text.Tokenizer#terms}). */
    public static SentenceGraph of(List<List<String>> sentenceTerms) {
        int n = sentenceTerms.size();
        Map<String, List<int[]>> postings = new HashMap<>();
        int[] termCounts = new int[n];
        for (int i = 0; i < n; i++) {
            Map<String, Integer> tf = new HashMap<>();
            for (String t : sentenceTerms.get(i)) {
                tf.merge(t, 1, Integer::sum);
            }
            termCounts[i] = tf.size();
            for (Map.Entry<String, Integer> e : tf.entrySet()) {
                postings.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {i, e.getValue()});
            }
        }
        return new SentenceGraph(cosines(n, postings), termCounts);
    }

    private static double[][] cosines(int n, Map<String, List<int[]>> postings) {
        double[][] dot = new double[n][n];
        double[] norm = new double[n];
        for (List<int[]> list : postings.values()) {
            double idf = Math.log(1.0 + (double) n / list.size());
            int size = list.size();
            double[] w = new double[size];
            for (int a = 0; a < size; a++) {
                w[a] = list.get(a)[1] * idf;
                norm[list.get(a)[0]] += w[a] * w[a];
            }
            for (int a = 0; a < size; a++) {
                int i = list.get(a)[0];
                for (int b = a + 1; b < size; b++) {
                    dot[i][list.get(b)[0]] += w[a] * w[b];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = norm[i] == 0 || norm[j] == 0 ? 0 : dot[i][j] / Math.sqrt(norm[i] * norm[j]);
                dot[i][j] = d;
                dot[j][i] = d;
            }
        }
        return dot;
    }

    public int size() {
        return similarity.length;
    }

    /** Cosine similarity of sentences i and j (0 on the diagonal). */
    public double similarity(int i, int j) {
        return similarity[i][j];
    }

    /** Number of distinct matching terms in sentence i (0 for sentences of function words only). */
    public int termCount(int i) {
        return termCounts[i];
    }
}
