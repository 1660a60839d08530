package org.mojaz.chat;

import java.util.List;

/**
 * Access and abuse limits of a conversation.
 *
 * @param allowedUsers       user ids allowed to use the bot; empty means everyone
 * @param maxLinksPerMessage links briefed per message; the rest are named as skipped
 * @param linksPerMinute     new links per chat per minute
 * @param maxTextChars       longest text accepted
 * @param maxFileBytes       largest document accepted
 * @param minTextChars       shortest plain text briefed; shorter plain messages are questions
 */
public record Policy(List<Long> allowedUsers, int maxLinksPerMessage, int linksPerMinute, int maxTextChars,
                     long maxFileBytes, int minTextChars) {
    /** Pasted text shorter than this is taken as a question, not an article. */
    public static final int DEFAULT_MIN_TEXT_CHARS = 280;

    public Policy {
        allowedUsers = List.copyOf(allowedUsers);
    }

    /** The terminal: one trusted user, no allow-list. */
    public Policy forConsole() {
        return new Policy(List.of(), maxLinksPerMessage, Math.max(linksPerMinute, 60), maxTextChars, maxFileBytes,
                minTextChars);
    }

    public boolean allows(long userId) {
        return allowedUsers.isEmpty() || allowedUsers.contains(userId);
    }
}
