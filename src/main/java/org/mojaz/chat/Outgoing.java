package org.mojaz.chat;

/**
 * Messages a chat did not ask for just now: a daily briefing, a late answer, a notice after retries ran out.
 * Implemented by each transport (Telegram through its limiter, 429 and 403 handling; the terminal prints).
 */
public interface Outgoing {

    /**
     * Sends a message to a chat; returns the transport's id of the new message (0 when it has none).
     *
     * @throws ChatUnreachableException when the chat blocked or removed the bot (never retry)
     * @throws DeliveryException        when sending failed after the transport's own retries (may retry later)
     */
    int send(long chatId, Reply reply);

    /** Replaces the text and buttons of a message sent earlier; same exceptions as {@link #send}. */
    void edit(long chatId, int messageId, Reply reply);

    /** The chat blocked, left or removed the bot: stop sending to it. */
    final class ChatUnreachableException extends RuntimeException {
        private final long chatId;

        public ChatUnreachableException(long chatId) {
            super("chat " + chatId + " cannot be reached");
            this.chatId = chatId;
        }

        public long chatId() {
            return chatId;
        }
    }

    /** Sending failed for now (network, server errors, retries used up); the message may be tried again later. */
    final class DeliveryException extends RuntimeException {
        public DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
