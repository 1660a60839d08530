package org.mojaz.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.chat.Policy;
import org.mojaz.ingest.Ingestor;
import org.mojaz.store.Store;
import org.mojaz.summary.Summarizer;
import org.mojaz.telegram.TelegramBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz bench bot}: N simulated users talk to the real bot (long polling, inbox, limiter, conversation,
 * summarizer) through a local simulated Bot API; prints throughput and update→reply latency percentiles.
 * Each user sends its next message when the previous one is answered; odd messages are links to a local news site
 * (real fetch, extraction and summary), even ones are /help. A warm-up round with other chats runs first, so the
 * JIT and the models are warm as in a running bot. With {@code --soak}, the real {@code mojaz bot} runs in its own
 * JVM instead, against the same simulated servers and a simulated model, with faults injected and {@code kill -9}.
 */
@Command(name = "bot", mixinStandardHelpOptions = true,
        description = "Drive simulated chats through a local Bot API; print throughput and p50/p99 update→reply.")
public final class BotBenchCommand implements Callable<Integer> {
    private final Supplier<Ingestor> ingestor;
    private final Supplier<Summarizer> summarizer;
    private final String botMainClass;

    @Option(names = "--chats", defaultValue = "50", description = "Simulated chats (default: ${DEFAULT-VALUE}).")
    int chats;

    @Option(names = "--messages", defaultValue = "4", description = "Messages per chat (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--workers", defaultValue = "8",
            description = "Bot worker threads of the throughput run; a soak's bot has its default"
                    + " (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--think-ms", defaultValue = "0",
            description = "Mean pause of each user between a reply and their next message (uniform 0.5-1.5x; users"
                    + " also start at random moments within it); 0 = all at once, no pause (default: ${DEFAULT-VALUE}).")
    long thinkMs;

    @Option(names = "--placeholder-after-ms", defaultValue = "1000",
            description = "Placeholder only for briefs slower than this, as telegram.placeholder-after (default: ${DEFAULT-VALUE}).")
    long placeholderAfterMs;

    java.io.PrintStream out = System.out;

    @Option(names = "--no-rate-limits", description = "Send as fast as possible (measures the pipeline, not Telegram's limits).")
    boolean noRateLimits;

    @Option(names = "--soak", paramLabel = "MINUTES", defaultValue = "0",
            description = "Instead of the throughput run: a soak of this many minutes with injected faults, the real"
                    + " bot in its own JVM (its default workers and limits, the LLM chain at a simulated model), killed"
                    + " and restarted; prints updates sent, replies, duplicates, losses, stalls, kills and the bot's peak"
                    + " heap; exit 1 on any loss or duplicate.")
    double soakMinutes;

    @Option(names = "--faults", defaultValue = "0.02",
            description = "In a soak: the chance of each kind of fault per request (Bot API: 429, 502, cut connection;"
                    + " news site: slow, huge, closed page; model: stalled answer, 503) (default: ${DEFAULT-VALUE}).")
    double faultRate;

    @Option(names = "--kills", defaultValue = "3",
            description = "In a soak: times the bot's JVM is killed with kill -9 at a random moment and restarted on"
                    + " the same database (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--bot-heap", defaultValue = "512m",
            description = "In a soak: -Xmx of the bot's own JVM (default: ${DEFAULT-VALUE}).")
    String botHeap;

    /** The model's whole-call timeout in a soak: a stalled answer falls back to the extractive brief after it. */
    static final String MODEL_TIMEOUT = "2s";
    private static final Duration BOT_START_LIMIT = Duration.ofMinutes(2);

    /**
     * @param botMainClass the class whose {@code main} runs {@code mojaz bot} (the soak starts it in its own JVM on
     *                     this JVM's class path)
     */
    public BotBenchCommand(Supplier<Ingestor> ingestor, Supplier<Summarizer> summarizer, String botMainClass) {
        this.ingestor = ingestor;
        this.summarizer = summarizer;
        this.botMainClass = botMainClass;
    }

    @Override
    public Integer call() throws Exception {
        return soakMinutes > 0 ? soak() : throughput();
    }

    private Integer soak() throws Exception {
        Path dir = Files.createTempDirectory("mojaz-bench-soak");
        AtomicReference<Soak> soak = new AtomicReference<>();
        Duration length = Duration.ofMillis((long) (soakMinutes * 60_000));
        try (SimulatedNewsSite site = new SimulatedNewsSite();
             SimulatedModel model = new SimulatedModel();
             SimulatedBotApi api = new SimulatedBotApi((chat, text) -> soak.get().sent(chat, text))) {
            soak.set(new Soak(api, site, thinkMs == 0 ? 500 : thinkMs));
            BotChild bot = new BotChild(dir, botMainClass, botHeap, botSettings(dir, api, model));
            try (bot) {
                bot.start();
                if (!api.awaitPollAfter(0, BOT_START_LIMIT)) {
                    out.println("bot soak: the bot did not start; its log ends with:");
                    bot.tail(20).forEach(out::println);
                    return 2;
                }
                api.injectFaults(faultRate);
                site.injectFaults(faultRate);
                model.injectFaults(faultRate);
                Thread killer = new Thread(() -> killAtRandom(bot, api, length), "soak-kill-9");
                killer.setDaemon(true);
                killer.start();
                soak.get().run(chats, length, Duration.ofMinutes(3));
                killer.interrupt();
                killer.join();
            }
            soak.get().report(out, soakMinutes, chats, faultRate, model, bot, botHeap);
            out.println("bot logs and GC logs: " + dir);
        }
        return soak.get().lost() == 0 && soak.get().duplicates() == 0 ? 0 : 1;
    }

    /**
     * The real {@code mojaz bot} as an operator would run it, pointed at the simulated servers: the LLM chain
     * (openai-compatible, whole-call timeout {@value #MODEL_TIMEOUT}, extractive fallback), a SQLite file in
     * {@code dir}, fetching allowed from 127.0.0.1 only, and caps raised so that no chat runs out of links or calls.
     */
    private Map<String, String> botSettings(Path dir, SimulatedBotApi api, SimulatedModel model) {
        Map<String, String> env = new HashMap<>();
        env.put("TELEGRAM_BOT_TOKEN", SimulatedBotApi.TOKEN);
        env.put("MOJAZ_TELEGRAM_BASE_URL", api.baseUrl());
        env.put("MOJAZ_TELEGRAM_LINKS_PER_MINUTE", "1000");
        env.put("MOJAZ_TELEGRAM_PLACEHOLDER_AFTER", placeholderAfterMs + "ms");
        env.put("MOJAZ_DATABASE_PATH", dir.resolve("bench.db").toString());
        env.put("MOJAZ_FETCH_ALLOWED_NETWORKS", "127.0.0.1/32");
        env.put("MOJAZ_LLM_PROVIDER", "openai-compatible");
        env.put("MOJAZ_LLM_BASE_URL", model.baseUrl());
        env.put("MOJAZ_LLM_MODEL", "bench-model");
        env.put("MOJAZ_LLM_TIMEOUT", MODEL_TIMEOUT);
        env.put("MOJAZ_LLM_DAILY_CALLS_PER_CHAT", "1000000");
        env.put("MOJAZ_LLM_DAILY_CALLS_GLOBAL", "100000000");
        return env;
    }

    /**
     * Kills the bot {@code kills} times, each at a random moment within its share of the run, once the bot is up
     * (polling) again after the previous kill; restarts it at once on the same database.
     */
    private void killAtRandom(BotChild bot, SimulatedBotApi api, Duration length) {
        long start = System.nanoTime();
        try {
            for (int i = 0; i < kills; i++) {
                double at = (i + 0.2 + 0.6 * ThreadLocalRandom.current().nextDouble()) / kills;
                long wait = start + (long) (length.toNanos() * at) - System.nanoTime();
                TimeUnit.NANOSECONDS.sleep(Math.max(0, wait));
                int polls = api.polls();
                bot.kill();
                bot.start();
                if (!api.awaitPollAfter(polls, BOT_START_LIMIT)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Integer throughput() throws Exception {
        Path dir = Files.createTempDirectory("mojaz-bench-bot");
        Ingestor in = ingestor.get();
        Run warm = new Run(chats, 2, 1_000_000, 0);
        Run measured = new Run(chats, messages, 0, thinkMs);
        AtomicReference<Run> current = new AtomicReference<>(warm);
        try (Store store = Store.open(dir.resolve("bench.db"));
             SimulatedNewsSite site = new SimulatedNewsSite();
             SimulatedBotApi api = new SimulatedBotApi((chat, text) -> current.get().sent(chat, text))) {
            for (Run r : List.of(warm, measured)) {
                r.api = api;
                r.site = site;
            }
            Conversation conversation = new Conversation(in, summarizer.get(), store,
                    new Policy(List.of(), 5, 1000, 100_000, 5 * 1024 * 1024, 280), Clock.systemUTC());
            Dispatcher dispatcher = new Dispatcher(store, Dispatcher.Options.defaults().withWorkers(workers));
            try (TelegramBot bot = new TelegramBot(new TelegramBot.Options(SimulatedBotApi.TOKEN, api.baseUrl(), 1,
                    "off"), conversation, dispatcher).withPlaceholderAfter(Duration.ofMillis(placeholderAfterMs))) {
                if (noRateLimits) {
                    bot.withoutRateLimits();
                }
                bot.start();
                warmUp(in, summarizer.get(), site);
                warm.begin();
                warm.done.await(10, TimeUnit.MINUTES);
                current.set(measured);
                Thread.sleep(2_000); // lets the global send bucket refill after the warm-up round
                long started = System.nanoTime();
                measured.begin();
                boolean finished = measured.done.await(10, TimeUnit.MINUTES);
                report(measured, System.nanoTime() - started, finished);
            }
        }
        return 0;
    }

    /** Loads the language, sentence and tagging models once, as a running bot already has. */
    private static void warmUp(Ingestor in, Summarizer summarizer, SimulatedNewsSite site) {
        for (long n = 0; n < 2; n++) {
            summarizer.summarize(in.fromUrl(site.url(1_000_000 + n)));
        }
    }

    private void report(Run run, long elapsedNanos, boolean finished) {
        List<Long> l = new ArrayList<>(run.latencies);
        Collections.sort(l);
        double seconds = elapsedNanos / 1e9;
        out.printf(Locale.ROOT, "bot bench: %d chats x %d messages, think %d ms, %d workers, summarizer %s, rate limits %s,"
                + " placeholder after %d ms%n", chats, messages, thinkMs, workers,
                summarizer.get().getClass().getSimpleName(), noRateLimits ? "off" : "on", placeholderAfterMs);
        out.printf(Locale.ROOT, "updates answered: %d of %d in %.2f s%s%n", l.size(), chats * messages, seconds,
                finished ? "" : " (timed out)");
        out.printf(Locale.ROOT, "throughput: %.1f updates/s%n", l.size() / seconds);
        List<Long> f = new ArrayList<>(run.firstReplies);
        Collections.sort(f);
        out.printf(Locale.ROOT, "update->first message (placeholder or reply) ms: p50 %d, p90 %d, p99 %d%n",
                pct(f, 50), pct(f, 90), pct(f, 99));
        out.printf(Locale.ROOT, "update->final reply ms: p50 %d, p90 %d, p99 %d, max %d%n", pct(l, 50), pct(l, 90),
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
        final Map<Long, Long> firstPending = new ConcurrentHashMap<>();
        final List<Long> firstReplies = Collections.synchronizedList(new ArrayList<>());
        final Map<Long, Integer> sentCount = new ConcurrentHashMap<>();
        final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch done;
        SimulatedBotApi api;
        SimulatedNewsSite site;
        final AtomicInteger pages = new AtomicInteger();

        final long firstChat;

        /** Chats {@code firstChat + 1 .. firstChat + chats}; a warm-up run uses other ids than the measured one. */
        final long thinkMs;
        final java.util.concurrent.ScheduledExecutorService thinking =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

        Run(int chats, int perChat, long firstChat, long thinkMs) {
            this.firstChat = firstChat;
            this.thinkMs = thinkMs;
            this.chats = chats;
            this.perChat = perChat;
            this.done = new CountDownLatch(chats);
        }

        /** With a think time, users start at random moments within it, as real users do; without, all at once. */
        void begin() {
            java.util.Random random = new java.util.Random(42);
            for (long chat = firstChat + 1; chat <= firstChat + chats; chat++) {
                long c = chat;
                if (thinkMs == 0) {
                    next(c);
                } else {
                    thinking.schedule(() -> next(c), (long) (random.nextDouble() * thinkMs), TimeUnit.MILLISECONDS);
                }
            }
        }

        /** Think time of one pause: uniform between half and one and a half times the mean. */
        private long think() {
            return (long) (thinkMs * (0.5 + ThreadLocalRandom.current().nextDouble()));
        }

        void next(long chat) {
            int n = sentCount.merge(chat, 1, Integer::sum);
            if (n > perChat) {
                done.countDown();
                if (done.getCount() == 0) {
                    thinking.shutdown();
                }
                return;
            }
            long now = System.nanoTime();
            sentAt.put(chat, now);
            firstPending.put(chat, now);
            api.userSays(chat, n % 2 == 1 ? site.url(pages.incrementAndGet()) : "/help");
        }

        void sent(long chat, String text) {
            Long first = firstPending.remove(chat);
            if (first != null) {
                firstReplies.add(System.nanoTime() - first);
            }
            if (text.startsWith("⏳")) {
                return;
            }
            Long at = sentAt.remove(chat);
            if (at != null) {
                latencies.add(System.nanoTime() - at);
                if (thinkMs == 0) {
                    next(chat);
                } else {
                    thinking.schedule(() -> next(chat), think(), TimeUnit.MILLISECONDS);
                }
            }
        }
    }
}
