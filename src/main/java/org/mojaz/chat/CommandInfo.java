package org.mojaz.chat;

/**
 * A command as transports advertise it (Telegram's {@code setMyCommands}, per language).
 *
 * @param name    without the slash, lower case
 * @param english the English description
 * @param arabic  the Arabic description
 */
public record CommandInfo(String name, String english, String arabic) {

    public String description(String ui) {
        return "ar".equals(ui) ? arabic : english;
    }
}
