package org.mojaz.testing;

import java.nio.file.Path;
import java.time.Clock;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Dispatcher;
import org.mojaz.ingest.Ingestor;
import org.mojaz.store.Store;
import org.mojaz.telegram.TelegramBot;

/**
 * A bot in its own JVM, for the kill -9 test: its summarizer never finishes, so every brief is in flight when the
 * process is killed. Arguments: Bot API base URL, database file.
 */
public final class BotProcess {
    private BotProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Store store = Store.open(Path.of(args[1]));
        TelegramBot bot = new TelegramBot(new TelegramBot.Options(FakeBotApi.TOKEN, args[0], 1, "reply"),
                conversation(store, FakeSummarizer.stuck()), new Dispatcher(store, Dispatcher.Options.defaults()
                        .withWorkers(4)));
        bot.start();
        Thread.currentThread().join();
    }

    /**
     * The conversation both the killed bot and the restarted one use: links are fetched for real, through the
     * SafeFetcher (127.0.0.1 allowed), from a local site.
     */
    public static Conversation conversation(Store store, FakeSummarizer summarizer) {
        Ingestor ingestor = TestWiring.ingestor();
        return new Conversation(ingestor, summarizer, store,
                TestWiring.policy(30), Clock.systemUTC());
    }
}
