package org.mojaz.briefing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.text.ArabicNormalizer;
import org.mojaz.text.Tokenizer;

/**
 * Finds articles about the same event, across languages: an Arabic and an English report share their named
 * entities (by English name when the dictionary knows it), their amounts and their dates, even when no word is
 * shared; two reports in one language may also share the words of their headline and lead. Groups are the
 * connected components of the "same story" relation (single link), so a third report joins through either.
 */
final class StoryGrouper {
    /** Tuned on src/test/resources/briefing/stories.tsv (see StoryGrouperTest, README "Daily briefings"). */
    static final double DEFAULT_THRESHOLD = 0.30;
    private static final int LEAD_CHARS = 400;

    private final double threshold;
    private final Tokenizer tokenizer;

    StoryGrouper(double threshold, Tokenizer tokenizer) {
        this.threshold = threshold;
        this.tokenizer = tokenizer;
    }

    StoryGrouper() {
        this(DEFAULT_THRESHOLD, new Tokenizer());
    }

    /** What the comparison looks at in one article. */
    record Features(Language language, Map<String, Double> facts, Set<String> terms) {
    }

    Features features(Language language, String title, String body, List<Entity> entities) {
        Map<String, Double> facts = new HashMap<>();
        for (Entity e : entities) {
            String key = key(e, language);
            if (key != null) {
                facts.merge(key, weight(e), Math::max);
            }
        }
        String lead = body.length() <= LEAD_CHARS ? body : body.substring(0, LEAD_CHARS);
        Set<String> terms = new HashSet<>(tokenizer.terms(title + "\n" + lead, language));
        return new Features(language, facts, terms);
    }

    /** 0..1: how sure we are that the two articles report the same event. */
    double similarity(Features a, Features b) {
        double facts = overlap(a.facts(), b.facts());
        if (a.language() != b.language()) {
            return facts;
        }
        return Math.max(facts, jaccard(a.terms(), b.terms()));
    }

    /** Groups of indices into {@code features}, each in input order, groups ordered by their first member. */
    List<List<Integer>> group(List<Features> features) {
        int n = features.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (similarity(features.get(i), features.get(j)) >= threshold) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        }
        return List.copyOf(groups.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Names by their English form when a dictionary gave it, else as written; amounts and full dates by value. */
    private static String key(Entity e, Language language) {
        return switch (e.type()) {
            case NUMBER -> e.value() == null ? null : "#" + e.value();
            case DATE -> e.value() == null || e.value().length() < 10 ? null : "@" + e.value();
            default -> {
                String asWritten = language == Language.ARABIC
                        ? (e.nameAr() != null ? e.nameAr() : e.nameEn()) : (e.nameEn() != null ? e.nameEn() : e.nameAr());
                String name = e.transliterated() ? asWritten : e.nameEn();
                yield name == null ? null : "n:" + ArabicNormalizer.normalize(name).toLowerCase(Locale.ROOT);
            }
        };
    }

    /** Amounts are the most telling, places the least (a country is in half the day's news). */
    private static double weight(Entity e) {
        return switch (e.type()) {
            case NUMBER -> 1.5;
            case PERSON, ORGANIZATION, EVENT -> 1.0;
            case DATE -> 0.5;
            case PLACE -> 0.4;
        };
    }

    /** Weighted overlap: shared weight over the smaller side's weight, damped when that side is tiny. */
    private static double overlap(Map<String, Double> a, Map<String, Double> b) {
        double shared = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                shared += Math.min(e.getValue(), other);
            }
        }
        double smaller = Math.min(total(a), total(b));
        return smaller == 0 ? 0 : shared / Math.max(smaller, 3.0);
    }

    private static double total(Map<String, Double> m) {
        double t = 0;
        for (double v : m.values()) {
            t += v;
        }
        return t;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String t : a) {
            if (b.contains(t)) {
                shared++;
            }
        }
        return shared / (double) (a.size() + b.size() - shared);
    }
}
