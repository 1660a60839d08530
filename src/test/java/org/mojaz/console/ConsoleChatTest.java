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
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Html;
import org.mojaz.chat.Outgoing;
import org.mojaz.chat.Reply;
import org.mojaz.store.Store;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.Fixtures;
import org.mojaz.testing.TestWiring;

class ConsoleChatTest {
    @TempDir
    Path dir;

    private String run(String input) throws Exception {
        return run(input, Duration.ZERO);
    }

    private String run(String input, Duration placeholderAfter) throws Exception {
        return run(input, placeholderAfter, "en");
    }

    private String run(String input, Duration placeholderAfter, String userLanguage) throws Exception {
        try (Store store = Store.open(dir.resolve("mojaz.db"))) {
            Conversation conversation = new Conversation(TestWiring.ingestor(), FakeSummarizer.standard(), store,
                    TestWiring.policy(10).forConsole(), Clock.systemUTC());
            StringWriter out = new StringWriter();
            new ConsoleChat(conversation, new BufferedReader(new StringReader(input)), new PrintWriter(out),
                    userLanguage, placeholderAfter).run();
            return out.toString();
        }
    }

    @Test
    void shouldNotPrintTheReadingLineBeforeABriefThatIsReadyInTime() throws Exception {
        // given a brief that takes far less than the placeholder delay (as in the bot, one message for a fast brief)
        Path page = Files.writeString(dir.resolve("quick.html"), Fixtures.html("Trees for quick"));

        // when
        String out = run(":file " + page + "\n:quit\n", Duration.ofHours(1));

        // then
        assertThat(out).contains("Trees for quick", "EN: The city council").doesNotContain("reading");
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
    void should_print_an_unprompted_message_without_bidi_controls() {
        // given a briefing whose title carries a right-to-left override, and the isolates our HTML lays out with
        StringWriter out = new StringWriter();
        ConsoleChat chat = new ConsoleChat(null, new BufferedReader(new StringReader("")), new PrintWriter(out), "en");
        String title = Html.either("Port \u202Etrop\u202C plan") + " — " + Html.either("خطة الميناء 2026");

        // when it is printed, then reprinted as an edit
        int id = chat.send(Conversation.CONSOLE_CHAT_ID, Reply.of(title));
        chat.edit(Conversation.CONSOLE_CHAT_ID, id, Reply.of(title));

        // then
        assertThat(out.toString()).contains("Port trop plan", "خطة الميناء").doesNotContain("\u202E", "\u202C",
                "\u2066", "\u2067", "\u2068", "\u2069");
    }

    @Test
    void shouldSayAFolderGivenAsAFileIsAFolder() throws Exception {
        String out = run(":file " + dir + "\n:quit\n");

        assertThat(out).contains("is a folder, not a file").doesNotContain("There is no file");
    }

    @Test
    void shouldWriteTheTerminalsOwnLinesInAnArabicChatsLanguage() throws Exception {
        // given an Arabic interface, a folder given as a file, a missing file and a button that is not there
        Path missing = dir.resolve("missing.html");

        // when
        String out = run(":file " + dir + "\n:file " + missing + "\n!7\n:quit\n", Duration.ZERO, "ar");

        // then every line the terminal writes itself is Arabic
        assertThat(out).contains("موجز — أرسل رابطًا", "مجلد وليس ملفًا", "لا يوجد ملف في", "لا زر بالرقم 7")
                .doesNotContain("is a folder", "There is no file", "No button", "send a link");
    }

    @Test
    void shouldPrintATitleWithoutItsBidiOverrides() throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), Fixtures.html("Trees \u202Esdaor\u202C today"));

        String out = run(":file " + page + "\n:quit\n");

        assertThat(out).contains("Trees sdaor today").doesNotContain("\u202E").doesNotContain("\u202C");
    }
}
