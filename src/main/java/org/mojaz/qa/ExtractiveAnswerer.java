package org.mojaz.qa;

import java.util.ArrayList;
import java.util.List;
import org.mojaz.core.Language;

/**
 * Answers without a model: the best one to three passages, quoted as written with their article title, behind a
 * one-line lead-in in the question's language. Below the relevance bar it says it could not find the answer; it
 * never quotes a passage that does not cover the question.
 */
public final class ExtractiveAnswerer {
    public static final String ENGINE = "extractive";
    /** Passages quoted at most. */
    static final int MAX_QUOTES = 3;
    /** A second or third passage is quoted only when it scores at least this share of the best one. */
    private static final double NEAR_BEST = 0.75;

    private final Relevance relevance;

    public ExtractiveAnswerer(Relevance relevance) {
        this.relevance = relevance;
    }

    public Answer answer(Retrieval retrieval) {
        Language q = retrieval.query().language();
        List<Evidence> chosen = choose(retrieval);
        if (chosen.isEmpty()) {
            return new Answer(AnswerWords.notFound(q), List.of(), ENGINE, false, null);
        }
        StringBuilder text = new StringBuilder(AnswerWords.leadIn(q, chosen.size()));
        List<Citation> citations = new ArrayList<>();
        boolean otherLanguage = false;
        for (Evidence e : chosen) {
            Citation c = citation(citations.size() + 1, e);
            citations.add(c);
            text.append("\n[").append(c.number()).append("] «").append(c.passage()).append("»");
            otherLanguage |= e.article().article().language() != q;
        }
        if (otherLanguage) {
            Language passage = chosen.stream().map(e -> e.article().article().language()).filter(l -> l != q)
                    .findFirst().orElse(q);
            text.append('\n').append(AnswerWords.needsModel(q, passage));
        }
        return new Answer(text.toString(), citations, ENGINE, true, null);
    }

    /** The passages worth quoting: the best one when it clears the bar, and close runners-up that do too. */
    List<Evidence> choose(Retrieval retrieval) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : retrieval.evidence()) {
            if (out.size() == MAX_QUOTES) {
                break;
            }
            if (!relevance.answers(e, retrieval.query().type())) {
                continue;
            }
            if (out.isEmpty() || e.score() >= NEAR_BEST * out.get(0).score()) {
                out.add(e);
            }
        }
        return out;
    }

    static Citation citation(int number, Evidence e) {
        return new Citation(number, e.article().id(), e.article().article().title(), link(e), e.passage().text());
    }

    private static String link(Evidence e) {
        String url = e.article().article().canonicalUrl();
        return url != null ? url : e.article().source();
    }
}
