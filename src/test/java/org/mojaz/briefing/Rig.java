package org.mojaz.briefing;

import java.nio.file.Path;
import java.time.Duration;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Store;
import org.mojaz.store.Subscriptions;
import org.mojaz.summary.ExtractiveSummarizer;
import org.mojaz.summary.Summarizer;
import org.mojaz.testing.MutableClock;
import org.mojaz.text.SentenceSplitter;
import org.mojaz.text.Tokenizer;

/** One "process" of the briefing feature over a database file: close it and build another to restart. */
final class Rig implements AutoCloseable {
    static final Duration GRACE = Duration.ofHours(2);
    static final Duration LEASE = Duration.ofMinutes(2);
    static final Duration BACKOFF = Duration.ofMinutes(1);
    static final int MAX_ATTEMPTS = 3;

    final Store store;
    final Subscriptions subscriptions;
    final Composer composer;
    final Scheduler scheduler;

    Rig(Path db, MutableClock clock, ScriptedOutgoing out, Summarizer summarizer, int senders) {
        this.store = Store.open(db, clock);
        this.subscriptions = new Subscriptions(store);
        this.composer = new Composer(store, summarizer, clock, 5);
        Delivery delivery = new Delivery(subscriptions, new ChatSettings(store), composer, out, clock, MAX_ATTEMPTS,
                BACKOFF);
        this.scheduler = new Scheduler(subscriptions, delivery, clock, GRACE, LEASE, Duration.ofSeconds(20), senders);
    }

    static Summarizer extractive() {
        return new ExtractiveSummarizer(new EntityExtractor(), ExtractiveSummarizer.Options.defaults(),
                new SentenceSplitter(), new Tokenizer());
    }

    @Override
    public void close() {
        scheduler.close();
        store.close();
    }
}
