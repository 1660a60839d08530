package org.mojaz;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.mojaz.briefing.AdminCheck;
import org.mojaz.briefing.BriefingCommands;
import org.mojaz.briefing.Composer;
import org.mojaz.briefing.Delivery;
import org.mojaz.briefing.FeedPoller;
import org.mojaz.briefing.Scheduler;
import org.mojaz.chat.Briefer;
import org.mojaz.chat.Outgoing;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Subscriptions;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.chat.Policy;
import org.mojaz.config.Settings;
import org.mojaz.core.Service;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.ingest.ArticleExtractor;
import org.mojaz.ingest.FeedReader;
import org.mojaz.ingest.FetchSettings;
import org.mojaz.ingest.IngestLimits;
import org.mojaz.ingest.Ingestor;
import org.mojaz.ingest.PageDecoder;
import org.mojaz.ingest.SafeFetcher;
import org.mojaz.ingest.SystemHostResolver;
import org.mojaz.llm.CircuitBreaker;
import org.mojaz.llm.DailyBudget;
import org.mojaz.llm.LlmChat;
import org.mojaz.llm.LlmModels;
import org.mojaz.llm.LlmOptions;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.qa.QaOptions;
import org.mojaz.qa.QuestionAnswerer;
import org.mojaz.qa.QuestionAnswering;
import org.mojaz.qa.QuestionHandler;
import org.mojaz.store.LlmCallLog;
import org.mojaz.store.Store;
import org.mojaz.summary.CachingSummarizer;
import org.mojaz.summary.ExtractiveSummarizer;
import org.mojaz.summary.FallbackSummarizer;
import org.mojaz.summary.LlmSummarizer;
import org.mojaz.summary.SalienceCondenser;
import org.mojaz.summary.Summarizer;
import org.mojaz.summary.SummaryLength;
import org.mojaz.telegram.TelegramBot;
import org.mojaz.text.LanguageDetector;
import org.mojaz.text.SentenceSplitter;
import org.mojaz.text.Tokenizer;

/**
 * The objects one run of Mojaz needs, built by hand from the settings, each once: the one place that reads
 * {@link Settings} and turns it into the small option records of each feature. Everything that calls the model
 * shares one {@link LlmChat}, one {@link CircuitBreaker} and one {@link DailyBudget}. Close it to stop the background
 * services and release files and sockets.
 */
public final class App implements AutoCloseable {
    private final Settings settings;
    private final Clock clock;
    private final SafeFetcher fetcher;
    private final Ingestor ingestor;
    private final EntityExtractor entities;
    private final ExtractiveSummarizer extractive;
    private final CircuitBreaker breaker;
    private final Optional<LlmChat> llm;
    private final Services services = new Services();
    private Store store;
    private LlmCallLog calls;
    private DailyBudget budget;
    private PromptTemplates prompts;
    private Summarizer summarizer;
    private Briefer briefer;
    private SafeFetcher feedFetcher;
    private Composer composer;
    private FeedPoller feedPoller;
    private Scheduler briefingScheduler;
    private QuestionAnswerer questions;
    private Thread shutdownHook;
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
        Settings.Llm l = settings.llm();
        this.breaker = new CircuitBreaker(l.breakerFailures(), l.breakerCooldown(), clock);
        this.llm = LlmModels.chat(llmOptions(l), settings.secrets().llmApiKey(), breaker);
    }

    public static App build(Settings settings) {
        return new App(settings, Clock.systemUTC());
    }

    /** With another clock (tests move a fake one by hand). */
    static App build(Settings settings, Clock clock) {
        return new App(settings, clock);
    }

    static FetchSettings fetchSettings(Settings.Fetch f) {
        return new FetchSettings(f.connectTimeout(), f.readTimeout(), f.callTimeout(), f.maxBodyBytes(),
                f.maxRedirects(), f.userAgent(), f.allowPrivateAddresses(), f.allowedNetworks(),
                FetchSettings.DEFAULT_CONTENT_TYPES);
    }

    static LlmOptions llmOptions(Settings.Llm l) {
        return new LlmOptions(l.provider(), l.model(), l.baseUrl(), l.timeout(), l.temperature(), l.maxOutputTokens());
    }

    static Policy policy(Settings s) {
        return new Policy(s.telegram().allowedUsers(), s.telegram().maxLinksPerMessage(),
                s.telegram().linksPerMinute(), s.input().maxTextChars(), s.input().maxFileBytes(),
                Policy.DEFAULT_MIN_TEXT_CHARS);
    }

    public Settings settings() {
        return settings;
    }

    public Ingestor ingestor() {
        return ingestor;
    }

    /** An Ingestor that may also fetch from 127.0.0.1, for benchmarks against a local simulated site. */
    public Ingestor loopbackIngestor() {
        return ingestor(new SafeFetcher(fetchSettings(settings.fetch()).withAllowedNetworks(List.of("127.0.0.1/32")),
                new SystemHostResolver(settings.fetch().connectTimeout())));
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

    /** The one configured chat model, empty when {@code llm.provider=none}; its breaker is {@link #breaker()}. */
    public Optional<LlmChat> llm() {
        return llm;
    }

    /** The circuit breaker of {@link #llm()}: a model that keeps failing is paused for every user of it. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    /** Every model call with its outcome and tokens, counted for the daily budget. */
    public synchronized LlmCallLog calls() {
        if (calls == null) {
            calls = new LlmCallLog(store(), clock);
        }
        return calls;
    }

    /** The daily model-call caps, one budget for summaries, answers and briefing overviews alike. */
    public synchronized DailyBudget budget() {
        if (budget == null) {
            LlmCallLog log = calls();
            budget = new DailyBudget(settings.llm().dailyCallsPerChat(), settings.llm().dailyCallsGlobal(),
                    log::callsToday, log::callsToday);
        }
        return budget;
    }

    /** The prompt templates from {@code prompts.dir}, each falling back to the packaged default. */
    public synchronized PromptTemplates prompts() {
        if (prompts == null) {
            prompts = PromptTemplates.load(settings.promptsDir());
        }
        return prompts;
    }

    /**
     * The extractive engine alone when no model is configured, else
     * {@code FallbackSummarizer(CachingSummarizer(LlmSummarizer), extractive)}.
     */
    public synchronized Summarizer summarizer() {
        if (summarizer == null) {
            summarizer = llm.<Summarizer>map(chat -> new FallbackSummarizer(new CachingSummarizer(
                    new LlmSummarizer(chat, prompts(), new SummaryLength(settings.summary().words(),
                            settings.summary().moreSentences()), settings.llm().inputTokenBudget(),
                            new SalienceCondenser(extractive)),
                    store(), calls(), budget()), extractive)).orElse(extractive);
        }
        return summarizer;
    }

    /** Save and summarize: the one pipeline the conversation and {@code mojaz summarize} share. */
    public synchronized Briefer briefer() {
        if (briefer == null) {
            briefer = new Briefer(summarizer(), store());
        }
        return briefer;
    }

    /** The conversation core shared by the terminal and Telegram, with the policy of each. */
    public Conversation conversation(boolean console) {
        Policy policy = policy(settings);
        Conversation conversation = new Conversation(ingestor::fromUrl, ingestor, briefer(), store(),
                console ? policy.forConsole() : policy, clock);
        wireQuestions(conversation);
        if (console) {
            addBriefingCommands(conversation, (chat, user) -> true, true);
        }
        return conversation;
    }

    // ---- questions about the chat's articles (issue 10) --------------------------------------------------------

    /**
     * Question answering over the store: indexes the passages of every saved article (and, on first use, of those
     * stored before), answering with the shared model, breaker and budget when one is configured.
     */
    public synchronized QuestionAnswerer questions() {
        if (questions == null) {
            Settings.Qa q = settings.qa();
            questions = QuestionAnswering.build(new QaOptions(q.window(), q.memoryTurns(), q.minCoverage()), store(),
                    entities, llm.map(chat -> new QuestionAnswering.Model(chat, prompts(), calls(), budget())), clock);
        }
        return questions;
    }

    /** Short messages, replies to a brief and {@code /ask} go to question answering. */
    private void wireQuestions(Conversation conversation) {
        QuestionHandler handler = new QuestionHandler(questions());
        conversation.onQuestion(handler);
        conversation.addCommand(QuestionHandler.ASK, handler.command());
    }

    // ---- daily briefings ---------------------------------------------------------------------------------------

    /** Writes briefings from the digest cache; one per App so its memo of digests is shared. */
    public synchronized Composer composer() {
        if (composer == null) {
            composer = new Composer(store(), summarizer(), clock, settings.briefings().topN());
            llm.ifPresent(chat -> composer.withOverview(chat, prompts(), budget(), calls()));
        }
        return composer;
    }

    /** Reads feeds through a fetcher of its own that also accepts feed media types (pages never do). */
    public synchronized FeedReader feedReader() {
        if (feedFetcher == null) {
            feedFetcher = new SafeFetcher(fetchSettings(settings.fetch()).withContentTypes(
                    FetchSettings.FEED_CONTENT_TYPES), new SystemHostResolver(settings.fetch().connectTimeout()));
        }
        return new FeedReader(feedFetcher);
    }

    /** Reads followed feeds every {@code feeds.poll-interval} once started as a service. */
    public synchronized FeedPoller feedPoller() {
        if (feedPoller == null) {
            feedPoller = new FeedPoller(store(), feedReader(), ingestor::fromUrl, t -> ingestor.fromText(t[0], t[1]),
                    composer(), settings.briefings().feedPollInterval());
        }
        return feedPoller;
    }

    /** Sends due briefings through {@code out} once started as a service. */
    public Scheduler scheduler(Outgoing out) {
        Settings.Briefings b = settings.briefings();
        Subscriptions subscriptions = new Subscriptions(store());
        Delivery delivery = new Delivery(subscriptions, new ChatSettings(store()), composer(), out, clock,
                b.maxAttempts(), b.retryBackoff());
        return new Scheduler(subscriptions, delivery, clock, b.grace(), b.claimLease(), b.tick(), b.senders());
    }

    /**
     * Adds /subscribe /unsubscribe /briefing /settings /follow /unfollow /feeds to the conversation.
     *
     * @param admins         who may change a group's briefing
     * @param pollOnBriefing read the followed feeds when /briefing is asked (the terminal, which runs no poller)
     */
    public void addBriefingCommands(Conversation conversation, AdminCheck admins, boolean pollOnBriefing) {
        Settings.Briefings b = settings.briefings();
        new BriefingCommands(store(), composer(), feedReader(), feedPoller(), entities, admins, clock,
                new BriefingCommands.Options(settings.briefingTime(), settings.defaultZone(), b.maxFeedsPerChat(),
                        b.maxEntitiesPerChat(), pollOnBriefing)).register(conversation);
    }

    /** The Telegram bot, polling once started. Needs TELEGRAM_BOT_TOKEN. */
    public TelegramBot telegramBot() {
        Conversation conversation = conversation(false);
        TelegramBot bot = TelegramBot.create(settings, conversation, new Dispatcher(store(), Dispatcher.Options.defaults()));
        addBriefingCommands(conversation, bot::isAdmin, false);
        addService(feedPoller());
        briefingScheduler = scheduler(new StartedBot(bot));
        addService(briefingScheduler);
        return bot;
    }

    /** The scheduler {@link #telegramBot()} added as a service, or null before (tests tick it by hand). */
    synchronized Scheduler briefingScheduler() {
        return briefingScheduler;
    }

    /**
     * The bot's Outgoing once it has started: services start just before the bot connects, so an early tick's
     * briefing fails as a transient error and is retried after the back-off.
     */
    private record StartedBot(TelegramBot bot) implements Outgoing {
        @Override
        public int send(long chatId, org.mojaz.chat.Reply reply) {
            return started().send(chatId, reply);
        }

        @Override
        public void edit(long chatId, int messageId, org.mojaz.chat.Reply reply) {
            started().edit(chatId, messageId, reply);
        }

        private Outgoing started() {
            try {
                return bot.outgoing();
            } catch (IllegalStateException notYet) {
                throw new DeliveryException("the bot has not started yet", notYet);
            }
        }
    }

    /** Adds a background service of {@code mojaz bot} (the briefing scheduler, the feed poller). */
    public void addService(Service service) {
        services.add(service);
    }

    /**
     * Starts the background services; they stop when the App closes or, for {@code mojaz bot} stopped with Ctrl+C,
     * when the JVM shuts down.
     */
    public synchronized void startServices() {
        services.start();
        if (shutdownHook == null) {
            shutdownHook = new Thread(services::close, "mojaz-services-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** Background services started and not yet closed. */
    public int runningServices() {
        return services.running();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        services.close();
        if (shutdownHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: the services are closed either way
            }
        }
        fetcher.close();
        if (feedFetcher != null) {
            feedFetcher.close();
        }
        if (store != null) {
            store.close();
        }
    }
}
