package org.mojaz.chat;

/**
 * One incoming message, as any transport hands it to the {@link Conversation}.
 *
 * @param chatId           the chat (a Telegram chat id, or the terminal's fixed id)
 * @param userId           who sent it (0 when unknown, e.g. a channel post)
 * @param chatKind         {@code private}, {@code group}, {@code supergroup}, {@code channel} or {@code console}
 * @param userLanguage     the sender's language code from the client ({@code ar}, {@code en-US} ...), or null
 * @param text             the text or caption, never null (may be empty for a bare document)
 * @param forwarded        true for a forwarded post
 * @param replyToArticleId the article of the earlier bot message this one replies to, or null
 * @param attachment       a document sent with the message, or null
 */
public record Message(long chatId, long userId, String chatKind, String userLanguage, String text,
                      boolean forwarded, Long replyToArticleId, Attachment attachment) {

    public Message {
        text = text == null ? "" : text;
        chatKind = chatKind == null ? "private" : chatKind;
    }

    /** A plain text message in a private chat. */
    public static Message text(long chatId, long userId, String text) {
        return new Message(chatId, userId, "private", null, text, false, null, null);
    }

    public Message withAttachment(Attachment document) {
        return new Message(chatId, userId, chatKind, userLanguage, text, forwarded, replyToArticleId, document);
    }

    public Message forwardedPost() {
        return new Message(chatId, userId, chatKind, userLanguage, text, true, replyToArticleId, attachment);
    }

    public Message inReplyTo(long articleId) {
        return new Message(chatId, userId, chatKind, userLanguage, text, forwarded, articleId, attachment);
    }

    public Message withUserLanguage(String languageCode) {
        return new Message(chatId, userId, chatKind, languageCode, text, forwarded, replyToArticleId, attachment);
    }

    /** True for a slash command ({@code /help}, {@code /lang@MojazBot ar}). */
    public boolean isCommand() {
        return text.startsWith("/") && text.length() > 1 && Character.isLetter(text.charAt(1));
    }
}
