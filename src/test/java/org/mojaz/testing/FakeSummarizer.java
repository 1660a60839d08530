package org.mojaz.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityType;
import org.mojaz.core.Article;
import org.mojaz.summary.Brief;
import org.mojaz.summary.Digest;
import org.mojaz.summary.Summarizer;
import org.mojaz.core.Language;

/** A predictable Summarizer: the first paragraph as the English summary, every paragraph as key points. */
public final class FakeSummarizer implements Summarizer {
    private final int extraPoints;
    private final boolean stuck;
    private final AtomicInteger calls = new AtomicInteger();

    private FakeSummarizer(int extraPoints, boolean stuck) {
        this.extraPoints = extraPoints;
        this.stuck = stuck;
    }

    public static FakeSummarizer standard() {
        return new FakeSummarizer(0, false);
    }

    /** Never finishes: keeps briefs in flight until the process is killed. */
    public static FakeSummarizer stuck() {
        return new FakeSummarizer(0, true);
    }

    /** Adds many long key points, for replies longer than one Telegram message. */
    public static FakeSummarizer verbose(int extraPoints) {
        return new FakeSummarizer(extraPoints, false);
    }

    @Override
    public Digest summarize(Article article) {
        calls.incrementAndGet();
        while (stuck) {
            try {
                new java.util.concurrent.CountDownLatch(1).await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        List<String> points = new ArrayList<>(article.paragraphs());
        for (int i = 1; i <= extraPoints; i++) {
            points.add("Point " + i + ": " + "the council discussed the budget line by line and agreed. ".repeat(3));
        }
        Brief english = new Brief(Language.ENGLISH, "EN: " + article.paragraphs().get(0), points, true);
        Brief arabic = new Brief(Language.ARABIC, "ملخص عربي: " + article.title() + " مع 2026 و UNESCO", points, true);
        List<Entity> entities = List.of(
                new Entity(EntityType.PERSON, "سميرة حداد", "Samira Haddad", 2, 0, null, false, null),
                new Entity(EntityType.PLACE, "عمّان", "Amman", 1, 10, null, false, null),
                new Entity(EntityType.NUMBER, null, "5 million dinars", 1, 20, "5000000", false, null));
        return new Digest(article.contentHash(), arabic, english, entities, "fake", "-", null);
    }

    public int calls() {
        return calls.get();
    }
}
