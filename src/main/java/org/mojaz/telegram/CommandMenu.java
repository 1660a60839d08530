package org.mojaz.telegram;

import java.util.ArrayList;
import java.util.List;
import org.mojaz.chat.CommandInfo;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/** Registers the command menu with Telegram: English as the default, and Arabic and English by language. */
final class CommandMenu {
    private CommandMenu() {
    }

    static void register(Outbox outbox, List<CommandInfo> commands) {
        outbox.request(SetMyCommands.builder().commands(menu(commands, "en")).build());
        outbox.request(SetMyCommands.builder().commands(menu(commands, "en")).languageCode("en").build());
        outbox.request(SetMyCommands.builder().commands(menu(commands, "ar")).languageCode("ar").build());
    }

    private static List<BotCommand> menu(List<CommandInfo> commands, String language) {
        List<BotCommand> out = new ArrayList<>();
        for (CommandInfo c : commands) {
            out.add(new BotCommand(c.name(), c.description(language)));
        }
        return out;
    }
}
