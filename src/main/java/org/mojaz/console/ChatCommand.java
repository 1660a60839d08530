package org.mojaz.console;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.mojaz.chat.Conversation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code mojaz chat}: talk to Mojaz in the terminal, the same conversation as on Telegram. */
@Command(name = "chat", mixinStandardHelpOptions = true,
        description = "Chat with Mojaz in the terminal: links, pasted text, :file PATH, /commands, !N presses a button.")
public final class ChatCommand implements Callable<Integer> {
    private final Supplier<Conversation> factory;
    private final Supplier<Duration> placeholderAfter;
    private final InputStream stdin;
    private final PrintStream stdout;

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", description = "Interface language: ar or en. Given, it replaces the one an earlier run"
            + " stored (/lang); not given, the stored one is kept (en on a new database).")
    String language;

    /**
     * @param factory          builds the conversation when the command runs
     * @param placeholderAfter how long a brief may take before "⏳ reading…" is printed (telegram.placeholder-after)
     */
    public ChatCommand(Supplier<Conversation> factory, Supplier<Duration> placeholderAfter, InputStream stdin,
                       PrintStream stdout) {
        this.factory = factory;
        this.placeholderAfter = placeholderAfter;
        this.stdin = stdin;
        this.stdout = stdout;
    }

    public ChatCommand(Supplier<Conversation> factory, Supplier<Duration> placeholderAfter) {
        this(factory, placeholderAfter, System.in, System.out);
    }

    @Override
    public Integer call() throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true);
        Conversation conversation = factory.get();
        String ui = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
        if (ui != null && !ui.equals("ar") && !ui.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang must be ar or en, not " + language);
        }
        if (ui != null) {
            conversation.useInterfaceLanguage(Conversation.CONSOLE_CHAT_ID, "console", ui);
        }
        new ConsoleChat(conversation, in, out, ui, placeholderAfter.get()).run();
        return 0;
    }
}
