package org.mojaz.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-span typed precision, recall and F1 (conlleval style): a predicted span counts only when its start,
 * end and type all equal a gold span's. Types outside the scored set (MISC) are ignored on both sides.
 */
final class SpanScorer {
    private final Set<String> scoredTypes;
    private final Map<String, int[]> counts = new TreeMap<>();

    SpanScorer(Set<String> scoredTypes) {
        this.scoredTypes = Set.copyOf(scoredTypes);
        for (String t : scoredTypes) {
            counts.put(t, new int[3]);
        }
    }

    /** Adds one sentence: its gold and predicted spans. */
    void add(List<TypedSpan> gold, List<TypedSpan> predicted) {
        Set<TypedSpan> g = scored(gold);
        Set<TypedSpan> p = scored(predicted);
        for (TypedSpan s : p) {
            counts.get(s.type())[g.contains(s) ? 0 : 1]++;
        }
        for (TypedSpan s : g) {
            if (!p.contains(s)) {
                counts.get(s.type())[2]++;
            }
        }
    }

    private Set<TypedSpan> scored(List<TypedSpan> spans) {
        Set<TypedSpan> out = new HashSet<>();
        for (TypedSpan s : spans) {
            if (scoredTypes.contains(s.type())) {
                out.add(s);
            }
        }
        return out;
    }

    /** Scores of one type, or {@code "ALL"} for the micro average over the scored types. */
    Score score(String type) {
        if (!type.equals("ALL")) {
            int[] c = counts.getOrDefault(type, new int[3]);
            return new Score(c[0], c[1], c[2]);
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new Score(tp, fp, fn);
    }

    /** A printable table: one line per type and the micro average. */
    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-5s %6s %6s %6s %7s %7s %7s%n",
                "type", "tp", "fp", "fn", "P", "R", "F1"));
        for (String type : counts.keySet()) {
            out.append(score(type).line(type));
        }
        return out.append(score("ALL").line("ALL")).toString();
    }

    /** True positives, false positives and false negatives, with the derived figures in percent. */
    record Score(int tp, int fp, int fn) {
        double precision() {
            return tp + fp == 0 ? 0 : 100.0 * tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 0 : 100.0 * tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%-5s %6d %6d %6d %7.2f %7.2f %7.2f%n",
                    label, tp, fp, fn, precision(), recall(), f1());
        }
    }
}
