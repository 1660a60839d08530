package org.mojaz;

import java.time.Clock;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.chat.Policy;
import org.mojaz.config.Settings;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.ingest.ArticleExtractor;
import org.mojaz.ingest.FetchSettings;
import org.mojaz.ingest.IngestLimits;
import org.mojaz.ingest.Ingestor;
import org.mojaz.ingest.PageDecoder;
import org.mojaz.ingest.SafeFetcher;
import org.mojaz.ingest.SystemHostResolver;
import org.mojaz.store.Store;
import org.mojaz.summary.ExtractiveSummarizer;
import org.mojaz.summary.SalienceCondenser;
import org.mojaz.summary.Summarizer;
import org.mojaz.summary.SummarizerChain;
import org.mojaz.telegram.TelegramBot;
import org.mojaz.text.SentenceSplitter;
import org.mojaz.text.Tokenizer;
import org.mojaz.text.LanguageDetector;

/** The objects one run of Mojaz needs, built by hand from the settings. Close it to release files and sockets. */
public final class App implements AutoCloseable {
    private final Settings settings;
    private final Clock clock;
    private final SafeFetcher fetcher;
    private final Ingestor ingestor;
    private final EntityExtractor entities;
    private final ExtractiveSummarizer extractive;
    private Store store;
    private Summarizer summarizer;
    private boolean closed;

    private App(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.fetcher = new SafeFetcher(fetchSettings(settings.fetch()),
                new SystemHostResolver(settings.fetch().connectTimeout()));
        this.ingestor = ingestor(fetcher);
        this.entities = new EntityExtractor();
        ExtractiveSummarizer.Options o = ExtractiveSummarizer.Options.defaults();
        this.extractive = new ExtractiveSummarizer(entities, new ExtractiveSummarizer.Options(
                settings.summary().words(), settings.summary().moreSentences(), o.keyPointWordBudget(), o.threshold(),
                o.backwardWeight(), o.positionWeight(), o.positionDecay(), o.redundancy()),
                new SentenceSplitter(), new Tokenizer());
    }

    static FetchSettings fetchSettings(Settings.Fetch f) {
        return new FetchSettings(f.connectTimeout(), f.readTimeout(), f.callTimeout(), f.maxBodyBytes(),
                f.maxRedirects(), f.userAgent(), f.allowPrivateAddresses(), f.allowedNetworks(),
                FetchSettings.DEFAULT_CONTENT_TYPES);
    }

    public static App build(Settings settings) {
        return new App(settings, Clock.systemUTC());
    }

    public Settings settings() {
        return settings;
    }

    public Ingestor ingestor() {
        return ingestor;
    }

    /** An Ingestor that may also fetch from 127.0.0.1, for benchmarks against a local simulated site. */
    public Ingestor loopbackIngestor() {
        return ingestor(new SafeFetcher(fetchSettings(settings.fetch()).withAllowedNetworks(
                java.util.List.of("127.0.0.1/32")), new SystemHostResolver(settings.fetch().connectTimeout())));
    }

    private Ingestor ingestor(SafeFetcher through) {
        return new Ingestor(through, new PageDecoder(), new ArticleExtractor(), new LanguageDetector(),
                new IngestLimits(settings.input().maxFileBytes(), settings.input().maxTextChars(),
                        settings.extractMinWords()), clock);
    }

    public EntityExtractor entities() {
        return entities;
    }

    /** The store, opened on first use so commands that do not need it never create the file. */
    public synchronized Store store() {
        if (store == null) {
            store = Store.open(settings.databasePath(), clock);
        }
        return store;
    }

    /** The extractive engine on its own (benchmarks, and the fallback of the LLM chain). */
    public ExtractiveSummarizer extractive() {
        return extractive;
    }

    /** The extractive engine, alone or behind the LLM chain when a provider is configured. */
    public synchronized Summarizer summarizer() {
        if (summarizer == null) {
            summarizer = SummarizerChain.build(settings, store(), extractive, new SalienceCondenser(extractive), clock);
        }
        return summarizer;
    }

    /** The conversation core shared by the terminal and Telegram, with the policy of each. */
    public Conversation conversation(boolean console) {
        Policy policy = Policy.from(settings);
        return new Conversation(ingestor, summarizer(), store(), console ? policy.forConsole() : policy, clock);
    }

    /** The Telegram bot, polling once started. Needs TELEGRAM_BOT_TOKEN. */
    public TelegramBot telegramBot() {
        return TelegramBot.create(settings, conversation(false), new Dispatcher(store(), Dispatcher.Options.defaults()));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        fetcher.close();
        if (store != null) {
            store.close();
        }
    }
}
