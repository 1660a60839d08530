package org.mojaz.telegram;

/** Telegram answered 403: the bot was blocked or removed, so the chat is marked inactive and left alone. */
final class ChatGoneException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ChatGoneException(long chatId) {
        super("chat " + chatId + " is gone (403)");
    }
}
