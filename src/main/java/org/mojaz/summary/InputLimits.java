package org.mojaz.summary;

import java.util.ArrayList;
import java.util.List;
import org.mojaz.core.Article;
import org.mojaz.text.TextCap;

/**
 * How much of an article the summary engines read: the first {@value #MAX_CHARS} characters (cut at a boundary, the
 * same bound as the default {@code input.max-text-chars} for pasted text) and, of those, the first
 * {@value #MAX_SENTENCES} sentences. A news article is far shorter; the bound keeps a 5 MB one-paragraph page from
 * exhausting memory in the sentence graph (which grows with the square of the sentences).
 */
public final class InputLimits {
    public static final int MAX_CHARS = 100_000;
    public static final int MAX_SENTENCES = 1_000;

    private InputLimits() {
    }

    /** The article itself when its body fits, else the same article with its body cut to {@link #MAX_CHARS}. */
    public static Article capped(Article article) {
        if (article.text().length() <= MAX_CHARS) {
            return article;
        }
        List<String> kept = new ArrayList<>();
        int left = MAX_CHARS;
        for (String p : article.paragraphs()) {
            if (p.length() <= left) {
                kept.add(p);
                left -= p.length() + 2;
            } else {
                String head = TextCap.cut(p, Math.max(1, left)).strip();
                if (!head.isEmpty()) {
                    kept.add(head);
                }
                break;
            }
            if (left <= 0) {
                break;
            }
        }
        if (kept.isEmpty()) {
            kept.add(TextCap.cut(article.paragraphs().get(0), MAX_CHARS));
        }
        return new Article(article.source(), article.canonicalUrl(), article.title(), article.byline(),
                article.published(), article.siteName(), article.language(), kept, article.contentHash(),
                article.fetchedAt());
    }

    /** A body cut to {@link #MAX_CHARS}. */
    static String capped(String body) {
        return body == null ? null : TextCap.cut(body, MAX_CHARS);
    }

    /** The first {@link #MAX_SENTENCES} of a list. */
    static <T> List<T> firstSentences(List<T> list) {
        return list.size() <= MAX_SENTENCES ? list : list.subList(0, MAX_SENTENCES);
    }
}
