package org.mojaz.qa;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.store.Passage;
import org.mojaz.store.Store;
import org.mojaz.text.ArabicNormalizer;
import org.mojaz.text.SentenceSplitter;

/**
 * Cuts an article into passages for the index: one per sentence, with the terms of its neighbours (and of the
 * title) as context, so "it ends on Friday" is still found for a question that names the exercise. A sentence
 * repeated in the same article is indexed once. Thread-safe.
 */
public final class Passages implements Store.PassageMaker {
    private final SentenceSplitter splitter;
    private final QaTerms terms;

    public Passages(SentenceSplitter splitter, QaTerms terms) {
        this.splitter = splitter;
        this.terms = terms;
    }

    @Override
    public List<Passage> passages(Article article) {
        Language language = article.language() == Language.ARABIC ? Language.ARABIC : Language.ENGLISH;
        List<String> sentences = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String s : splitter.split(article.text(), language)) {
            if (seen.add(ArabicNormalizer.normalize(s).replaceAll("\\s+", " "))) {
                sentences.add(s);
            }
        }
        List<List<String>> termLists = new ArrayList<>();
        for (String s : sentences) {
            termLists.add(terms.terms(s, language));
        }
        List<String> title = terms.terms(article.title(), language);
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<String> context = new ArrayList<>(title);
            if (i > 0) {
                context.addAll(termLists.get(i - 1));
            }
            if (i + 1 < sentences.size()) {
                context.addAll(termLists.get(i + 1));
            }
            out.add(new Passage(i, sentences.get(i), termLists.get(i), context));
        }
        return out;
    }
}
