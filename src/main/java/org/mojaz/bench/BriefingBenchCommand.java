package org.mojaz.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.mojaz.briefing.Composer;
import org.mojaz.briefing.Delivery;
import org.mojaz.briefing.Scheduler;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.chat.Policy;
import org.mojaz.core.Article;
import org.mojaz.ingest.Ingestor;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Feeds;
import org.mojaz.store.Store;
import org.mojaz.store.Subscriptions;
import org.mojaz.summary.Summarizer;
import org.mojaz.telegram.TelegramBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz bench briefing}: every subscribed chat due at the same minute, delivered through the real Telegram
 * transport (its limiter, 429 handling) to a local Bot API that enforces 30 messages a second with 429s. Prints the
 * sustained rate, the 429s, duplicates, missing briefings and the peak heap. Nothing leaves 127.0.0.1.
 */
@Command(name = "briefing", mixinStandardHelpOptions = true,
        description = "Daily briefings to many chats at once through the Telegram transport and a Bot API that"
                + " enforces 30 messages/s; prints rate, 429s, duplicates, missing and peak heap.")
public final class BriefingBenchCommand implements Callable<Integer> {
    private static final String[] STORIES = {
        "Port of Tangier adds a new container terminal\n\nThe port authority of Tangier opened a new container terminal"
            + " on Monday that adds capacity for 2 million containers a year. The terminal employs 1,200 people and"
            + " links the port to rail lines heading south, the authority said in a statement.",
        "Algiers metro extension reaches the airport\n\nThe Algiers metro reached the city's airport on Tuesday after"
            + " four years of work. The 9-kilometre extension has six stations and is expected to carry 90,000"
            + " passengers a day, the transport ministry said, with trains every four minutes at peak hours.",
        "Tunisia olive oil exports rise by a third\n\nTunisia exported 210,000 tonnes of olive oil in the first half of"
            + " the season, a third more than a year earlier, the agriculture ministry said on Wednesday. Spain and"
            + " Italy remain the largest buyers while exports to Canada and Japan doubled.",
        "Riyadh book fair draws record crowds\n\nThe Riyadh International Book Fair closed on Thursday after ten days"
            + " with a record 1.1 million visitors, the organisers said. More than 1,800 publishers from 30 countries"
            + " took part and translated Arabic novels sold best, according to the fair's figures.",
        "Beirut opens a new public library\n\nBeirut opened a public library in a restored Ottoman building on Friday."
            + " The library holds 60,000 books in Arabic, French and English and will stay open until ten at night,"
            + " the municipality said, adding that membership is free for students and teachers.",
    };

    private final Supplier<Ingestor> ingestor;
    private final Supplier<Summarizer> summarizer;

    @Option(names = "--chats", defaultValue = "10000", description = "Subscribed chats (default: ${DEFAULT-VALUE}).")
    int chats = 10_000;

    @Option(names = "--senders", defaultValue = "4", description = "Briefings sent at once (default: ${DEFAULT-VALUE}).")
    int senders = 4;

    @Option(names = "--limit", defaultValue = "30",
            description = "Messages/s the simulated Bot API accepts before answering 429 (default: ${DEFAULT-VALUE}).")
    int limit = 30;

    @Option(names = "--strict", description = "The Bot API counts sliding one-second windows instead of token"
            + " buckets (no burst at all).")
    boolean strict;

    /** Where the figures go (a test reads them). */
    PrintStream out = System.out;

    public BriefingBenchCommand(Supplier<Ingestor> ingestor, Supplier<Summarizer> summarizer) {
        this.ingestor = ingestor;
        this.summarizer = summarizer;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("mojaz-bench-briefing");
        Path db = dir.resolve("bench.db");
        LocalTime due = LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        long setup = System.nanoTime();
        prepare(db, due);
        out.printf(Locale.ROOT, "setup: %d chats subscribed for %s UTC, following one feed of %d stories (%.1f s)%n",
                chats, due, STORIES.length, (System.nanoTime() - setup) / 1e9);
        Clock clock = Clock.systemUTC();
        HeapPeak heap = new HeapPeak();
        try (Store store = Store.open(db, clock); ThrottledBotApi api = new ThrottledBotApi(limit, strict)) {
            Conversation conversation = new Conversation(ingestor.get(), summarizer.get(), store,
                    new Policy(List.of(), 5, 1000, 100_000, 5 * 1024 * 1024, 280), clock);
            Dispatcher dispatcher = new Dispatcher(store, Dispatcher.Options.defaults());
            try (TelegramBot bot = new TelegramBot(new TelegramBot.Options(ThrottledBotApi.TOKEN, api.baseUrl(), 1,
                    "off"), conversation, dispatcher)) {
                bot.start();
                Subscriptions subscriptions = new Subscriptions(store);
                Composer composer = new Composer(store, summarizer.get(), clock, 5);
                Delivery delivery = new Delivery(subscriptions, new ChatSettings(store), composer, bot.outgoing(), clock,
                        4, Duration.ofMinutes(1));
                heap.start();
                long started = System.nanoTime();
                Map<Delivery.Outcome, Integer> outcomes;
                try (Scheduler scheduler = new Scheduler(subscriptions, delivery, clock, Duration.ofHours(2),
                        Duration.ofMinutes(2), Duration.ofSeconds(20), senders)) {
                    outcomes = scheduler.tick();
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                heap.stop();
                report(api, subscriptions, outcomes, seconds, heap.peakMb());
            }
        }
        return 0;
    }

    private void prepare(Path db, LocalTime due) {
        Clock past = Clock.offset(Clock.systemUTC(), Duration.ofHours(-1));
        try (Store store = Store.open(db, past)) {
            Feeds feeds = new Feeds(store);
            long feed = feeds.feed("http://127.0.0.1/bench/feed.xml", "Bench desk");
            Ingestor in = ingestor.get();
            for (int i = 0; i < STORIES.length; i++) {
                Article a = in.fromText(STORIES[i], "http://127.0.0.1/bench/story-" + i);
                long item = feeds.newItem(feed, "story-" + i, "http://127.0.0.1/bench/story-" + i, a.title(), null)
                        .orElseThrow();
                feeds.linkArticle(item, store.saveSharedArticle(a));
            }
            Subscriptions subscriptions = new Subscriptions(store);
            for (long chat = 1; chat <= chats; chat++) {
                subscriptions.subscribe(chat, due, ZoneOffset.UTC);
                feeds.follow(chat, feed);
            }
        }
    }

    private void report(ThrottledBotApi api, Subscriptions subscriptions, Map<Delivery.Outcome, Integer> outcomes,
                        double seconds, long peakMb) {
        int duplicates = 0;
        int missing = 0;
        for (long chat = 1; chat <= chats; chat++) {
            AtomicInteger got = api.accepted().get(chat);
            int n = got == null ? 0 : got.get();
            missing += n == 0 ? 1 : 0;
            duplicates += Math.max(0, n - 1);
        }
        double rate = api.acceptedTotal() / Math.max(1e-9, api.acceptedSpanSeconds());
        out.printf(Locale.ROOT, "delivered: %d briefings (%d messages) in %.1f s; outcomes %s%n",
                subscriptions.count("sent"), api.acceptedTotal(), seconds, outcomes);
        out.printf(Locale.ROOT, "sustained rate: %.1f messages/s (Bot API limit %d/s, %s)%n", rate, limit,
                strict ? "sliding windows" : "token buckets");
        out.printf(Locale.ROOT, "429s received: %d%n", api.tooMany());
        out.printf(Locale.ROOT, "duplicates: %d%n", duplicates);
        out.printf(Locale.ROOT, "missing: %d%n", missing);
        out.printf(Locale.ROOT, "peak heap: %d MB%n", peakMb);
    }

    /** Samples the used heap every 100 ms. */
    private static final class HeapPeak {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private volatile boolean running;
        private Thread thread;

        void start() {
            running = true;
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-heap");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }

        long peakMb() {
            return peak.get() / (1024 * 1024);
        }
    }
}
