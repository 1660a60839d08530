package org.mojaz.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz train clusters}: word clusters of unlabeled Arabic news for the Arabic name finder. Each frequent
 * clitic-free word is described by its left and right neighbours (positive pointwise mutual information with the
 * most frequent words), the words are grouped by spherical k-means, and the groups again into coarser ones. Only
 * the word and its two cluster numbers ship ({@code word-clusters-ar.tsv}), never the text. Deterministic: a fixed
 * seed and a fixed word order.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
        description = "Word clusters of unlabeled Arabic news for the Arabic name finder.")
public final class TrainClustersCommand implements Callable<Integer> {
    @Option(names = "--news", required = true, description = "Arabic news text, one article a line (.gz allowed).")
    Path news;

    @Option(names = "--out", required = true, description = "File to write (the jar ships "
            + "src/main/resources/org/mojaz/entity/word-clusters-ar.tsv).")
    Path out;

    @Option(names = "--words", defaultValue = "40000", description = "Cluster the most frequent words (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = "--min-count", defaultValue = "3", description = "Only words seen at least this often (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--contexts", defaultValue = "1000", description = "Neighbour words that describe a word (default: ${DEFAULT-VALUE}).")
    int contexts;

    @Option(names = "--fine", defaultValue = "512", description = "Number of fine clusters (default: ${DEFAULT-VALUE}).")
    int fine;

    @Option(names = "--coarse", defaultValue = "64", description = "Number of coarse clusters (default: ${DEFAULT-VALUE}).")
    int coarse;

    @Option(names = "--rounds", defaultValue = "15", description = "k-means rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException {
        List<String[]> articles = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        NewsText.forEachArticle(news, readings -> {
            String[] bare = new String[readings.size()];
            for (int i = 0; i < bare.length; i++) {
                bare[i] = readings.get(i)[1];
                counts.merge(bare[i], 1, Integer::sum);
            }
            articles.add(bare);
        });
        List<String> ranked = counts.entrySet().stream()
                .filter(e -> e.getValue() >= minCount)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        List<String> vocabulary = ranked.subList(0, Math.min(words, ranked.size()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        int c = Math.min(contexts, vocabulary.size());
        int dims = 2 * (c + 1);
        float[][] cooc = new float[vocabulary.size()][dims];
        for (String[] a : articles) {
            for (int i = 0; i < a.length; i++) {
                Integer w = index.get(a[i]);
                if (w == null) {
                    continue;
                }
                cooc[w][context(index, i > 0 ? a[i - 1] : null, c)]++;
                cooc[w][c + 1 + context(index, i + 1 < a.length ? a[i + 1] : null, c)]++;
            }
        }
        articles.clear();
        float[][] vectors = ppmi(cooc, dims);
        int[] fineOf = kmeans(vectors, Math.min(fine, vectors.length), rounds, new Random(13));
        float[][] centroids = centroids(vectors, fineOf, Math.min(fine, vectors.length));
        for (int j = 0; j < centroids.length; j++) {
            centroids[j] = centroids[j] == null ? new float[dims] : centroids[j];
        }
        int[] coarseOfFine = kmeans(centroids, Math.min(coarse, centroids.length), rounds, new Random(17));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Word clusters of unlabeled Arabic news (ANT corpus, Sky News Arabia and France 24; see NOTICE),\n");
            w.write("# built by `mojaz train clusters`: clitic-free word, coarse cluster, fine cluster.\n");
            List<String> sorted = new ArrayList<>(vocabulary);
            sorted.sort(null);
            for (String word : sorted) {
                int f = fineOf[index.get(word)];
                w.write(word + "\t" + coarseOfFine[f] + "\t" + f + "\n");
            }
        }
        System.out.printf(Locale.ROOT, "%d words counted, %d clustered into %d and %d groups%n",
                counts.size(), vocabulary.size(), fine, coarse);
        return 0;
    }

    /** The context dimension of a neighbour: one of the {@code c} most frequent words, or c for any other. */
    private static int context(Map<String, Integer> index, String word, int c) {
        Integer i = word == null ? null : index.get(word);
        return i != null && i < c ? i : c;
    }

    /**
     * Positive pointwise mutual information with the context distribution smoothed (counts to the power 0.75),
     * each row scaled to unit length.
     */
    private static float[][] ppmi(float[][] cooc, int dims) {
        double[] columns = new double[dims];
        double[] rows = new double[cooc.length];
        for (int w = 0; w < cooc.length; w++) {
            for (int d = 0; d < dims; d++) {
                columns[d] += cooc[w][d];
                rows[w] += cooc[w][d];
            }
        }
        double smoothed = 0;
        for (int d = 0; d < dims; d++) {
            columns[d] = Math.pow(columns[d], 0.75);
            smoothed += columns[d];
        }
        for (int w = 0; w < cooc.length; w++) {
            float[] v = cooc[w];
            for (int d = 0; d < dims; d++) {
                double pmi = v[d] == 0 ? 0 : Math.log(v[d] * smoothed / (rows[w] * columns[d]));
                v[d] = (float) Math.max(0, pmi);
            }
            normalise(v);
        }
        return cooc;
    }

    private static void normalise(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        if (n > 0) {
            float s = (float) (1 / Math.sqrt(n));
            for (int d = 0; d < v.length; d++) {
                v[d] *= s;
            }
        }
    }

    /** Spherical k-means: each row to the centroid of highest cosine. Starts from k distinct random rows. */
    static int[] kmeans(float[][] rows, int k, int rounds, Random random) {
        int[] order = new int[rows.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        float[][] centroids = new float[k][];
        for (int i = 0; i < k; i++) {
            centroids[i] = rows[order[i]].clone();
        }
        int[] of = new int[rows.length];
        int[][] nonZero = nonZero(rows);
        for (int round = 0; round < rounds; round++) {
            int changed = 0;
            for (int r = 0; r < rows.length; r++) {
                int best = 0;
                double bestCos = -1;
                for (int j = 0; j < k; j++) {
                    double cos = 0;
                    float[] cj = centroids[j];
                    for (int d : nonZero[r]) {
                        cos += rows[r][d] * cj[d];
                    }
                    if (cos > bestCos) {
                        bestCos = cos;
                        best = j;
                    }
                }
                if (round == 0 || of[r] != best) {
                    changed++;
                }
                of[r] = best;
            }
            float[][] next = centroids(rows, of, k);
            for (int j = 0; j < k; j++) {
                if (next[j] != null) {
                    centroids[j] = next[j];
                }
            }
            if (changed == 0) {
                break;
            }
        }
        return of;
    }

    /** The normalised mean of each cluster's rows (null for an empty cluster). */
    private static float[][] centroids(float[][] rows, int[] of, int k) {
        float[][] sums = new float[k][];
        for (int r = 0; r < rows.length; r++) {
            float[] s = sums[of[r]];
            if (s == null) {
                s = new float[rows[r].length];
                sums[of[r]] = s;
            }
            for (int d = 0; d < s.length; d++) {
                s[d] += rows[r][d];
            }
        }
        for (float[] s : sums) {
            if (s != null) {
                normalise(s);
            }
        }
        return sums;
    }

    private static int[][] nonZero(float[][] rows) {
        int[][] out = new int[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            int n = 0;
            int[] idx = new int[rows[r].length];
            for (int d = 0; d < rows[r].length; d++) {
                if (rows[r][d] != 0) {
                    idx[n++] = d;
                }
            }
            out[r] = Arrays.copyOf(idx, n);
        }
        return out;
    }
}
