package org.mojaz.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.mojaz.core.Article;

/**
 * The default way to fit a long article into a token budget without cutting its end: the lead paragraphs whole,
 * then the first sentence of each later paragraph, in order, while the estimate stays under the budget. When even
 * the first paragraph is too long, its sentences are kept from the start. Wire a salience-ranking condenser (the
 * extractive engine's) in its place when one exists.
 */
public final class LeadCondenser implements BiFunction<Article, Integer, Article> {
    private static final int LEAD_PARAGRAPHS = 2;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?؟…])\\s+");

    @Override
    public Article apply(Article article, Integer budget) {
        if (TokenEstimate.of(article.text()) <= budget) {
            return article;
        }
        List<String> kept = new ArrayList<>();
        int used = 0;
        List<String> paragraphs = article.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            String piece = i < LEAD_PARAGRAPHS ? p : firstSentence(p);
            if (i > 0 && used + cost(piece) > budget && i < LEAD_PARAGRAPHS) {
                piece = firstSentence(p);
            }
            if (used + cost(piece) <= budget) {
                kept.add(piece);
                used += cost(piece);
            } else {
                if (i == 0) {
                    kept.add(sentencesWithin(p, budget));
                }
                break;
            }
        }
        return withParagraphs(article, kept);
    }

    private static int cost(String piece) {
        return TokenEstimate.of(piece) + 1;
    }

    static String firstSentence(String paragraph) {
        return SENTENCE_END.split(paragraph.trim(), 2)[0];
    }

    private static String sentencesWithin(String paragraph, int budget) {
        StringBuilder out = new StringBuilder();
        for (String s : SENTENCE_END.split(paragraph.trim())) {
            if (out.length() > 0 && TokenEstimate.of(out + " " + s) > budget) {
                break;
            }
            out.append(out.length() > 0 ? " " : "").append(s);
        }
        String text = out.toString();
        return TokenEstimate.of(text) <= budget ? text : text.substring(0, Math.max(1, budget * 2));
    }

    private static Article withParagraphs(Article a, List<String> paragraphs) {
        return new Article(a.source(), a.canonicalUrl(), a.title(), a.byline(), a.published(), a.siteName(),
                a.language(), paragraphs, a.contentHash(), a.fetchedAt());
    }
}
