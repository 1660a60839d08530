package org.mojaz.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Message;
import org.mojaz.chat.Reply;
import org.mojaz.config.ConfigException;
import org.mojaz.config.Settings;
import org.mojaz.ingest.FetchException;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Inbox;
import org.mojaz.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The Telegram bot: long polling with our own executors, every update written to the {@link Inbox} before it is
 * acknowledged, handled in order per chat on a worker pool, replies sent through one rate-limited {@link Outbox}.
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramBot.class);
    /** An update that was started this often without finishing (it crashed the process?) is not tried again. */
    private static final int MAX_ATTEMPTS = 3;
    private static final String SORRY = "Sorry, something went wrong on my side. Please try again.\n"
            + "\u200Fعذرًا، حدث خطأ من جهتي. حاول مرة أخرى.";

    /**
     * How to reach Telegram.
     *
     * @param token              the bot token (never logged)
     * @param baseUrl            Bot API server, {@code https://api.telegram.org} or a self-hosted one or a fake
     * @param pollTimeoutSeconds long-polling timeout of getUpdates
     * @param workers            threads handling updates (different chats in parallel)
     * @param channelMode        {@code reply}, {@code discussion} or {@code off}
     */
    public record Options(String token, String baseUrl, int pollTimeoutSeconds, int workers, String channelMode) {
        @Override
        public String toString() {
            return "Options[baseUrl=" + baseUrl + ", pollTimeoutSeconds=" + pollTimeoutSeconds + ", workers=" + workers
                    + ", channelMode=" + channelMode + "]";
        }
    }

    private final Options options;
    private final Conversation conversation;
    private final Inbox inbox;
    private final ChatSettings chats;
    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Map<Long, CompletableFuture<Void>> chains = new ConcurrentHashMap<>();
    private final AtomicInteger handled = new AtomicInteger();
    private ScheduledExecutorService poller;
    private ExecutorService workers;
    private OkHttpClient http;
    private TelegramBotsLongPollingApplication app;
    private Outbox outbox;
    private Updates updates;
    private boolean limitsOff;
    private Duration placeholderAfter = Duration.ZERO;
    private ScheduledExecutorService timers;

    public TelegramBot(Options options, Store store, Conversation conversation) {
        this.options = options;
        this.conversation = conversation;
        this.inbox = new Inbox(store);
        this.chats = new ChatSettings(store);
    }

    /** The bot as configured; the token comes from TELEGRAM_BOT_TOKEN. */
    public static TelegramBot create(Settings settings, Store store, Conversation conversation) {
        String token = settings.secrets().telegramToken();
        if (token == null) {
            throw new ConfigException("TELEGRAM_BOT_TOKEN is not set: create a bot with @BotFather and export its token.");
        }
        Options options = new Options(token, settings.telegram().baseUrl(), 50,
                Math.max(4, Runtime.getRuntime().availableProcessors() * 2), settings.telegram().channelMode());
        return new TelegramBot(options, store, conversation).withPlaceholderAfter(settings.telegram().placeholderAfter());
    }

    /**
     * Sends the "reading…" placeholder only when the brief takes longer than this (a slow model); a faster brief
     * arrives as one message, which also halves what Telegram's send limits are spent on. Zero: always at once.
     */
    public TelegramBot withPlaceholderAfter(Duration delay) {
        this.placeholderAfter = delay;
        return this;
    }

    /** Registers the commands, resumes unfinished updates and starts polling. */
    public void start() {
        http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(options.pollTimeoutSeconds() + 25L)).build();
        TelegramUrl url = telegramUrl(options.baseUrl());
        OkHttpTelegramClient client = new OkHttpTelegramClient(mapper, http, options.token(), url);
        outbox = new Outbox(client, limitsOff ? SendLimiter.off() : new SendLimiter(System::nanoTime), chats);
        User me = outbox.request(new GetMe());
        updates = new Updates(me.getId(), me.getUserName(), options.channelMode(), this::download);
        workers = Executors.newFixedThreadPool(options.workers(), named("mojaz-telegram-worker"));
        poller = Executors.newSingleThreadScheduledExecutor(named("mojaz-telegram-poll"));
        timers = Executors.newScheduledThreadPool(2, named("mojaz-telegram-placeholder"));
        CommandMenu.register(outbox, conversation.commands());
        resume();
        try {
            app = new TelegramBotsLongPollingApplication(() -> mapper, () -> http, () -> poller);
            BotSession session = app.registerBot(options.token(), () -> url, this::getUpdates, new InboxConsumer());
            LOG.info("polling as @{} ({})", me.getUserName(), session.isRunning() ? "running" : "not running");
        } catch (TelegramApiException e) {
            throw new SendFailedException("cannot start long polling: " + e.getClass().getSimpleName(), e);
        }
    }

    /** Sends without Telegram's rate limits: only for the bench, to measure the pipeline itself. */
    TelegramBot withoutRateLimits() {
        limitsOff = true;
        return this;
    }

    /** Updates handled since start (done, failed or ignored), for tests and the bench. */
    public int handledCount() {
        return handled.get();
    }

    /** 429 answers waited out since start. */
    public int rateLimitedCount() {
        return outbox == null ? 0 : outbox.rateLimitedCount();
    }

    private GetUpdates getUpdates(Integer lastReceived) {
        return GetUpdates.builder().offset(lastReceived + 1).timeout(options.pollTimeoutSeconds()).limit(100)
                .allowedUpdates(List.of("message", "channel_post", "callback_query")).build();
    }

    /** Writes each update to the inbox before returning, which is before the next poll acknowledges it. */
    private final class InboxConsumer implements LongPollingUpdateConsumer {
        @Override
        public void consume(List<Update> batch) {
            for (Update u : batch) {
                if (record(u)) {
                    dispatch(u);
                } else {
                    LOG.debug("update {} seen before, ignored", u.getUpdateId());
                }
            }
        }
    }

    private boolean record(Update u) {
        long backoff = 200;
        while (true) {
            try {
                return inbox.offer(u.getUpdateId(), Updates.chatOf(u), mapper.writeValueAsString(u));
            } catch (JsonProcessingException e) {
                LOG.error("update {} cannot be serialised; skipped", u.getUpdateId());
                return false;
            } catch (RuntimeException e) {
                LOG.error("update {}: inbox write failed ({}), retrying", u.getUpdateId(), e.getClass().getSimpleName());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("stopped before update " + u.getUpdateId() + " was stored", ie);
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private void resume() {
        List<Inbox.Item> pending = inbox.unfinished();
        if (!pending.isEmpty()) {
            LOG.info("resuming {} unfinished updates", pending.size());
        }
        for (Inbox.Item item : pending) {
            if (item.attempts() >= MAX_ATTEMPTS) {
                LOG.warn("update {} given up after {} attempts", item.updateId(), item.attempts());
                inbox.markFailed(item.updateId(), "gave up after " + item.attempts() + " attempts");
                continue;
            }
            try {
                dispatch(mapper.readValue(item.payload(), Update.class));
            } catch (IOException e) {
                inbox.markFailed(item.updateId(), "unreadable payload");
            }
        }
    }

    /** Queues the update behind earlier ones of the same chat; a stopped bot leaves it pending for the next start. */
    private void dispatch(Update u) {
        long chatId = Updates.chatOf(u);
        try {
            CompletableFuture<Void> next = chains.compute(chatId, (id, tail) ->
                    (tail == null ? CompletableFuture.<Void>completedFuture(null) : tail)
                            .thenRunAsync(() -> handle(u), workers));
            next.whenComplete((ok, error) -> chains.remove(chatId, next));
        } catch (RejectedExecutionException e) {
            LOG.info("update {} left pending: the bot is stopping", u.getUpdateId());
        }
    }

    private void handle(Update u) {
        long started = System.nanoTime();
        long chatId = Updates.chatOf(u);
        inbox.attempt(u.getUpdateId());
        try {
            if (u.hasCallbackQuery()) {
                press(u.getCallbackQuery());
            } else {
                updates.message(u).ifPresent(m -> answer(u.getUpdateId(), m, replyTarget(u)));
            }
            inbox.markDone(u.getUpdateId());
        } catch (ChatGoneException e) {
            inbox.markDone(u.getUpdateId());
        } catch (SendFailedException e) {
            if (Thread.currentThread().isInterrupted() || workers.isShutdown()) {
                LOG.info("update {} left pending for the next start", u.getUpdateId());
                return;
            }
            LOG.warn("update {} chat {} failed: {}", u.getUpdateId(), chatId, e.getMessage());
            inbox.markFailed(u.getUpdateId(), e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            LOG.error("update {} chat {} failed: {}", u.getUpdateId(), chatId, e.getClass().getSimpleName(), e);
            inbox.markFailed(u.getUpdateId(), e.getClass().getSimpleName());
            apologise(chatId);
        } finally {
            handled.incrementAndGet();
            LOG.debug("update {} chat {} handled in {} ms", u.getUpdateId(), chatId,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private void apologise(long chatId) {
        if (chatId == 0) {
            return;
        }
        try {
            outbox.send(chatId, Reply.of(SORRY), null);
        } catch (RuntimeException e) {
            LOG.warn("chat {}: could not send the apology either ({})", chatId, e.getClass().getSimpleName());
        }
    }

    /** Which message the replies answer: the channel post, or in a group the message that addressed the bot. */
    private static Integer replyTarget(Update u) {
        if (u.hasChannelPost()) {
            return u.getChannelPost().getMessageId();
        }
        boolean group = u.hasMessage() && !"private".equals(u.getMessage().getChat().getType());
        return group ? u.getMessage().getMessageId() : null;
    }

    /** Typing and a placeholder at once when the work is slow, then the placeholder edited into the first reply. */
    private void answer(long updateId, Message m, Integer replyTo) {
        if (!chats.get(m.chatId()).active()) {
            chats.setActive(m.chatId(), true);
        }
        Optional<Reply> placeholder = conversation.placeholder(m);
        if ("channel".equals(m.chatKind()) && placeholder.isEmpty()) {
            return;
        }
        Pending pending = new Pending();
        if (placeholder.isPresent()) {
            outbox.typing(m.chatId());
            pending.id = inbox.placeholder(updateId).orElse(null);
            if (pending.id == null && placeholderAfter.isZero()) {
                sendPlaceholder(pending, updateId, m.chatId(), placeholder.get(), replyTo);
            } else if (pending.id == null) {
                pending.timer = timers.schedule(() -> sendPlaceholder(pending, updateId, m.chatId(),
                        placeholder.get(), replyTo), placeholderAfter.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
        List<Reply> replies = conversation.handle(m);
        Integer placeholderId = pending.finish();
        for (int i = 0; i < replies.size(); i++) {
            if (i == 0 && placeholderId != null) {
                editOrSend(m.chatId(), placeholderId, replies.get(0), replyTo);
            } else {
                outbox.send(m.chatId(), replies.get(i), replyTo);
            }
        }
    }

    /** The placeholder of one update: sent by the timer unless the brief was ready first. */
    private static final class Pending {
        Integer id;
        boolean finished;
        ScheduledFuture<?> timer;

        /** Stops the timer (waiting for a placeholder being sent right now) and gives the id to edit, if any. */
        Integer finish() {
            synchronized (this) {
                finished = true;
                if (timer != null) {
                    timer.cancel(false);
                }
                return id;
            }
        }
    }

    private void sendPlaceholder(Pending pending, long updateId, long chatId, Reply placeholder, Integer replyTo) {
        synchronized (pending) {
            if (pending.finished) {
                return;
            }
            try {
                pending.id = outbox.send(chatId, placeholder, replyTo);
                inbox.placeholderSent(updateId, pending.id);
            } catch (RuntimeException e) {
                LOG.info("chat {}: placeholder not sent ({})", chatId, e.getClass().getSimpleName());
            }
        }
    }

    /** Edits the placeholder; if Telegram will not (deleted, too old), sends the reply as a new message. */
    private void editOrSend(long chatId, int messageId, Reply reply, Integer replyTo) {
        try {
            outbox.edit(chatId, messageId, reply);
        } catch (SendFailedException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            LOG.info("chat {}: placeholder could not be edited, sending anew", chatId);
            outbox.send(chatId, reply, replyTo);
        }
    }

    private void press(CallbackQuery q) {
        long chatId = q.getMessage() == null ? 0 : q.getMessage().getChatId();
        outbox.answer(chatId, q.getId());
        if (q.getMessage() == null || q.getData() == null) {
            return;
        }
        List<Reply> replies = conversation.press(chatId, q.getFrom().getId(), q.getData());
        for (int i = 0; i < replies.size(); i++) {
            if (i == 0) {
                outbox.edit(chatId, q.getMessage().getMessageId(), replies.get(0));
            } else {
                outbox.send(chatId, replies.get(i), null);
            }
        }
    }

    /** Downloads a document from the Bot API server (never through a logged URL). */
    private byte[] download(String fileId, long maxBytes) {
        var file = outbox.request(new GetFile(fileId));
        if (file.getFileSize() != null && file.getFileSize() > maxBytes) {
            return new byte[(int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8)];
        }
        Request request = new Request.Builder().url(stripSlash(options.baseUrl()) + "/file/bot" + options.token() + "/"
                + file.getFilePath()).get().build();
        try (Response response = http.newCall(request).execute(); ResponseBody body = response.body()) {
            if (!response.isSuccessful() || body == null) {
                throw new FetchException(FetchException.Reason.HTTP_STATUS, "Telegram did not give me the file.");
            }
            try (InputStream in = body.byteStream()) {
                return in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
        } catch (IOException e) {
            throw new FetchException(FetchException.Reason.NETWORK, "I could not download the file; try again.", e);
        }
    }

    static TelegramUrl telegramUrl(String baseUrl) {
        URI uri = URI.create(stripSlash(baseUrl));
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new ConfigException("telegram.base-url must look like https://api.telegram.org, not " + baseUrl);
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return TelegramUrl.builder().schema(uri.getScheme()).host(uri.getHost()).port(port).testServer(false).build();
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Stops polling, lets running updates finish for a few seconds, and releases every thread and connection. */
    @Override
    public void close() {
        try {
            if (app != null) {
                app.close();
            }
        } catch (Exception e) {
            LOG.warn("stopping long polling: {}", e.getClass().getSimpleName());
        }
        shutdown(poller, 2);
        shutdown(workers, 10);
        shutdown(timers, 2);
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static void shutdown(ExecutorService executor, int seconds) {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(seconds, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
