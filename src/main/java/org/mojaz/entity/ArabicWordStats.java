package org.mojaz.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statistics of a word in unlabeled Arabic news ({@code word-stats-ar.tsv}, built by {@code mojaz train
 * word-stats}): how frequent it is, how often it takes the article (names of people seldom do), and its most
 * frequent neighbours, and its word clusters ({@code word-clusters-ar.tsv}, built by {@code mojaz train clusters}).
 * Used as features by the Arabic name finder.
 */
public final class ArabicWordStats {
    private static final String RESOURCE = "word-stats-ar.tsv";
    private static final String CLUSTERS = "word-clusters-ar.tsv";

    /** What the news says about one word: log2 frequency, share with the article (0-4), neighbours. */
    record Stat(int frequency, int articleShare, String left, String right) {
    }

    /** A word's groups in the news ({@code word-clusters-ar.tsv}, built by {@code mojaz train clusters}). */
    record Cluster(String coarse, String fine) {
    }

    private final Map<String, Stat> stats = new HashMap<>();
    private final Map<String, Cluster> clusters = new HashMap<>();

    private ArabicWordStats() {
        readStats();
        readClusters();
    }

    private void readClusters() {
        try (InputStream in = ArabicWordStats.class.getResourceAsStream(CLUSTERS)) {
            if (in == null) {
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split("\t");
                if (c.length == 3 && !line.startsWith("#")) {
                    clusters.put(c[0], new Cluster(c[1].intern(), c[2].intern()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CLUSTERS, e);
        }
    }

    private void readStats() {
        try (InputStream in = ArabicWordStats.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] c = line.split("\t");
                if (c.length == 5 && !line.startsWith("#")) {
                    int count = Integer.parseInt(c[1]);
                    int withArticle = Integer.parseInt(c[2]);
                    stats.put(c[0], new Stat(31 - Integer.numberOfLeadingZeros(count), 4 * withArticle / count, c[3], c[4]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static final class Holder {
        static final ArabicWordStats SHARED = new ArabicWordStats();
    }

    static ArabicWordStats shared() {
        return Holder.SHARED;
    }

    Stat of(String bare) {
        return stats.get(bare);
    }

    /** The words the news statistics describe (article-free), for {@link NameLikeness}. */
    java.util.Set<String> words() {
        return stats.keySet();
    }

    /** The word's clusters, or null when it was too rare in the news. */
    Cluster cluster(String bare) {
        return clusters.get(bare);
    }

    /**
     * Each token's readings for counting: {normalised core, clitic-free word without the article, the article
     * or null}. Tokens with no letters are left out.
     */
    public static List<String[]> readings(String[] tokens) {
        List<String[]> out = new ArrayList<>(tokens.length);
        for (String t : tokens) {
            String core = ArabicWords.core(t);
            if (core.isEmpty()) {
                continue;
            }
            String[] r = reading(core);
            out.add(new String[] {core, r[0], r[1]});
        }
        return out;
    }

    /** {word without clitics and article, "ال" or null}. */
    static String[] reading(String core) {
        List<String> stems = ArabicWords.stems(core);
        String bare = stems.get(stems.size() - 1);
        if (bare.startsWith("ال") && bare.length() > 3) {
            return new String[] {bare.substring(2), "ال"};
        }
        return new String[] {bare, null};
    }
}
