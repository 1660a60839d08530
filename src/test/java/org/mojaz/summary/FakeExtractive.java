package org.mojaz.summary;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityType;
import org.mojaz.core.Article;
import org.mojaz.core.Language;

/** Stands in for the extractive engine: a fixed digest that says it is extractive, and a call count. */
final class FakeExtractive implements Summarizer {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Digest summarize(Article article) {
        calls.incrementAndGet();
        return new Digest(article.contentHash(),
                Brief.unavailable(Language.ARABIC, "يحتاج الملخص العربي إلى نموذج لغوي."),
                new Brief(Language.ENGLISH, article.paragraphs().get(0), article.paragraphs(), true),
                List.of(new Entity(EntityType.PLACE, null, "Port Halden", 1, 12, null, false, null)),
                "extractive", "-", null);
    }
}
