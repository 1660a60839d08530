package org.mojaz.chat;

import java.util.List;

/** Runs one slash command; {@code argument} is the text after the command, trimmed. */
@FunctionalInterface
public interface CommandHandler {
    List<Reply> run(Message message, String argument, String ui);
}
