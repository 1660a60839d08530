package org.mojaz.chat;

import java.util.List;

/**
 * Handles one kind of incoming message (a question, a link, a document...) once the {@link Conversation} has
 * decided what it is; {@code ui} is the chat's interface language ({@code ar} or {@code en}).
 */
@FunctionalInterface
public interface MessageHandler {
    List<Reply> handle(Message message, String ui);
}
