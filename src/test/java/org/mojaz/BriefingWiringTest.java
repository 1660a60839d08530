package org.mojaz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Message;
import org.mojaz.chat.Reply;
import org.mojaz.config.ConfigSource;
import org.mojaz.config.Settings;

/** The terminal chat has the briefing commands, on the packaged defaults. */
class BriefingWiringTest {
    @TempDir
    Path dir;

    private static String say(Conversation c, String text) {
        List<Reply> replies = c.handle(new Message(Conversation.CONSOLE_CHAT_ID, 1, "console", "en", text, false,
                null, null));
        return String.join("\n", replies.stream().map(Reply::plainText).toList()).replaceAll("[\\u2066-\\u2069\\u200F]", "");
    }

    @Test
    void should_subscribe_follow_and_print_a_briefing_in_the_terminal() {
        Map<String, String> env = new HashMap<>();
        env.put("MOJAZ_DATABASE_PATH", dir.resolve("mojaz.db").toString());
        try (App app = App.build(Settings.from(ConfigSource.load(null, env), env))) {
            Conversation c = app.conversation(true);

            assertThat(say(c, "/subscribe 07:30 الرباط")).contains("every day at 07:30 (Africa/Casablanca)");
            assertThat(say(c, "/follow الجزائر")).contains("Following Algeria · الجزائر");
            assertThat(say(c, "/briefing")).contains("Your briefing · ", "Nothing new since your last briefing");
            assertThat(say(c, "/settings")).contains("Daily briefing: every day at 07:30 (Africa/Casablanca)",
                    "Algeria · الجزائر");
            assertThat(c.commands()).extracting(ci -> ci.name())
                    .contains("subscribe", "unsubscribe", "briefing", "settings", "follow", "unfollow", "feeds");
        }
    }
}
