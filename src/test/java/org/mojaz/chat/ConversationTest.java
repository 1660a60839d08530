package org.mojaz.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.core.Article;
import org.mojaz.ingest.FetchException;
import org.mojaz.ingest.Ingestor;
import org.mojaz.store.ChatSettings;
import org.mojaz.store.Store;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.Fixtures;
import org.mojaz.testing.TestWiring;

class ConversationTest {
    private static final long CHAT = 42;

    @TempDir
    Path dir;
    private Store store;
    private Ingestor ingestor;
    private FakeSummarizer summarizer;
    private Conversation conversation;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("mojaz.db"));
        ingestor = TestWiring.ingestor();
        summarizer = FakeSummarizer.standard();
        conversation = conversation(TestWiring.policy(10));
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Conversation conversation(Policy policy) {
        Function<String, Article> site = link -> {
            if (link.contains("missing")) {
                throw new FetchException(FetchException.Reason.HTTP_STATUS, "The page answered 404 Not Found.");
            }
            return ingestor.fromHtml(Fixtures.html("Trees for " + link.substring(link.lastIndexOf('/') + 1)), link,
                    link);
        };
        return new Conversation(site, ingestor, summarizer, store, policy, Clock.systemUTC());
    }

    private List<Reply> say(String text) {
        return conversation.handle(Message.text(CHAT, 7, text));
    }

    @Test
    void shouldSummarizeOnBehalfOfTheChatSoItsDailyModelCapApplies() {
        List<Long> chats = new java.util.ArrayList<>();
        org.mojaz.summary.Summarizer recording = new org.mojaz.summary.Summarizer() {
            @Override
            public org.mojaz.summary.Digest summarize(Article article) {
                throw new AssertionError("a chat's brief must be summarized with its chat id");
            }

            @Override
            public org.mojaz.summary.Digest summarize(Article article, long chatId) {
                chats.add(chatId);
                return summarizer.summarize(article);
            }
        };
        Conversation withRecorder = new Conversation(link -> ingestor.fromHtml(Fixtures.html("Trees for cap"), link,
                link), ingestor, recording, store, TestWiring.policy(10),
                Clock.systemUTC());

        List<Reply> replies = withRecorder.handle(Message.text(CHAT, 7, "https://news.test/cap"));

        assertThat(replies.get(0).html()).contains("Trees for cap");
        assertThat(chats).containsExactly(CHAT);
    }

    @Test
    void shouldBriefALinkWithTitleBothSummariesEntitiesEngineAndButtons() {
        List<Reply> replies = say("look at this https://news.test/one");

        assertThat(replies).hasSize(1);
        String html = replies.get(0).html();
        assertThat(html).contains("<b>Trees for one</b>", "ملخص عربي", "EN: The city council", "Samira Haddad",
                "سميرة حداد", "engine: fake");
        assertThat(replies.get(0).buttons().get(0)).extracting(Button::label)
                .containsExactly("More / المزيد", "Entities / الكيانات", "عربي / English");
    }

    @Test
    void shouldBriefEachLinkAndSaySoBeyondTheLimit() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 7; i++) {
            text.append("https://news.test/a").append(i).append(' ');
        }

        List<Reply> replies = say(text.toString());

        assertThat(replies).hasSize(6);
        assertThat(replies.get(5).plainText()).contains("first 5 links", "other 2");
    }

    @Test
    void shouldTellTheUserWhenALinkCannotBeRead() {
        List<Reply> replies = say("https://news.test/missing");

        assertThat(replies.get(0).plainText()).contains("could not read", "404 Not Found");
    }

    @Test
    void shouldAskPolitelyToSlowDownWhenTooManyLinksArriveInAMinute() {
        conversation = conversation(TestWiring.policy(2));

        say("https://news.test/a https://news.test/b");
        List<Reply> replies = say("https://news.test/c");

        assertThat(replies.get(0).plainText()).contains("many links in the last minute");
    }

    @Test
    void shouldBriefPastedTextAndTreatAShortMessageAsAQuestion() {
        List<Reply> brief = say(Fixtures.pasted("Trees for Amman"));
        List<Reply> question = say("what did the council decide?");

        assertThat(brief.get(0).html()).contains("<b>Trees for Amman</b>", "EN: The city council");
        assertThat(question.get(0).plainText()).contains("coming soon");
    }

    @Test
    void shouldBriefAForwardedPostShorterThanAPastedArticle() {
        Message post = Message.text(CHAT, 7, String.join(" ", Fixtures.PARAGRAPHS.subList(0, 2))).forwardedPost();

        List<Reply> replies = conversation.handle(post);

        assertThat(replies.get(0).html()).contains("EN: The city council");
    }

    @Test
    void shouldBriefHtmlTextAndPdfDocuments() {
        Message html = Message.text(CHAT, 7, "").withAttachment(
                Attachment.of("page.html", "text/html", Fixtures.htmlBytes("Trees in a file")));
        Message pdf = Message.text(CHAT, 7, "").withAttachment(Attachment.of("report.pdf", "application/pdf",
                Fixtures.pdf()));
        Message txt = Message.text(CHAT, 7, "").withAttachment(Attachment.of("notes.txt", "text/plain",
                Fixtures.pasted("Trees in text").getBytes(StandardCharsets.UTF_8)));

        assertThat(conversation.handle(html).get(0).html()).contains("<b>Trees in a file</b>");
        assertThat(conversation.handle(pdf).get(0).html()).contains("EN: The city council of Amman");
        assertThat(conversation.handle(txt).get(0).html()).contains("<b>Trees in text</b>");
    }

    @Test
    void refusesDocumentsThatAreTooLargeOrOfAnotherKind() {
        Message big = Message.text(CHAT, 7, "").withAttachment(new Attachment("big.pdf", "application/pdf",
                5L * 1024 * 1024, max -> new byte[0]));
        Message image = Message.text(CHAT, 7, "").withAttachment(Attachment.of("cat.jpg", "image/jpeg", new byte[10]));

        assertThat(conversation.handle(big).get(0).plainText()).contains("larger than 1 MB");
        assertThat(conversation.handle(image).get(0).plainText()).contains("HTML, plain text and PDF");
    }

    @Test
    void shouldEscapeTitlesWithHtmlSpecialCharacters() {
        Message m = Message.text(CHAT, 7, "").withAttachment(
                Attachment.of("page.html", "text/html", Fixtures.htmlBytes("Profits < costs & *bold* <b>")));

        String html = conversation.handle(m).get(0).html();

        assertThat(html).contains("Profits &lt; costs &amp; *bold* &lt;b&gt;");
        assertThat(html.replaceAll("</?(b|i)>", "")).doesNotContain("<", ">");
    }

    @Test
    void shouldAnswerEveryCommandAndGiveHelpForUnknownOnes() {
        assertThat(say("/start").get(0).plainText()).contains("Send me a news link");
        assertThat(say("/help").get(0).plainText()).contains("/lang", "/length", "/recent", "/forget", "/privacy");
        assertThat(say("/privacy").get(0).plainText()).contains("/forget");
        assertThat(say("/briefing").get(0).plainText()).contains("coming soon");
        List<Reply> unknown = say("/frobnicate");
        assertThat(unknown.get(0).plainText()).contains("/frobnicate");
        assertThat(unknown.get(1).plainText()).contains("/help");
    }

    @Test
    void shouldSwitchLanguagesAndLengthWithCommands() {
        List<Reply> lang = say("/lang ar");
        say("/length long");

        String brief = say("https://news.test/one").get(0).html();

        assertThat(lang.get(0).plainText()).contains("الملخصات العربية");
        assertThat(new ChatSettings(store).get(CHAT).uiLanguage()).isEqualTo("ar");
        assertThat(brief).contains("العربية", "• ").doesNotContain("<b>English</b>");
        assertThat(say("/lang fr").get(0).plainText()).contains("/lang ar");
    }

    @Test
    void shouldWelcomeInTheUsersTelegramLanguage() {
        Message start = Message.text(CHAT, 7, "/start").withUserLanguage("ar");

        assertThat(conversation.handle(start).get(0).plainText()).contains("أهلًا");
    }

    @Test
    void shouldListRecentArticlesWithDates() {
        say("https://news.test/one");
        say("https://news.test/two");

        String recent = say("/recent").get(0).plainText();

        assertThat(recent).contains("Trees for one", "Trees for two").containsPattern("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void shouldForgetEverythingOnlyAfterTheConfirmButton() {
        say("https://news.test/one");
        Reply ask = say("/forget").get(0);

        List<Reply> done = conversation.press(CHAT, 7, ask.buttons().get(0).get(0).data());

        assertThat(ask.buttons().get(0)).extracting(Button::data).containsExactly("forget:yes:7", "forget:no:7");
        assertThat(done.get(0).plainText()).contains("Deleted", "1 articles");
        assertThat(store.recentArticles(CHAT, 10)).isEmpty();
    }

    @Test
    void shouldLetOnlyTheMemberWhoAskedConfirmForget() {
        say("https://news.test/one");
        Reply ask = say("/forget").get(0);

        List<Reply> byAnother = conversation.press(CHAT, 99, ask.buttons().get(0).get(0).data());

        assertThat(byAnother).isEmpty();
        assertThat(store.recentArticles(CHAT, 10)).hasSize(1);
    }

    @Test
    void shouldRedrawABriefWhenItsButtonsArePressed() {
        Reply brief = say("https://news.test/one").get(0);
        String moreData = brief.buttons().get(0).get(0).data();
        String entitiesData = brief.buttons().get(0).get(1).data();
        String languageData = brief.buttons().get(0).get(2).data();

        Reply more = conversation.press(CHAT, 7, moreData).get(0);
        Reply entities = conversation.press(CHAT, 7, entitiesData).get(0);
        Reply arabicOnly = conversation.press(CHAT, 7, languageData).get(0);

        assertThat(more.html()).contains("• ", "Residents will be able");
        assertThat(more.buttons().get(0).get(0).label()).isEqualTo("Less / أقل");
        assertThat(entities.html()).contains("People / أشخاص", "(5000000)");
        assertThat(arabicOnly.html()).contains("ملخص عربي").doesNotContain("EN: The city council");
    }

    @Test
    void shouldSplitAVeryLongBriefIntoMessagesUnderTheLimit() {
        summarizer = FakeSummarizer.verbose(60);
        conversation = conversation(TestWiring.policy(10));
        say("/length long");

        List<Reply> replies = say("https://news.test/long");

        int total = replies.stream().mapToInt(r -> r.html().length()).sum();
        assertThat(total).isGreaterThan(9_000);
        assertThat(replies).hasSizeGreaterThanOrEqualTo(3).allSatisfy(r -> assertThat(r.html().length())
                .isLessThanOrEqualTo(Reply.MAX_LENGTH));
        assertThat(replies.get(replies.size() - 1).buttons()).isNotEmpty();
        assertThat(replies.get(0).buttons()).isEmpty();
    }

    @Test
    void refusesUsersOutsideTheAllowList() {
        conversation = conversation(new Policy(List.of(1L), 5, 10, 20_000, 1024 * 1024, 280));

        assertThat(say("/help").get(0).plainText()).contains("this bot is private");
        assertThat(conversation.handle(new Message(-100, 0, "channel", null, "https://news.test/x", false, null,
                null))).isEmpty();
        assertThat(conversation.placeholder(Message.text(CHAT, 7, "https://news.test/x"))).isEmpty();
    }

    @Test
    void shouldOfferAPlaceholderOnlyForSlowWork() {
        assertThat(conversation.placeholder(Message.text(CHAT, 7, "https://news.test/x"))).isPresent();
        assertThat(conversation.placeholder(Message.text(CHAT, 7, "/help"))).isEmpty();
        assertThat(conversation.placeholder(Message.text(CHAT, 7, "hello"))).isEmpty();
    }

    @Test
    void shouldRecogniseAReplyToABriefAsAQuestionAboutItsArticle() {
        Reply brief = say("https://news.test/one").get(0);
        long articleId = BriefView.parse(brief.buttons().get(0).get(0).data()).orElseThrow().articleId();

        List<Reply> replies = conversation.handle(Message.text(CHAT, 7, "who paid?").inReplyTo(articleId));

        assertThat(replies.get(0).plainText()).contains("Trees for one");
    }

    @Test
    void refusesTextLongerThanTheLimit() {
        assertThat(say("word ".repeat(5000)).get(0).plainText()).contains("longer than 20000");
    }

    @Test
    void should_hand_short_messages_to_the_question_handler_once_one_is_plugged_in() {
        // given
        Reply brief = say("https://news.test/one").get(0);
        long articleId = BriefView.parse(brief.buttons().get(0).get(0).data()).orElseThrow().articleId();
        List<Message> asked = new java.util.ArrayList<>();
        conversation.onQuestion((m, ui) -> {
            asked.add(m);
            return List.of(Reply.of("answer in " + ui + ": " + Html.escape(m.text())));
        });

        // when
        List<Reply> answer = conversation.handle(Message.text(CHAT, 7, "who paid?").inReplyTo(articleId));
        List<Reply> stillABrief = say("https://news.test/two");
        List<Reply> stillACommand = say("/privacy");

        // then
        assertThat(answer).extracting(Reply::html).containsExactly("answer in en: who paid?");
        assertThat(asked).extracting(Message::replyToArticleId).containsExactly(articleId);
        assertThat(stillABrief.get(0).html()).contains("Trees for two");
        assertThat(stillACommand.get(0).plainText()).doesNotContain("answer in");
        assertThat(conversation.placeholder(Message.text(CHAT, 7, "who paid?"))).isEmpty();
    }
}
