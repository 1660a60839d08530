package org.mojaz;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.mojaz.bench.BotBenchCommand;
import org.mojaz.bench.BriefingBenchCommand;
import org.mojaz.config.ConfigException;
import org.mojaz.config.ConfigSource;
import org.mojaz.config.Settings;
import org.mojaz.console.ChatCommand;
import org.mojaz.console.SummarizeCommand;
import org.mojaz.console.TerminalText;
import org.mojaz.eval.BenchCommand;
import org.mojaz.eval.EvalCommand;
import org.mojaz.store.StoreException;
import org.mojaz.telegram.BotCommand;
import org.mojaz.telegram.TelegramBot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Parses the command line, loads config, builds objects by hand and starts a transport. */
@Command(name = "mojaz", mixinStandardHelpOptions = true, version = "mojaz 0.1.0",
        description = "Turns Arabic and English news into short bilingual briefings.",
        subcommands = {SummarizeCommand.class, ChatCommand.class, BotCommand.class, EvalCommand.class,
            BenchCommand.class, org.mojaz.eval.TrainCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "Config file (default: $MOJAZ_CONFIG, else ./config/mojaz.properties when present).")
    Path configFile;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        quietUnlessBot(args);
        System.exit(run(args, System.getenv(), System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8),
                new PrintStream(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * The bot logs at INFO (ids and timings); terminal commands log only warnings, so their output stays readable.
     * MOJAZ_LOG_LEVEL overrides both. Must run before the first logger is made.
     */
    private static void quietUnlessBot(String[] args) {
        java.util.List<String> words = java.util.Arrays.asList(args);
        boolean bot = words.contains("bot") && !words.contains("bench");
        if (System.getenv("MOJAZ_LOG_LEVEL") == null && System.getProperty("MOJAZ_LOG_LEVEL") == null && !bot) {
            System.setProperty("MOJAZ_LOG_LEVEL", "WARN");
        }
    }

    /** Runs one command line with the given environment and streams; returns the exit code. */
    public static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
        Main main = new Main();
        Factory factory = new Factory(main, env, in, out, err);
        CommandLine cl = new CommandLine(main, factory);
        cl.getSubcommands().get("bench").addSubcommand("bot", new CommandLine(BotBenchCommand.class, factory));
        cl.getSubcommands().get("bench").addSubcommand("briefing", new CommandLine(BriefingBenchCommand.class, factory));
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof ConfigException || e instanceof StoreException) {
                cmd.getErr().println("mojaz: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        try {
            return cl.execute(args);
        } finally {
            factory.close();
        }
    }

    Settings settings(Map<String, String> env) {
        Path file = configFile;
        if (file == null && env.get("MOJAZ_CONFIG") != null) {
            file = Path.of(env.get("MOJAZ_CONFIG"));
        }
        if (file == null && Files.isRegularFile(Path.of("config", "mojaz.properties"))) {
            file = Path.of("config", "mojaz.properties");
        }
        return Settings.from(ConfigSource.load(file, env), env);
    }

    /**
     * Builds commands that need wiring; the rest are made by picocli's default factory. Commands get suppliers, so
     * {@code --help} never loads config; the one App built is closed when the command returns.
     */
    private static final class Factory implements CommandLine.IFactory, AutoCloseable {
        private final Main main;
        private final Map<String, String> env;
        private final InputStream in;
        private final PrintStream out;
        private final PrintStream err;

        Factory(Main main, Map<String, String> env, InputStream in, PrintStream out, PrintStream err) {
            this.main = main;
            this.env = env;
            this.in = in;
            this.out = out;
            this.err = err;
        }

        private App app;

        private synchronized App app() {
            if (app == null) {
                app = App.build(main.settings(env));
            }
            return app;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == SummarizeCommand.class) {
                return cls.cast(new SummarizeCommand(() -> app().ingestor(), () -> app().briefer(), in,
                        TerminalText.guard(out), TerminalText.guard(err)));
            }
            if (cls == ChatCommand.class) {
                return cls.cast(new ChatCommand(() -> app().conversation(true),
                        () -> app().settings().telegram().placeholderAfter(), in, out));
            }
            if (cls == BotCommand.class) {
                return cls.cast(new BotCommand(() -> {
                    App a = app();
                    TelegramBot bot = a.telegramBot();
                    a.startServices();
                    return bot;
                }));
            }
            if (cls == BotBenchCommand.class) {
                return cls.cast(new BotBenchCommand(() -> app().loopbackIngestor(), () -> app().extractive(),
                        Main.class.getName()));
            }
            if (cls == BriefingBenchCommand.class) {
                return cls.cast(new BriefingBenchCommand(() -> app().ingestor(), () -> app().extractive()));
            }
            return CommandLine.defaultFactory().create(cls);
        }

        @Override
        public synchronized void close() {
            if (app != null) {
                app.close();
            }
        }
    }
}
