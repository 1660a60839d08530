package org.mojaz.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.mojaz.chat.Attachment;
import org.mojaz.chat.BriefView;
import org.mojaz.chat.Message;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Turns Telegram updates into {@link Message}s, and decides which ones are for the bot: everything in a private
 * chat; in groups only commands, mentions and replies to the bot; channel posts as the channel mode says.
 */
final class Updates {
    /** Reads a document's bytes given its file id. */
    interface Files {
        byte[] download(String fileId, long maxBytes);
    }

    /** The article a message of the bot showed as part of a brief, by chat and message id. */
    interface BriefLookup {
        Optional<Long> article(long chatId, int messageId);
    }

    private final long botId;
    private final String botUsername;
    private final String channelMode;
    private final Files files;
    private final BriefLookup briefs;

    Updates(long botId, String botUsername, String channelMode, Files files, BriefLookup briefs) {
        this.botId = botId;
        this.botUsername = botUsername == null ? "" : botUsername.toLowerCase(Locale.ROOT);
        this.channelMode = channelMode;
        this.files = files;
        this.briefs = briefs;
    }

    /** The chat an update belongs to, 0 when it has none. */
    static long chatOf(Update u) {
        if (u.hasMessage()) {
            return u.getMessage().getChatId();
        }
        if (u.hasChannelPost()) {
            return u.getChannelPost().getChatId();
        }
        if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null) {
            return u.getCallbackQuery().getMessage().getChatId();
        }
        return 0;
    }

    /** The message for the conversation, or empty when the bot should stay silent. */
    Optional<Message> message(Update u) {
        if (u.hasChannelPost()) {
            return "reply".equals(channelMode) ? Optional.of(translate(u.getChannelPost(), textOf(u.getChannelPost())))
                    : Optional.empty();
        }
        if (!u.hasMessage()) {
            return Optional.empty();
        }
        var m = u.getMessage();
        String type = m.getChat().getType();
        if ("private".equals(type)) {
            return Optional.of(translate(m, textOf(m)));
        }
        if (Boolean.TRUE.equals(m.getIsAutomaticForward())) {
            return "discussion".equals(channelMode) ? Optional.of(translate(m, textOf(m))) : Optional.empty();
        }
        return addressed(m).map(text -> translate(m, text));
    }

    /** In a group: the text meant for the bot (mention removed), or empty for chatter. */
    private Optional<String> addressed(org.telegram.telegrambots.meta.api.objects.message.Message m) {
        String text = textOf(m);
        String lower = text.toLowerCase(Locale.ROOT);
        if (text.startsWith("/")) {
            String head = lower.split("\\s", 2)[0];
            boolean forOther = head.contains("@") && !head.endsWith("@" + botUsername);
            return forOther ? Optional.empty() : Optional.of(text);
        }
        String mention = "@" + botUsername;
        if (!botUsername.isEmpty() && lower.contains(mention)) {
            int at = lower.indexOf(mention);
            return Optional.of((text.substring(0, at) + text.substring(at + mention.length())).strip());
        }
        var replied = m.getReplyToMessage();
        if (replied != null && replied.getFrom() != null && replied.getFrom().getId() == botId) {
            return Optional.of(text);
        }
        return Optional.empty();
    }

    private Message translate(org.telegram.telegrambots.meta.api.objects.message.Message m, String text) {
        User from = m.getFrom();
        long userId = from == null ? 0 : from.getId();
        String language = from == null ? null : from.getLanguageCode();
        Message out = new Message(m.getChatId(), userId, m.getChat().getType(), language, text,
                m.getForwardOrigin() != null, replyArticle(m).orElse(null), attachment(m.getDocument()));
        return out;
    }

    private static String textOf(org.telegram.telegrambots.meta.api.objects.message.Message m) {
        if (m.getText() != null) {
            return m.getText();
        }
        return m.getCaption() == null ? "" : m.getCaption();
    }

    private Attachment attachment(Document d) {
        if (d == null) {
            return null;
        }
        long size = d.getFileSize() == null ? -1 : d.getFileSize();
        String fileId = d.getFileId();
        return new Attachment(d.getFileName(), d.getMimeType(), size, max -> files.download(fileId, max));
    }

    /**
     * The article of the bot's brief this message replies to: any part of it, looked up by this chat and the
     * replied message's id; for a brief sent before those were remembered, read from the part with the buttons.
     */
    private Optional<Long> replyArticle(org.telegram.telegrambots.meta.api.objects.message.Message m) {
        var replied = m.getReplyToMessage();
        if (replied == null) {
            return Optional.empty();
        }
        Optional<Long> remembered = replied.getMessageId() == null ? Optional.empty()
                : briefs.article(m.getChatId(), replied.getMessageId());
        return remembered.isPresent() ? remembered : fromButtons(replied);
    }

    private static Optional<Long> fromButtons(org.telegram.telegrambots.meta.api.objects.message.Message replied) {
        if (replied.getReplyMarkup() == null) {
            return Optional.empty();
        }
        InlineKeyboardMarkup markup = replied.getReplyMarkup();
        List<InlineKeyboardRow> rows = markup.getKeyboard() == null ? List.of() : markup.getKeyboard();
        for (InlineKeyboardRow row : rows) {
            for (InlineKeyboardButton b : row) {
                Optional<BriefView> view = BriefView.parse(b.getCallbackData());
                if (view.isPresent()) {
                    return Optional.of(view.get().articleId());
                }
            }
        }
        return Optional.empty();
    }
}
