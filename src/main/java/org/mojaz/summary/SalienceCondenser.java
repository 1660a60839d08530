package org.mojaz.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.mojaz.core.Article;

/**
 * Fits a long article into an LLM's token budget by salience instead of cutting its tail: the lead paragraph stays
 * whole, then the extractive engine's best sentences of the rest fill the remaining budget, in their original order.
 */
public final class SalienceCondenser implements BiFunction<Article, Integer, Article> {
    /** Head-room for the estimate's error: fill at most this share of the budget. */
    private static final double FILL = 0.9;

    private final ExtractiveSummarizer extractive;
    private final LeadCondenser leadOnly = new LeadCondenser();

    public SalienceCondenser(ExtractiveSummarizer extractive) {
        this.extractive = extractive;
    }

    @Override
    public Article apply(Article article, Integer budget) {
        int total = TokenEstimate.of(article.text());
        if (total <= budget) {
            return article;
        }
        String lead = article.paragraphs().get(0);
        int leadCost = TokenEstimate.of(lead);
        if (leadCost >= budget * FILL || article.paragraphs().size() < 2) {
            return leadOnly.apply(article, budget);
        }
        double wordsPerToken = (double) article.wordCount() / Math.max(1, total);
        int wordBudget = (int) ((budget * FILL - leadCost) * wordsPerToken);
        String rest = String.join("\n\n", article.paragraphs().subList(1, article.paragraphs().size()));
        List<String> kept = new ArrayList<>();
        kept.add(lead);
        kept.addAll(extractive.extract(article.title(), rest, article.language(), Math.max(1, wordBudget),
                Integer.MAX_VALUE));
        return new Article(article.source(), article.canonicalUrl(), article.title(), article.byline(),
                article.published(), article.siteName(), article.language(), kept, article.contentHash(),
                article.fetchedAt());
    }
}
