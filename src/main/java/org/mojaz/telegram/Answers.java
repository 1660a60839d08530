package org.mojaz.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.chat.Message;
import org.mojaz.chat.Outgoing;
import org.mojaz.chat.Reply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Runs one stored update for the dispatcher: a message goes to the {@link Conversation} and its replies go back
 * (in reply to the message in groups and channels, the first one edited into the placeholder); a button press
 * edits the message it was under. Each message sent or edited is reported to the conversation, which remembers the
 * parts of a brief with their article, so a reply to any part is a question about it.
 */
final class Answers implements Dispatcher.Work {
    private static final Logger LOG = LoggerFactory.getLogger(Answers.class);

    private final ObjectMapper mapper;
    private final Updates updates;
    private final Outbox outbox;
    private final Placeholders placeholders;
    private final Conversation conversation;

    Answers(ObjectMapper mapper, Updates updates, Outbox outbox, Placeholders placeholders, Conversation conversation) {
        this.mapper = mapper;
        this.updates = updates;
        this.outbox = outbox;
        this.placeholders = placeholders;
        this.conversation = conversation;
    }

    @Override
    public void run(Dispatcher.WorkItem item, Dispatcher.Progress progress) {
        Update u;
        try {
            u = mapper.readValue(item.payload(), Update.class);
        } catch (IOException e) {
            throw new UncheckedIOException("update " + item.id() + " cannot be read back", e);
        }
        if (u.hasCallbackQuery()) {
            press(u.getCallbackQuery());
        } else {
            updates.message(u).ifPresent(m -> answer(m, replyTarget(u), progress));
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

    private void answer(Message m, Integer replyTo, Dispatcher.Progress progress) {
        Optional<Reply> placeholder = conversation.placeholder(m);
        if ("channel".equals(m.chatKind()) && placeholder.isEmpty()) {
            return;
        }
        Placeholders.Pending pending = placeholder.map(p -> placeholders.begin(m.chatId(), p, replyTo, progress))
                .orElse(null);
        List<Reply> replies;
        try {
            replies = conversation.handle(m);
        } finally {
            if (pending != null) {
                pending.finish();
            }
        }
        Integer placeholderId = pending == null ? null : pending.finish();
        for (int i = 0; i < replies.size(); i++) {
            Reply reply = replies.get(i);
            int sent = i == 0 && placeholderId != null ? editOrSend(m.chatId(), placeholderId, reply, replyTo)
                    : outbox.send(m.chatId(), reply, replyTo);
            remember(m.chatId(), sent, reply);
        }
    }

    /**
     * Edits the placeholder; if Telegram will not (deleted, too old), sends the reply as a new message. Returns the
     * id of the message that now shows the reply.
     */
    private int editOrSend(long chatId, int messageId, Reply reply, Integer replyTo) {
        try {
            outbox.edit(chatId, messageId, reply);
            return messageId;
        } catch (Outgoing.DeliveryException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            LOG.info("chat {}: placeholder could not be edited, sending anew", chatId);
            return outbox.send(chatId, reply, replyTo);
        }
    }

    /**
     * Tells the conversation which message shows which reply (a part of a brief is remembered with its article). A
     * failure here loses only that link: the message is out, and failing the update would send it again.
     */
    private void remember(long chatId, int messageId, Reply reply) {
        try {
            conversation.sent(chatId, messageId, reply);
        } catch (RuntimeException e) {
            LOG.warn("chat {} message {}: not remembered as part of a brief ({})", chatId, messageId,
                    e.getClass().getSimpleName());
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
            Reply reply = replies.get(i);
            int sent;
            if (i == 0) {
                sent = q.getMessage().getMessageId();
                outbox.edit(chatId, sent, reply);
            } else {
                sent = outbox.send(chatId, reply, null);
            }
            remember(chatId, sent, reply);
        }
    }
}
