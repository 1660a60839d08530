package org.mojaz.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Dispatcher;
import org.mojaz.store.Inbox;
import org.mojaz.store.Store;
import org.mojaz.testing.Await;
import org.mojaz.testing.BotProcess;
import org.mojaz.testing.ClosingSite;
import org.mojaz.testing.FakeBotApi;
import org.mojaz.testing.FakeBotApi.Call;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.Fixtures;

/**
 * A bot killed with SIGKILL while briefs are in flight loses none of them, and answers each once on restart. The
 * links come from one real local site that closes every connection after its answer, so the restarted bot's
 * second fetch from that site meets a pooled connection the site already closed.
 */
class CrashRecoveryTest {
    private static final List<Long> USERS = List.of(2001L, 2002L, 2003L);

    @TempDir
    Path dir;

    @Test
    void shouldLoseNoBriefWhenKilledWhileBriefsAreInFlight() throws Exception {
        Path db = dir.resolve("mojaz.db");
        try (FakeBotApi api = FakeBotApi.start(); ClosingSite site = ClosingSite.start(Fixtures.html("Trees for crash"))) {
            USERS.forEach(u -> api.push(api.privateMessage(u, site.url("/crash" + u).toString())));
            Process bot = startBotProcess(api.baseUrl(), db);
            try {
                Await.until("three placeholders sent and remembered", java.time.Duration.ofSeconds(60),
                        () -> api.calls("sendMessage").size() >= USERS.size() && placeholdersRemembered(db) >= 3);
            } finally {
                bot.destroyForcibly();
                bot.waitFor(30, TimeUnit.SECONDS);
            }
            assertThat(api.calls("editMessageText")).isEmpty();
            int fetchedBeforeRestart = hits(site);

            try (Store store = Store.open(db);
                 TelegramBot restarted = new TelegramBot(new TelegramBot.Options(FakeBotApi.TOKEN, api.baseUrl(), 1,
                         "reply"), BotProcess.conversation(store, FakeSummarizer.standard()),
                         new Dispatcher(store, Dispatcher.Options.defaults().withWorkers(4)))) {
                restarted.start();
                Inbox inbox = new Inbox(store);
                Await.until("every update finished", () -> inbox.unfinished().isEmpty()
                        && USERS.stream().allMatch(u -> briefsTo(api, u) == 1));
            }
            assertThat(hits(site) - fetchedBeforeRestart).as("each link fetched again, from one site, after the restart")
                    .isGreaterThanOrEqualTo(USERS.size());
            for (long u : USERS) {
                assertThat(briefsTo(api, u)).isEqualTo(1);
                assertThat(api.messagesTo(u)).filteredOn(c -> c.method().equals("sendMessage"))
                        .as("the placeholder of before the crash is edited, not sent again").hasSize(1);
                assertThat(api.messagesTo(u)).filteredOn(c -> c.method().equals("editMessageText"))
                        .extracting(Call::text).anyMatch(t -> t.contains("Trees for crash"));
            }
        }
    }

    private static int hits(ClosingSite site) {
        return USERS.stream().mapToInt(u -> site.hits("/crash" + u)).sum();
    }

    private static int placeholdersRemembered(Path db) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM inbox WHERE placeholder_message_id IS NOT NULL")) {
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    private static long briefsTo(FakeBotApi api, long chatId) {
        return api.messagesTo(chatId).stream().map(Call::text).filter(t -> t.contains("Trees for crash")).count();
    }

    private static Process startBotProcess(String baseUrl, Path db) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), BotProcess.class.getName(),
                baseUrl, db.toString()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
