package org.mojaz.chat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The slash commands, in the order they were added: finds the one a message names and runs it; an unknown one gets
 * the help text. The briefing and Q&A features add theirs through {@link Conversation#addCommand}.
 */
final class CommandRegistry implements MessageHandler {
    private final Map<String, CommandHandler> handlers = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, CommandInfo> infos = Collections.synchronizedMap(new LinkedHashMap<>());
    private final int maxLinksPerMessage;

    CommandRegistry(int maxLinksPerMessage) {
        this.maxLinksPerMessage = maxLinksPerMessage;
    }

    void add(CommandInfo info, CommandHandler handler) {
        infos.put(info.name(), info);
        handlers.put(info.name(), handler);
    }

    List<CommandInfo> all() {
        synchronized (infos) {
            return List.copyOf(infos.values());
        }
    }

    @Override
    public List<Reply> handle(Message m, String ui) {
        String text = m.text().strip();
        int space = text.indexOf(' ');
        String head = space < 0 ? text.substring(1) : text.substring(1, space);
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        int at = head.indexOf('@');
        String name = (at < 0 ? head : head.substring(0, at)).toLowerCase(Locale.ROOT);
        CommandHandler handler = handlers.get(name);
        if (handler == null) {
            List<Reply> replies = new ArrayList<>(Replies.one(Say.UNKNOWN_COMMAND.in(ui, name)));
            replies.addAll(help(ui));
            return replies;
        }
        return handler.run(m, argument, ui);
    }

    List<Reply> help(String ui) {
        StringBuilder out = new StringBuilder(Html.bold(Html.escape(Say.HELP_TITLE.in(ui))));
        out.append("\n").append(Html.escape(Say.HELP_BODY.in(ui, maxLinksPerMessage))).append("\n");
        for (CommandInfo c : all()) {
            out.append("\n/").append(c.name()).append(" — ").append(Html.either(c.description(ui)));
        }
        return List.of(Reply.of(out.toString()));
    }
}
