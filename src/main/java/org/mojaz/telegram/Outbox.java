package org.mojaz.telegram;

import java.io.Serializable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.mojaz.chat.Button;
import org.mojaz.chat.Outgoing;
import org.mojaz.chat.Reply;
import org.mojaz.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Everything the bot sends, replies and unprompted messages alike, through one {@link SendLimiter}. A 429 pauses
 * the chat (or every send, when it is global) for {@code retry_after} and retries; a 403 throws
 * {@link Outgoing.ChatUnreachableException} (the caller marks the chat inactive); network and server (5xx) errors
 * back off and retry.
 */
final class Outbox implements Outgoing {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int MAX_TRIES = 6;
    private static final long FIRST_BACKOFF_MS = 500;

    private final TelegramClient client;
    private final SendLimiter limiter;
    private final AtomicInteger rateLimited = new AtomicInteger();

    Outbox(TelegramClient client, SendLimiter limiter) {
        this.client = client;
        this.limiter = limiter;
    }

    @Override
    public int send(long chatId, Reply reply) {
        return send(chatId, reply, null);
    }

    /** Sends a reply; returns the new message's id. */
    int send(long chatId, Reply reply, Integer replyTo) {
        SendMessage m = SendMessage.builder().chatId(chatId).text(reply.html()).parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyToMessageId(replyTo).replyMarkup(keyboard(reply.buttons())).build();
        Message sent = call(chatId, m, true);
        return sent.getMessageId();
    }

    /** Replaces the text and buttons of an earlier message. */
    @Override
    public void edit(long chatId, int messageId, Reply reply) {
        EditMessageText e = EditMessageText.builder().chatId(chatId).messageId(messageId).text(reply.html())
                .parseMode(ParseMode.HTML).linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .replyMarkup(keyboard(reply.buttons())).build();
        try {
            call(chatId, e, true);
        } catch (DeliveryException ex) {
            if (!String.valueOf(ex.getMessage()).contains("not modified")) {
                throw ex;
            }
        }
    }

    void typing(long chatId) {
        call(chatId, SendChatAction.builder().chatId(chatId).action("typing").build(), false);
    }

    void answer(long chatId, String callbackQueryId) {
        call(chatId, AnswerCallbackQuery.builder().callbackQueryId(callbackQueryId).build(), false);
    }

    /** Any other request, limited by the global bucket only. */
    <T extends Serializable> T request(BotApiMethod<T> method) {
        return call(0, method, false);
    }

    /** One try of a request, no retry: for the start-up check that the Bot API answers at all. */
    <T extends Serializable> T requestOnce(BotApiMethod<T> method) {
        try {
            return client.execute(method);
        } catch (TelegramApiRequestException e) {
            refused(0, false, method, e, MAX_TRIES);
            throw new IllegalStateException("unreachable");
        } catch (TelegramApiException e) {
            throw new DeliveryException(method.getMethod() + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** How many 429 answers were waited out, for tests and the bench. */
    int rateLimitedCount() {
        return rateLimited.get();
    }

    private <T extends Serializable> T call(long chatId, BotApiMethod<T> method, boolean message) {
        long backoff = FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            try {
                if (message) {
                    limiter.acquire(chatId);
                } else {
                    limiter.acquireGlobal();
                }
                return client.execute(method);
            } catch (TelegramApiRequestException e) {
                if (e.getErrorCode() != null && e.getErrorCode() >= 500 && attempt < MAX_TRIES) {
                    LOG.warn("chat {} {}: server error {}, retrying in {} ms", chatId, method.getMethod(),
                            e.getErrorCode(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                    continue;
                }
                refused(chatId, message, method, e, attempt);
            } catch (TelegramApiException e) {
                if (attempt >= MAX_TRIES) {
                    throw new DeliveryException(method.getMethod() + ": network failed " + attempt + " times", e);
                }
                LOG.warn("chat {} {}: network error ({}), retrying in {} ms", chatId, method.getMethod(),
                        e.getClass().getSimpleName(), backoff);
                sleep(backoff);
                backoff = Math.min(backoff * 2, 30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeliveryException(method.getMethod() + ": interrupted", e);
            }
        }
    }

    /**
     * Decides what a refusal means: a 429 pauses the chat's sends in the limiter (every send, for a request that is
     * not a chat message) and returns, so the retry waits there; anything else throws.
     */
    private void refused(long chatId, boolean message, BotApiMethod<?> method, TelegramApiRequestException e,
                         int attempt) {
        Integer code = e.getErrorCode();
        if (code != null && code == 429 && attempt < MAX_TRIES) {
            int seconds = e.getParameters() != null && e.getParameters().getRetryAfter() != null
                    ? e.getParameters().getRetryAfter() : 1;
            boolean global = limiter.rateLimited(message ? chatId : 0, TimeUnit.SECONDS.toNanos(Math.max(1, seconds)));
            rateLimited.incrementAndGet();
            LOG.warn("chat {} {}: 429, {} paused for {} s", chatId, method.getMethod(),
                    global ? "every send" : "this chat", seconds);
            return;
        }
        if (code != null && code == 401) {
            throw new ConfigException("Telegram refused the bot token (401): check TELEGRAM_BOT_TOKEN.");
        }
        if (code != null && code == 403 && chatId != 0) {
            LOG.info("chat {}: 403, the bot was blocked or removed", chatId);
            throw new ChatUnreachableException(chatId);
        }
        throw new DeliveryException(method.getMethod() + " refused: " + code + " " + e.getApiResponse(), e);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted while waiting to retry", e);
        }
    }

    private static InlineKeyboardMarkup keyboard(List<List<Button>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<InlineKeyboardRow> keyboard = rows.stream().map(row -> new InlineKeyboardRow(row.stream()
                .map(b -> InlineKeyboardButton.builder().text(b.label()).callbackData(b.data()).build()).toList()))
                .toList();
        return new InlineKeyboardMarkup(keyboard);
    }
}
