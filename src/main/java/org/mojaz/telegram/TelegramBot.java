package org.mojaz.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.chat.Outgoing;
import org.mojaz.config.ConfigException;
import org.mojaz.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram bot: long polling on our own threads; every update handed to the {@link Dispatcher} (which stores it
 * before the next poll acknowledges it, and runs it in order per chat through {@link Answers}); everything sent
 * through one rate-limited {@link Outbox}, which is also the bot's {@link Outgoing} port.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    private static final long FIRST_CONNECT_RETRY_MS = 1_000;
    private static final long MAX_CONNECT_RETRY_MS = 60_000;

    /**
     * How to reach Telegram.
     *
     * @param token              the bot token (never logged)
     * @param baseUrl            Bot API server, {@code https://api.telegram.org} or a self-hosted one or a fake
     * @param pollTimeoutSeconds long-polling timeout of getUpdates
     * @param channelMode        {@code reply}, {@code discussion} or {@code off}
     */
    public record Options(String token, String baseUrl, int pollTimeoutSeconds, String channelMode) {
        @Override
        public String toString() {
            return "Options[baseUrl=" + baseUrl + ", pollTimeoutSeconds=" + pollTimeoutSeconds + ", channelMode="
                    + channelMode + "]";
        }
    }

    private final Options options;
    private final Conversation conversation;
    private final Dispatcher dispatcher;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final CountDownLatch closed = new CountDownLatch(1);
    private ScheduledExecutorService poller;
    private OkHttpClient http;
    private TelegramBotsLongPollingApplication app;
    private Outbox outbox;
    private Placeholders placeholders;
    private boolean limitsOff;
    private Duration placeholderAfter = Duration.ZERO;

    /** @param dispatcher runs the updates; the bot starts it and closes it with itself */
    public TelegramBot(Options options, Conversation conversation, Dispatcher dispatcher) {
        this.options = options;
        this.conversation = conversation;
        this.dispatcher = dispatcher;
    }

    /** The bot as configured; the token comes from TELEGRAM_BOT_TOKEN. */
    public static TelegramBot create(Settings settings, Conversation conversation, Dispatcher dispatcher) {
        String token = settings.secrets().telegramToken();
        if (token == null) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and export its token.");
        }
        Options options = new Options(token, settings.telegram().baseUrl(), 50, settings.telegram().channelMode());
        return new TelegramBot(options, conversation, dispatcher)
                .withPlaceholderAfter(settings.telegram().placeholderAfter());
    }

    /**
     * Sends the "reading…" placeholder only when the brief takes longer than this (a slow model); a faster brief
     * arrives as one message, which also halves what Telegram's send limits are spent on. Zero: always at once.
     */
    public TelegramBot withPlaceholderAfter(Duration delay) {
        this.placeholderAfter = delay;
        return this;
    }

    /** Sends without Telegram's rate limits (429 pauses still hold): only for the bench against a simulated server. */
    public TelegramBot withoutRateLimits() {
        limitsOff = true;
        return this;
    }

    /**
     * Connects (waiting as long as it takes for the Bot API to answer), registers the commands, resumes unfinished
     * updates and starts polling.
     */
    public void start() {
        http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(options.pollTimeoutSeconds() + 25L)).build();
        TelegramUrl url = telegramUrl(options.baseUrl());
        OkHttpTelegramClient client = new OkHttpTelegramClient(mapper, http, options.token(), url);
        outbox = new Outbox(client, limitsOff ? SendLimiter.off() : new SendLimiter(System::nanoTime));
        User me = connect();
        Updates updates = new Updates(me.getId(), me.getUserName(), options.channelMode(),
                new Downloads(outbox, http, options.baseUrl(), options.token()), conversation::articleOf);
        placeholders = new Placeholders(outbox, placeholderAfter);
        poller = Executors.newSingleThreadScheduledExecutor(Threads.named("mojaz-telegram-poll"));
        CommandMenu.register(outbox, conversation.commands());
        dispatcher.start(new Answers(mapper, updates, outbox, placeholders, conversation), outbox);
        try {
            app = new TelegramBotsLongPollingApplication(() -> mapper, () -> http, () -> poller);
            BotSession session = app.registerBot(options.token(), () -> url, this::getUpdates, this::consume);
            LOG.info("polling as @{} ({})", me.getUserName(), session.isRunning() ? "running" : "not running");
        } catch (TelegramApiException e) {
            throw new Outgoing.DeliveryException("cannot start long polling: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Asks the Bot API who we are until it answers: a bot started before its network or server keeps trying. */
    private User connect() {
        String host = URI.create(options.baseUrl()).getHost();
        long delay = FIRST_CONNECT_RETRY_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                return outbox.requestOnce(new GetMe());
            } catch (Outgoing.DeliveryException e) {
                LOG.warn("Bot API at {} did not answer (try {}: {}); trying again in {} s", host, attempt,
                        e.getCause() == null ? e.getMessage() : e.getCause().getClass().getSimpleName(), delay / 1000);
                try {
                    if (closed.await(delay, TimeUnit.MILLISECONDS)) {
                        throw new IllegalStateException("the bot was stopped before the Bot API answered");
                    }
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted before the Bot API answered", ie);
                }
                delay = Math.min(delay * 2, MAX_CONNECT_RETRY_MS);
            }
        }
    }

    /** Where the bot sends unprompted messages (briefings, late answers), through the same limiter; after start. */
    public Outgoing outgoing() {
        if (outbox == null) {
            throw new IllegalStateException("the bot is not started");
        }
        return outbox;
    }

    /**
     * Whether the user is the creator or an administrator of the chat (getChatMember), for the commands that change
     * a group's settings. False when Telegram cannot say (the bot was removed, the network is down).
     */
    public boolean isAdmin(long chatId, long userId) {
        if (outbox == null) {
            return false;
        }
        try {
            ChatMember member = outbox.request(GetChatMember.builder().chatId(chatId).userId(userId).build());
            String status = member.getStatus();
            return "creator".equals(status) || "administrator".equals(status);
        } catch (RuntimeException e) {
            LOG.info("chat {}: getChatMember failed ({}); treated as not an admin", chatId,
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /** 429 answers waited out since start. */
    public int rateLimitedCount() {
        return outbox == null ? 0 : outbox.rateLimitedCount();
    }

    private GetUpdates getUpdates(Integer lastReceived) {
        return GetUpdates.builder().offset(lastReceived + 1).timeout(options.pollTimeoutSeconds()).limit(100)
                .allowedUpdates(List.of("message", "channel_post", "callback_query")).build();
    }

    /** Hands each update to the dispatcher, which stores it before returning: before the next poll acknowledges it. */
    private void consume(List<Update> batch) {
        for (Update u : batch) {
            try {
                dispatcher.offer(new Dispatcher.WorkItem(u.getUpdateId(), Updates.chatOf(u), mapper.writeValueAsString(u)));
            } catch (JsonProcessingException e) {
                LOG.error("update {} cannot be serialised; skipped", u.getUpdateId());
            }
        }
    }

    static TelegramUrl telegramUrl(String baseUrl) {
        URI uri = URI.create(baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new ConfigException("telegram.base-url must look like https://api.telegram.org, not " + baseUrl);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return TelegramUrl.builder().schema(uri.getScheme()).host(uri.getHost()).port(port).testServer(false).build();
    }

    /** Stops polling, lets running updates finish for a few seconds, and releases every thread and connection. */
    @Override
    public void close() {
        closed.countDown();
        try {
            if (app != null) {
                app.close();
            }
        } catch (Exception e) {
            LOG.warn("stopping long polling: {}", e.getClass().getSimpleName());
        }
        Threads.shutdown(poller, 2);
        dispatcher.close();
        if (placeholders != null) {
            placeholders.close();
        }
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
