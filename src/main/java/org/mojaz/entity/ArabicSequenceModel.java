package org.mojaz.entity;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An Arabic name finder trained on whole sentences: a first-order structured perceptron (Collins 2002, averaged
 * weights) over the same {@link ArabicFeatures} as the OpenNLP models, decoded exactly with Viterbi over
 * begin/inside/last/unit/outside labels. The OpenNLP models learn each token's label alone given the previous one
 * and search with a beam; this one is corrected on the best label sequence of the whole sentence, so a name's words
 * are learnt together. OpenNLP has such a trainer ({@code PERCEPTRON_SEQUENCE}) but it builds a model object per
 * sentence and iteration and did not finish one model in ten minutes here; this one trains in about 20 s. It votes
 * with the OpenNLP models ({@link ArabicNameModel#votingWith}). Features are stored by a 64-bit hash of their
 * text. Thread-safe: one feature generator per thread.
 */
public final class ArabicSequenceModel {
    private static final int MAGIC = 0x4d4a5351; // "MJSQ"
    private static final int VERSION = 1;
    private static final int BEGIN = 0;
    private static final int INSIDE = 1;
    private static final int LAST = 2;
    private static final int UNIT = 3;

    private final ArabicNameModel.Reading reading;
    private final String[] types;
    private final int labels;
    private final long[] keys;
    private final float[] weights;
    private final float[] transitions;
    private final ThreadLocal<ArabicFeatures> features;

    private ArabicSequenceModel(ArabicNameModel.Reading reading, String[] types, long[] keys, float[] weights,
            float[] transitions) {
        this.reading = reading;
        this.types = types;
        this.labels = labels(types.length);
        this.keys = keys;
        this.weights = weights;
        this.transitions = transitions;
        this.features = ThreadLocal.withInitial(() -> new ArabicFeatures(Gazetteer.shared(), reading));
    }

    /**
     * Trains on the examples for {@code iterations} passes, the sentences shuffled with {@code seed} before each;
     * deterministic for the same examples, reading, iterations and seed. The reading chooses the features
     * ({@link ArabicNameModel.Reading#BACKWARD} is not useful here: the decoder sees the whole sentence anyway).
     */
    public static ArabicSequenceModel train(List<ArabicNameModel.Example> examples, ArabicNameModel.Reading reading,
            int iterations, long seed) {
        TreeSet<String> typeSet = new TreeSet<>();
        examples.forEach(e -> e.names().forEach(n -> typeSet.add(n.type())));
        return new Trainer(typeSet.toArray(String[]::new), reading).run(examples, iterations, seed);
    }

    /** The names of one sentence, in order; every type the corpus had (MISC too). */
    public List<ArabicNameModel.Name> find(String[] tokens) {
        return tokens.length == 0 ? List.of() : find(describe(features.get(), tokens));
    }

    /**
     * The names each model finds in one sentence, in the models' order; models of the same reading share one
     * description of the sentence (its features are computed once).
     */
    static List<List<ArabicNameModel.Name>> findEach(List<ArabicSequenceModel> models, String[] tokens) {
        Map<ArabicNameModel.Reading, Text> described = new java.util.EnumMap<>(ArabicNameModel.Reading.class);
        List<List<ArabicNameModel.Name>> out = new ArrayList<>();
        for (ArabicSequenceModel m : models) {
            out.add(tokens.length == 0 ? List.of()
                    : m.find(described.computeIfAbsent(m.reading, r -> describe(m.features.get(), tokens))));
        }
        return out;
    }

    private List<ArabicNameModel.Name> find(Text text) {
        Sentence s = ids(text, labels, h -> {
            int i = Arrays.binarySearch(keys, h);
            return i < 0 ? -1 : i;
        });
        return names(viterbi(s, weights, transitions, labels), types);
    }

    public ArabicNameModel.Reading reading() {
        return reading;
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream zip = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(zip);
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeUTF(reading.name());
        d.writeInt(types.length);
        for (String t : types) {
            d.writeUTF(t);
        }
        for (float t : transitions) {
            d.writeFloat(t);
        }
        d.writeInt(keys.length);
        for (int i = 0; i < keys.length; i++) {
            d.writeLong(keys[i]);
            for (int y = 0; y < labels; y++) {
                d.writeFloat(weights[i * labels + y]);
            }
        }
        d.flush();
        zip.finish();
    }

    /** A model written by {@link #write}. */
    public static ArabicSequenceModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new GZIPInputStream(in));
        if (d.readInt() != MAGIC || d.readInt() != VERSION) {
            throw new IOException("not an Arabic sequence model of version " + VERSION);
        }
        ArabicNameModel.Reading reading = ArabicNameModel.Reading.valueOf(d.readUTF());
        String[] types = new String[checked(d.readInt(), 64)];
        for (int i = 0; i < types.length; i++) {
            types[i] = d.readUTF();
        }
        int labels = labels(types.length);
        float[] transitions = new float[(labels + 1) * labels];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = d.readFloat();
        }
        long[] keys = new long[checked(d.readInt(), 50_000_000)];
        float[] weights = new float[keys.length * labels];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = d.readLong();
            for (int y = 0; y < labels; y++) {
                weights[i * labels + y] = d.readFloat();
            }
        }
        return new ArabicSequenceModel(reading, types, keys, weights, transitions);
    }

    private static int checked(int count, int max) throws IOException {
        if (count < 0 || count > max) {
            throw new IOException("damaged Arabic sequence model: a count of " + count);
        }
        return count;
    }

    /** The features of one sentence as ids: per token, its own; per token and previous label, the pair ones. */
    private record Sentence(int[][] own, int[][][] pair) {
    }

    /**
     * A sentence as the models of one reading see it: per token the hashes of its own features, its fine word
     * cluster and the word.
     */
    private record Text(String[] tokens, long[][] own, String[] fine) {
    }

    /**
     * Describes a sentence with the features {@link ArabicFeatures} writes for OpenNLP, less its previous-tag ones
     * ({@code pt=}, {@code pt_cf=}, read here with no previous tag): the decoder pairs each previous label with the
     * token's fine cluster instead ({@link #ids}).
     */
    private static Text describe(ArabicFeatures generator, String[] tokens) {
        int n = tokens.length;
        long[][] own = new long[n][];
        String[] fine = new String[n];
        List<String> fs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            fs.clear();
            generator.createFeatures(fs, tokens, i, null);
            fine[i] = "";
            long[] hashes = new long[fs.size()];
            int count = 0;
            for (String f : fs) {
                if (f.startsWith("pt_cf=")) {
                    fine[i] = f.substring(f.indexOf('_', "pt_cf=".length()) + 1);
                } else if (!f.startsWith("pt=")) {
                    hashes[count++] = hash(f);
                }
            }
            own[i] = Arrays.copyOf(hashes, count);
        }
        return new Text(tokens, own, fine);
    }

    /**
     * The ids of a described sentence's features ({@code id} of a hash, -1 for unknown ones, dropped) and, for each
     * previous label (the last one is the sentence start), the ids of the features that pair it with the token: its
     * fine word cluster, as in the OpenNLP models, and the word itself, as OpenNLP adds for its own.
     */
    private static Sentence ids(Text text, int labels, java.util.function.LongToIntFunction id) {
        int n = text.tokens().length;
        int[][] own = new int[n][];
        int[][][] pair = new int[n][labels + 1][];
        for (int i = 0; i < n; i++) {
            own[i] = Arrays.stream(text.own()[i]).mapToInt(id).filter(k -> k >= 0).toArray();
            for (int p = 0; p <= labels; p++) {
                int a = id.applyAsInt(hash("pc=" + p + "_" + text.fine()[i]));
                int b = id.applyAsInt(hash("pw=" + p + "_" + text.tokens()[i]));
                pair[i][p] = a >= 0 && b >= 0 ? new int[] {a, b} : a >= 0 ? new int[] {a} : b >= 0 ? new int[] {b}
                        : new int[0];
            }
        }
        return new Sentence(own, pair);
    }

    /**
     * The labels of names of {@code types} types: outside (0), then per type begin, inside, last and unit (a name of
     * one word), so that a name's last word is learnt as such.
     */
    private static int labels(int types) {
        return 1 + 4 * types;
    }

    private static int role(int label) {
        return (label - 1) % 4;
    }

    /** Whether a name is open after this label (its begin or inside); the start of the sentence is no label. */
    private static boolean open(int label, int labels) {
        return label != 0 && label != labels && role(label) <= INSIDE;
    }

    /** Whether label {@code current} may follow {@code previous}: an open name goes on with its own type only. */
    private static boolean allowed(int previous, int current, int labels) {
        if (open(previous, labels)) {
            return current != 0 && (current - 1) / 4 == (previous - 1) / 4 && role(current) >= INSIDE
                    && role(current) <= LAST;
        }
        return current == 0 || role(current) == BEGIN || role(current) == UNIT;
    }

    /** The best label sequence; {@code transitions[previous * labels + current]}, previous = labels at the start. */
    private static int[] viterbi(Sentence s, float[] weights, float[] transitions, int labels) {
        int n = s.own().length;
        float[][] score = new float[n][labels];
        int[][] back = new int[n][labels];
        float[] own = new float[labels];
        for (int i = 0; i < n; i++) {
            Arrays.fill(own, 0);
            for (int f : s.own()[i]) {
                for (int y = 0; y < labels; y++) {
                    own[y] += weights[f * labels + y];
                }
            }
            for (int y = 0; y < labels; y++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                int first = i == 0 ? labels : 0;
                int last = i == 0 ? labels : labels - 1;
                for (int p = first; p <= last; p++) {
                    if (!allowed(p, y, labels) || (i > 0 && score[i - 1][p] == Float.NEGATIVE_INFINITY)) {
                        continue;
                    }
                    float v = (i > 0 ? score[i - 1][p] : 0) + transitions[p * labels + y];
                    for (int f : s.pair()[i][p]) {
                        v += weights[f * labels + y];
                    }
                    if (v > best) {
                        best = v;
                        arg = p;
                    }
                }
                score[i][y] = best == Float.NEGATIVE_INFINITY ? best : best + own[y];
                back[i][y] = arg;
            }
        }
        int[] out = new int[n];
        int y = 0;
        for (int k = 1; k < labels; k++) {
            if (!open(k, labels) && score[n - 1][k] > score[n - 1][y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            out[i] = y;
            y = back[i][y];
        }
        return out;
    }

    private static List<ArabicNameModel.Name> names(int[] labels, String[] types) {
        List<ArabicNameModel.Name> out = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            if (labels[i] == 0) {
                i++;
                continue;
            }
            int end = i + 1;
            while (role(labels[end - 1]) != UNIT && role(labels[end - 1]) != LAST) {
                end++;
            }
            out.add(new ArabicNameModel.Name(i, end, types[(labels[i] - 1) / 4]));
            i = end;
        }
        return out;
    }

    private static int[] gold(ArabicNameModel.Example e, String[] types) {
        int[] y = new int[e.tokens().length];
        for (ArabicNameModel.Name n : e.names()) {
            int base = 1 + 4 * Arrays.asList(types).indexOf(n.type());
            if (n.end() - n.start() == 1) {
                y[n.start()] = base + UNIT;
                continue;
            }
            y[n.start()] = base + BEGIN;
            for (int i = n.start() + 1; i < n.end() - 1; i++) {
                y[i] = base + INSIDE;
            }
            y[n.end() - 1] = base + LAST;
        }
        return y;
    }

    /** 64-bit FNV-1a of the feature's text. */
    static long hash(String feature) {
        long h = 0xcbf29ce484222325L;
        for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** One training run: feature ids as met, weights and their running sums for the average. */
    private static final class Trainer {
        private final String[] types;
        private final int labels;
        private final ArabicNameModel.Reading reading;
        /** Feature ids by the hash of the feature, in the order met. */
        private final Map<Long, Integer> ids = new HashMap<>();
        private float[] weights;
        private double[] sums;
        private final float[] transitions;
        private final double[] transitionSums;
        private long step = 1;

        Trainer(String[] types, ArabicNameModel.Reading reading) {
            this.types = types;
            this.labels = labels(types.length);
            this.reading = reading;
            this.transitions = new float[(labels + 1) * labels];
            this.transitionSums = new double[transitions.length];
        }

        ArabicSequenceModel run(List<ArabicNameModel.Example> examples, int iterations, long seed) {
            ArabicFeatures generator = new ArabicFeatures(Gazetteer.shared(), reading);
            List<Sentence> sentences = new ArrayList<>();
            List<int[]> golds = new ArrayList<>();
            for (ArabicNameModel.Example e : examples) {
                if (e.tokens().length == 0) {
                    continue;
                }
                sentences.add(ids(describe(generator, e.tokens()), labels,
                        h -> ids.computeIfAbsent(h, k -> ids.size())));
                golds.add(gold(e, types));
            }
            weights = new float[ids.size() * labels];
            sums = new double[weights.length];
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < sentences.size(); i++) {
                order.add(i);
            }
            Random random = new Random(seed);
            for (int it = 0; it < iterations; it++) {
                Collections.shuffle(order, random);
                for (int k : order) {
                    int[] predicted = viterbi(sentences.get(k), weights, transitions, labels);
                    if (!Arrays.equals(predicted, golds.get(k))) {
                        update(sentences.get(k), golds.get(k), predicted);
                    }
                    step++;
                }
            }
            return averaged();
        }

        private void update(Sentence s, int[] gold, int[] predicted) {
            for (int i = 0; i < gold.length; i++) {
                int gp = i == 0 ? labels : gold[i - 1];
                int pp = i == 0 ? labels : predicted[i - 1];
                if (gold[i] == predicted[i] && gp == pp) {
                    continue;
                }
                if (gold[i] != predicted[i]) {
                    for (int f : s.own()[i]) {
                        add(f * labels + gold[i], 1);
                        add(f * labels + predicted[i], -1);
                    }
                }
                transitions[gp * labels + gold[i]] += 1;
                transitionSums[gp * labels + gold[i]] += step;
                transitions[pp * labels + predicted[i]] -= 1;
                transitionSums[pp * labels + predicted[i]] -= step;
                for (int f : s.pair()[i][gp]) {
                    add(f * labels + gold[i], 1);
                }
                for (int f : s.pair()[i][pp]) {
                    add(f * labels + predicted[i], -1);
                }
            }
        }

        private void add(int k, int delta) {
            weights[k] += delta;
            sums[k] += (double) step * delta;
        }

        /** The averaged weights of the features that have any, sorted by their hash. */
        private ArabicSequenceModel averaged() {
            Map<Long, float[]> rows = new java.util.TreeMap<>();
            for (Map.Entry<Long, Integer> e : ids.entrySet()) {
                int f = e.getValue();
                float[] row = new float[labels];
                boolean any = false;
                for (int y = 0; y < labels; y++) {
                    row[y] = (float) (weights[f * labels + y] - sums[f * labels + y] / step);
                    any |= row[y] != 0;
                }
                if (any) {
                    rows.put(e.getKey(), row);
                }
            }
            long[] keys = new long[rows.size()];
            float[] out = new float[rows.size() * labels];
            int i = 0;
            for (Map.Entry<Long, float[]> e : rows.entrySet()) {
                keys[i] = e.getKey();
                System.arraycopy(e.getValue(), 0, out, i * labels, labels);
                i++;
            }
            float[] t = new float[transitions.length];
            for (int k = 0; k < t.length; k++) {
                t[k] = (float) (transitions[k] - transitionSums[k] / step);
            }
            return new ArabicSequenceModel(reading, types, keys, out, t);
        }
    }
}
