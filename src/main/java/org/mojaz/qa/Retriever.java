package org.mojaz.qa;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.store.PassageHit;
import org.mojaz.store.PassageIndex;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;
import org.mojaz.text.ArabicNormalizer;

/**
 * Finds the passages that answer a question among one chat's articles: the article replied to, or else the chat's
 * articles of the last {@code window} (the latest first). FTS5/BM25 finds candidates; they are then ranked by how
 * much of the question they cover (in an article of the other language, only what can cross: names, numbers,
 * dates), whether they hold the expected kind of answer, and BM25. Near-duplicate passages are merged.
 */
public final class Retriever {
    /** Candidates fetched from the index before re-ranking. */
    static final int CANDIDATES = 40;
    /** Candidates checked for the expected kind of answer (the entity finders are the costly part). */
    static final int TYPED = 12;
    /** Articles searched at most (the chat's newest within the window). */
    static final int MAX_ARTICLES = 300;
    /** A group found only in a passage's neighbours or the title counts this much. */
    private static final double CONTEXT_WEIGHT = 0.6;
    private static final double DUPLICATE_JACCARD = 0.8;

    private final Store store;
    private final PassageIndex index;
    private final EntityExtractor entities;
    private final Duration window;
    private final Clock clock;

    public Retriever(Store store, EntityExtractor entities, Duration window, Clock clock) {
        this.store = store;
        this.index = new PassageIndex(store);
        this.entities = entities;
        this.window = window;
        this.clock = clock;
    }

    /**
     * @param articleId the article the question replies to, or null for the chat's recent articles
     */
    public Retrieval retrieve(long chatId, Query query, Long articleId) {
        List<Long> scope = scope(chatId, articleId);
        if (scope.isEmpty()) {
            return new Retrieval(query, List.of(), 0);
        }
        List<PassageHit> hits = index.search(chatId, scope, query.searchTerms(), CANDIDATES);
        double best = hits.stream().mapToDouble(PassageHit::score).max().orElse(1);
        Map<String, Double> rarity = index.rarity(query.searchTerms());
        Map<Long, StoredArticle> articles = store.articles(chatId,
                hits.stream().map(PassageHit::articleId).collect(java.util.stream.Collectors.toSet()));
        List<Evidence> ranked = new ArrayList<>();
        boolean several = scope.size() > 1;
        for (PassageHit hit : hits) {
            StoredArticle article = articles.get(hit.articleId());
            if (article == null) {
                continue;
            }
            ranked.add(evidence(query, hit, article, best, rarity, several && hit.articleId() == scope.get(0)));
        }
        ranked.sort(Comparator.comparingDouble(Evidence::score).reversed());
        if (query.type() != AnswerType.NONE) {
            ranked = typed(query, ranked);
        }
        return new Retrieval(query, mergeNearDuplicates(ranked), scope.size());
    }

    private List<Long> scope(long chatId, Long articleId) {
        if (articleId != null && store.article(chatId, articleId).isPresent()) {
            return List.of(articleId);
        }
        return index.recentArticleIds(chatId, clock.instant().minus(window), MAX_ARTICLES);
    }

    /** The score before the answer type is looked at; {@code typed} is true until {@link #typed} checks it. */
    private Evidence evidence(Query query, PassageHit hit, StoredArticle article, double best,
                              Map<String, Double> rarity, boolean latest) {
        Language language = article.article().language();
        double coverage = coverage(query, hit, language, rarity);
        double score = coverage + 0.25 * (best > 0 ? hit.score() / best : 0) + (latest ? 0.05 : 0)
                + 0.2 * carriedShare(query, hit);
        return new Evidence(hit, article, score, coverage, true);
    }

    /**
     * The best {@link #TYPED} candidates checked for the expected kind of answer (names, dates and numbers found
     * with the entity finders; the rest keep their place below), boosted when they hold it.
     */
    private List<Evidence> typed(Query query, List<Evidence> ranked) {
        List<Evidence> out = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Evidence e = ranked.get(i);
            if (i >= TYPED) {
                out.add(new Evidence(e.passage(), e.article(), e.score(), e.coverage(), false));
                continue;
            }
            String text = e.passage().text();
            Language language = e.article().article().language();
            boolean typed = query.type().isIn(text, query.type() == AnswerType.DATE || query.type() == AnswerType.NUMBER
                    ? entities.datesAndNumbers(text, language) : notAskedAbout(entities.extract(text, language), query));
            double bonus = typed ? (query.type().strict() ? 0.3 : 0.15) : 0;
            out.add(new Evidence(e.passage(), e.article(), e.score() + bonus, e.coverage(), typed));
        }
        out.sort(Comparator.comparingDouble(Evidence::score).reversed());
        return out;
    }

    /**
     * The passage's names less those the question itself names ("who heads the National Office for Electricity?" is
     * not answered by a passage naming only that office): a name whose words are mostly in the question.
     */
    static List<Entity> notAskedAbout(List<Entity> found, Query query) {
        Set<String> asked = new HashSet<>(words(query.text()));
        return found.stream().filter(e -> !mostlyIn(e.nameAr(), asked) && !mostlyIn(e.nameEn(), asked)).toList();
    }

    private static boolean mostlyIn(String name, Set<String> asked) {
        if (name == null) {
            return false;
        }
        List<String> words = words(name);
        long in = words.stream().filter(asked::contains).count();
        return !words.isEmpty() && in * 2 >= words.size();
    }

    private static List<String> words(String text) {
        return java.util.Arrays.stream(ArabicNormalizer.normalize(text).toLowerCase(java.util.Locale.ROOT)
                .split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * Share of the question's groups the passage holds, each group weighted by its rarity (a word no article uses
     * weighs most, so "how many stations" is not answered by a passage about the line); across languages only the
     * groups that can cross count.
     */
    static double coverage(Query query, PassageHit hit, Language passageLanguage, Map<String, Double> rarity) {
        boolean sameLanguage = passageLanguage == query.language()
                || (passageLanguage != Language.ARABIC && query.language() != Language.ARABIC);
        Set<String> own = new HashSet<>(hit.terms());
        Set<String> around = new HashSet<>(hit.context());
        double found = 0;
        double counted = 0;
        double rarest = 0;
        double commonest = Double.POSITIVE_INFINITY;
        for (Query.Group g : query.groups()) {
            double w = weight(g, rarity);
            rarest = Double.isInfinite(w) ? rarest : Math.max(rarest, w);
            commonest = Double.isInfinite(w) ? commonest : Math.min(commonest, w);
        }
        for (Query.Group g : query.groups()) {
            if (!sameLanguage && !g.crossLingual()) {
                continue;
            }
            double weight = weight(g, rarity);
            if (Double.isInfinite(weight)) {
                weight = rarest == 0 ? 1 : g.event() ? commonest / 2 : rarest;
            }
            counted += weight;
            found += weight * (g.coveredBy(own) ? 1 : g.coveredBy(around) ? CONTEXT_WEIGHT : 0);
        }
        return counted == 0 ? 0 : found / counted;
    }

    /**
     * A group weighs as much as its most common alternative is rare; a group no passage holds is infinite here and
     * weighs as much as the rarest group that some passage holds (a word the articles never use is missing
     * information, but also often just another form of a word they do use); an absent event verb ("ends") weighs
     * half as much as the commonest group, since articles say "continues until" as often as "ends".
     */
    private static double weight(Query.Group g, Map<String, Double> rarity) {
        double w = Double.POSITIVE_INFINITY;
        for (String t : g.terms()) {
            w = Math.min(w, rarity.getOrDefault(t, Double.POSITIVE_INFINITY));
        }
        return w;
    }

    private static double carriedShare(Query query, PassageHit hit) {
        if (query.carried().isEmpty()) {
            return 0;
        }
        Set<String> all = new HashSet<>(hit.terms());
        all.addAll(hit.context());
        long n = query.carried().stream().filter(all::contains).count();
        return (double) n / query.carried().size();
    }

    /** Drops each passage whose terms are nearly those of a better one kept (each passage's terms made a set once). */
    private static List<Evidence> mergeNearDuplicates(List<Evidence> ranked) {
        List<Evidence> out = new ArrayList<>();
        List<Set<String>> keptTerms = new ArrayList<>();
        for (Evidence e : ranked) {
            Set<String> terms = new HashSet<>(e.passage().terms());
            boolean duplicate = keptTerms.stream().anyMatch(kept -> jaccard(kept, terms) >= DUPLICATE_JACCARD);
            if (!duplicate) {
                out.add(e);
                keptTerms.add(terms);
            }
        }
        return out;
    }

    static double jaccard(List<String> a, List<String> b) {
        return jaccard(new HashSet<>(a), new HashSet<>(b));
    }

    private static double jaccard(Set<String> x, Set<String> y) {
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        Set<String> small = x.size() <= y.size() ? x : y;
        Set<String> large = small == x ? y : x;
        int both = 0;
        for (String t : small) {
            if (large.contains(t)) {
                both++;
            }
        }
        return (double) both / (x.size() + y.size() - both);
    }
}
