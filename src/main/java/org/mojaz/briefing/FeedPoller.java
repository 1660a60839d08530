package org.mojaz.briefing;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.mojaz.core.Article;
import org.mojaz.ingest.ExtractionException;
import org.mojaz.ingest.FeedReader;
import org.mojaz.ingest.FetchException;
import org.mojaz.store.Feeds;
import org.mojaz.store.Feeds.Feed;
import org.mojaz.store.Store;
import org.mojaz.core.Service;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every followed feed on a schedule with a conditional GET, and turns each item seen for the first time into
 * a stored article with its digest: fetched (through the guarded page fetcher, so every item link is checked like
 * a user's link), extracted and briefed once, however many chats follow the feed. An item whose page cannot be
 * read falls back to the feed's own description when that is long enough.
 */
public final class FeedPoller implements Service {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final int DESCRIPTION_MIN_WORDS = 25;

    /** What one pass did. */
    public record Report(int feeds, int notModified, int newItems, int failedFeeds) {
        Report plus(Report o) {
            return new Report(feeds + o.feeds, notModified + o.notModified, newItems + o.newItems,
                    failedFeeds + o.failedFeeds);
        }
    }

    private final Feeds feeds;
    private final FeedReader reader;
    private final Function<String, Article> links;
    private final Function<String[], Article> texts;
    private final Store store;
    private final Composer composer;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "feed-poller");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param links reads an item's link into an article (Ingestor::fromUrl)
     * @param texts makes an article of {text, source} (Ingestor::fromText), for items whose page cannot be read
     */
    public FeedPoller(Store store, FeedReader reader, Function<String, Article> links,
                      Function<String[], Article> texts, Composer composer, Duration interval) {
        this.store = store;
        this.feeds = new Feeds(store);
        this.reader = reader;
        this.links = links;
        this.texts = texts;
        this.composer = composer;
        this.interval = interval;
    }

    @Override
    public void start() {
        timer.scheduleWithFixedDelay(this::safePoll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads one feed soon, on the poller's thread (a feed just followed). */
    public void pollSoon(long feedId) {
        timer.execute(() -> feeds.followed().stream().filter(f -> f.id() == feedId).findFirst().ifPresent(this::poll));
    }

    private void safePoll() {
        try {
            pollAll();
        } catch (RuntimeException e) {
            LOG.error("feed poll failed ({}); the next pass retries", e.getClass().getSimpleName(), e);
        }
    }

    /** Reads every feed some chat follows. */
    public Report pollAll() {
        Report total = new Report(0, 0, 0, 0);
        for (Feed f : feeds.followed()) {
            total = total.plus(poll(f));
        }
        return total;
    }

    /** Reads one feed and stores its new items. */
    public Report poll(Feed feed) {
        long started = System.nanoTime();
        FeedReader.Feed read;
        try {
            read = reader.read(feed.url(), feed.etag(), feed.lastModified());
        } catch (FetchException e) {
            feeds.fetched(feed.id(), null, null, null, e.getMessage());
            LOG.info("feed {} not read: {} ({} ms)", feed.id(), e.reason(), millis(started));
            return new Report(1, 0, 0, 1);
        }
        feeds.fetched(feed.id(), read.title(), read.etag(), read.lastModified(), null);
        if (read.notModified()) {
            LOG.debug("feed {} not modified ({} ms)", feed.id(), millis(started));
            return new Report(1, 1, 0, 0);
        }
        int fresh = 0;
        for (FeedReader.Item item : read.items()) {
            var itemId = feeds.newItem(feed.id(), item.guid(), item.link(), item.title(), item.published());
            if (itemId.isPresent()) {
                fresh++;
                ingest(feed.id(), itemId.get(), item);
            }
        }
        LOG.info("feed {}: {} items, {} new ({} ms)", feed.id(), read.items().size(), fresh, millis(started));
        return new Report(1, 0, fresh, 0);
    }

    private void ingest(long feedId, long itemId, FeedReader.Item item) {
        Article article = null;
        if (item.link() != null) {
            try {
                article = links.apply(item.link());
            } catch (FetchException | ExtractionException e) {
                LOG.info("feed {} item {}: page not read ({}), trying the description", feedId, itemId,
                        e.getClass().getSimpleName());
            }
        }
        if (article == null && item.description().split("\\s+").length >= DESCRIPTION_MIN_WORDS) {
            try {
                article = texts.apply(new String[] {item.title() + "\n\n" + item.description(),
                        item.link() != null ? item.link() : "feed:" + feedId});
            } catch (FetchException | ExtractionException e) {
                LOG.info("feed {} item {}: description not usable either", feedId, itemId);
            }
        }
        if (article == null) {
            return;
        }
        long articleId = store.saveSharedArticle(article);
        feeds.linkArticle(itemId, articleId);
        composer.report(articleId, article);
    }

    private static long millis(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
