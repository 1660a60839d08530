package org.mojaz.telegram;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Policy;
import org.mojaz.ingest.Ingestor;
import org.mojaz.store.Store;
import org.mojaz.summary.Summarizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz bench bot}: N simulated users talk to the real bot (long polling, inbox, limiter, conversation,
 * summarizer) through a local simulated Bot API; prints throughput and update→reply latency percentiles.
 * Each user sends its next message when the previous one is answered; odd messages are links to a local news site
 * (real fetch, extraction and summary), even ones are /help.
 */
@Command(name = "bot", mixinStandardHelpOptions = true,
        description = "Drive simulated chats through a local Bot API; print throughput and p50/p99 update→reply.")
public final class BotBenchCommand implements Callable<Integer> {
    private final Supplier<Ingestor> ingestor;
    private final Supplier<Summarizer> summarizer;

    @Option(names = "--chats", defaultValue = "50", description = "Simulated chats (default: ${DEFAULT-VALUE}).")
    int chats;

    @Option(names = "--messages", defaultValue = "4", description = "Messages per chat (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--workers", defaultValue = "8", description = "Bot worker threads (default: ${DEFAULT-VALUE}).")
    int workers;

    java.io.PrintStream out = System.out;

    @Option(names = "--no-rate-limits", description = "Send as fast as possible (measures the pipeline, not Telegram's limits).")
    boolean noRateLimits;

    public BotBenchCommand(Supplier<Ingestor> ingestor, Supplier<Summarizer> summarizer) {
        this.ingestor = ingestor;
        this.summarizer = summarizer;
    }

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("mojaz-bench-bot");
        Ingestor in = ingestor.get();
        Run run = new Run(chats, messages);
        try (Store store = Store.open(dir.resolve("bench.db"));
             SimulatedNewsSite site = new SimulatedNewsSite();
             SimulatedBotApi api = new SimulatedBotApi(run::sent)) {
            run.api = api;
            run.site = site;
            Conversation conversation = new Conversation(in, summarizer.get(), store,
                    new Policy(List.of(), 5, 1000, 100_000, 5 * 1024 * 1024, 280), Clock.systemUTC());
            try (TelegramBot bot = new TelegramBot(new TelegramBot.Options(SimulatedBotApi.TOKEN, api.baseUrl(), 1,
                    workers, "off"), store, conversation)) {
                if (noRateLimits) {
                    bot.withoutRateLimits();
                }
                bot.start();
                long started = System.nanoTime();
                run.begin();
                boolean finished = run.done.await(10, TimeUnit.MINUTES);
                report(run, System.nanoTime() - started, finished);
            }
        }
        return 0;
    }

    private void report(Run run, long elapsedNanos, boolean finished) {
        List<Long> l = new ArrayList<>(run.latencies);
        Collections.sort(l);
        double seconds = elapsedNanos / 1e9;
        out.printf(Locale.ROOT, "bot bench: %d chats x %d messages, %d workers, summarizer %s, rate limits %s%n",
                chats, messages, workers, summarizer.get().getClass().getSimpleName(), noRateLimits ? "off" : "on");
        out.printf(Locale.ROOT, "updates answered: %d of %d in %.2f s%s%n", l.size(), chats * messages, seconds,
                finished ? "" : " (timed out)");
        out.printf(Locale.ROOT, "throughput: %.1f updates/s%n", l.size() / seconds);
        out.printf(Locale.ROOT, "update->reply ms: p50 %d, p90 %d, p99 %d, max %d%n", pct(l, 50), pct(l, 90),
                pct(l, 99), l.isEmpty() ? 0 : l.get(l.size() - 1) / 1_000_000);
    }

    private static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, i)) / 1_000_000;
    }

    /** The closed loop: each chat's next message goes when the previous one got its final reply. */
    private static final class Run {
        final int chats;
        final int perChat;
        final Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        final Map<Long, Integer> sentCount = new ConcurrentHashMap<>();
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch done;
        SimulatedBotApi api;
        SimulatedNewsSite site;
        final AtomicInteger pages = new AtomicInteger();

        Run(int chats, int perChat) {
            this.chats = chats;
            this.perChat = perChat;
            this.done = new CountDownLatch(chats);
        }

        void begin() {
            for (long chat = 1; chat <= chats; chat++) {
                next(chat);
            }
        }

        void next(long chat) {
            int n = sentCount.merge(chat, 1, Integer::sum);
            if (n > perChat) {
                done.countDown();
                return;
            }
            sentAt.put(chat, System.nanoTime());
            api.userSays(chat, n % 2 == 1 ? site.url(pages.incrementAndGet()) : "/help");
        }

        void sent(long chat, String text) {
            if (text.startsWith("⏳")) {
                return;
            }
            Long at = sentAt.remove(chat);
            if (at != null) {
                latencies.add(System.nanoTime() - at);
                next(chat);
            }
        }
    }
}
