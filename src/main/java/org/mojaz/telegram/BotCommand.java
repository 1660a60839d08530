package org.mojaz.telegram;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import picocli.CommandLine.Command;

/** {@code mojaz bot}: runs the Telegram bot until the process is stopped. */
@Command(name = "bot", mixinStandardHelpOptions = true,
        description = "Runs the Telegram bot (long polling). The token comes from TELEGRAM_BOT_TOKEN.")
public final class BotCommand implements Callable<Integer> {
    private final Supplier<TelegramBot> factory;

    /** @param factory builds the bot when the command runs (e.g. {@code () -> TelegramBot.create(...)}) */
    public BotCommand(Supplier<TelegramBot> factory) {
        this.factory = factory;
    }

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        TelegramBot bot = factory.get();
        Thread hook = new Thread(() -> {
            bot.close();
            stopped.countDown();
        }, "mojaz-bot-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        bot.start();
        System.err.println("Mojaz bot is running; press Ctrl+C to stop.");
        stopped.await();
        return 0;
    }
}
