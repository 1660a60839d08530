package org.mojaz.briefing;

import java.util.List;
import org.mojaz.chat.Reply;

/**
 * One chat's briefing, ready to send.
 *
 * @param messages the messages, in order, each under Telegram's length limit (the header is in the first)
 * @param items    how many stories it lists (0: the one-line "nothing new" message)
 */
public record Briefing(List<Reply> messages, int items) {
    public Briefing {
        messages = List.copyOf(messages);
    }
}
