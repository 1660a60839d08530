package org.mojaz.briefing;

/**
 * Whether a member of a group may change the group's briefing. Telegram answers with getChatMember (creator or
 * administrator); the terminal has one user, who always may.
 */
@FunctionalInterface
public interface AdminCheck {
    boolean isAdmin(long chatId, long userId);
}
