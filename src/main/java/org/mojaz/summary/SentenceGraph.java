package org.mojaz.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF cosine similarities between the sentences of one article, each sentence counted as a document for the
 * inverse document frequency (idf = ln(1 + N / df)). Built once per article; pairs are found through an inverted
 * index, so cost grows with shared terms, not with all pairs. The matrix is dense, so it takes at most
 * {@link InputLimits#MAX_SENTENCES} sentences (8 MB).
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
        if (n > InputLimits.MAX_SENTENCES) {
            // the matrix is dense (n² doubles): callers keep to the first MAX_SENTENCES (InputLimits)
            throw new IllegalArgumentException("at most " + InputLimits.MAX_SENTENCES + " sentences, got " + n);
        }
        Map<String, Integer> ids = new HashMap<>();
        List<int[]> sentenceIds = new ArrayList<>(n);
        int[] termCounts = new int[n];
        for (int i = 0; i < n; i++) {
            Map<Integer, Integer> tf = new HashMap<>();
            for (String t : sentenceTerms.get(i)) {
                tf.merge(ids.computeIfAbsent(t, k -> ids.size()), 1, Integer::sum);
            }
            termCounts[i] = tf.size();
            int[] pairs = new int[2 * tf.size()];
            int k = 0;
            for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
                pairs[k++] = e.getKey();
                pairs[k++] = e.getValue();
            }
            sentenceIds.add(pairs);
        }
        return new SentenceGraph(cosines(n, postings(ids.size(), sentenceIds)), termCounts);
    }

    /** Per term id: {sentence, tf, sentence, tf, ...} in sentence order. */
    private static int[][] postings(int terms, List<int[]> sentenceIds) {
        int[] df = new int[terms];
        for (int[] pairs : sentenceIds) {
            for (int k = 0; k < pairs.length; k += 2) {
                df[pairs[k]]++;
            }
        }
        int[][] postings = new int[terms][];
        for (int t = 0; t < terms; t++) {
            postings[t] = new int[2 * df[t]];
        }
        int[] fill = new int[terms];
        for (int i = 0; i < sentenceIds.size(); i++) {
            int[] pairs = sentenceIds.get(i);
            for (int k = 0; k < pairs.length; k += 2) {
                int t = pairs[k];
                postings[t][fill[t]++] = i;
                postings[t][fill[t]++] = pairs[k + 1];
            }
        }
        return postings;
    }

    private static double[][] cosines(int n, int[][] postings) {
        double[][] dot = new double[n][n];
        double[] norm = new double[n];
        double[] w = new double[n];
        for (int[] list : postings) {
            int size = list.length / 2;
            double idf = Math.log(1.0 + (double) n / size);
            for (int a = 0; a < size; a++) {
                w[a] = list[2 * a + 1] * idf;
                norm[list[2 * a]] += w[a] * w[a];
            }
            for (int a = 0; a < size; a++) {
                double[] row = dot[list[2 * a]];
                for (int b = a + 1; b < size; b++) {
                    row[list[2 * b]] += w[a] * w[b];
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
