package org.mojaz.store;

import java.time.Instant;
import org.mojaz.core.Article;

/**
 * An article as one chat holds it.
 *
 * @param id      the article's row id
 * @param article the article
 * @param source  what this chat sent (link, file name, pasted)
 * @param addedAt when this chat added it
 * @param isNew   true when this call stored the article for the first time (for anyone)
 */
public record StoredArticle(long id, Article article, String source, Instant addedAt, boolean isNew) {
}
