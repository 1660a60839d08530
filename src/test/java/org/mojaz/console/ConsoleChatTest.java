package org.mojaz.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Outgoing;
import org.mojaz.chat.Policy;
import org.mojaz.chat.Reply;
import org.mojaz.store.Store;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.Fixtures;
import org.mojaz.testing.TestWiring;

class ConsoleChatTest {
    @TempDir
    Path dir;

    private String run(String input) throws Exception {
        try (Store store = Store.open(dir.resolve("mojaz.db"))) {
            Conversation conversation = new Conversation(TestWiring.ingestor(), FakeSummarizer.standard(), store,
                    new Policy(List.of(), 5, 10, 20_000, 1024 * 1024, 280).forConsole(), Clock.systemUTC());
            StringWriter out = new StringWriter();
            new ConsoleChat(conversation, new BufferedReader(new StringReader(input)), new PrintWriter(out), "en").run();
            return out.toString();
        }
    }

    @Test
    void shouldBriefAFileAsPlainTextAndPressButtonsByNumber() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), Fixtures.html("Trees & roads <today>"));

        String out = run(":file " + page + "\n!1\n:quit\n");

        assertThat(out).contains("reading", "Trees & roads <today>", "EN: The city council", "[!1 More / المزيد]",
                "• The city council");
        assertThat(out).doesNotContain("<b>", "&amp;", "&lt;");
    }

    @Test
    void shouldBriefAPastedArticleSpanningSeveralLines() throws Exception {
        String out = run(Fixtures.pasted("Trees for Amman") + "\n\n:quit\n");

        assertThat(out).contains("Trees for Amman", "EN: The city council");
    }

    @Test
    void shouldAnswerCommandsAndQuestions() throws Exception {
        String out = run("/help\nwhat happened?\n/nonsense\n");

        assertThat(out).contains("What I can do", "coming soon", "I do not know /nonsense");
    }

    @Test
    void shouldPrintAnUnpromptedMessageAsPlainTextAndRefuseOtherChats() throws Exception {
        StringWriter out = new StringWriter();
        ConsoleChat chat = new ConsoleChat(null, new BufferedReader(new StringReader("")), new PrintWriter(out), "en");

        int id = chat.send(Conversation.CONSOLE_CHAT_ID, Reply.of("<b>Your morning brief</b> &amp; 3 articles"));
        chat.edit(Conversation.CONSOLE_CHAT_ID, id, Reply.of("<i>Updated</i> brief"));

        assertThat(id).isPositive();
        assertThat(out.toString()).contains("Your morning brief & 3 articles", "Updated brief")
                .doesNotContain("<b>", "&amp;");
        assertThatThrownBy(() -> chat.send(77, Reply.of("elsewhere")))
                .isInstanceOf(Outgoing.ChatUnreachableException.class);
    }

    @Test
    void shouldSayAFolderGivenAsAFileIsAFolder() throws Exception {
        String out = run(":file " + dir + "\n:quit\n");

        assertThat(out).contains("is a folder, not a file").doesNotContain("There is no file");
    }

    @Test
    void shouldPrintATitleWithoutItsBidiOverrides() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), Fixtures.html("Trees \u202Esdaor\u202C today"));

        String out = run(":file " + page + "\n:quit\n");

        assertThat(out).contains("Trees sdaor today").doesNotContain("\u202E").doesNotContain("\u202C");
    }
}
