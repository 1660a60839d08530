package org.mojaz.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.chat.Conversation;
import org.mojaz.chat.Message;
import org.mojaz.chat.Reply;
import org.mojaz.core.Article;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.ingest.FeedReader;
import org.mojaz.ingest.FetchSettings;
import org.mojaz.ingest.Ingestor;
import org.mojaz.ingest.SafeFetcher;
import org.mojaz.store.EntityFollows;
import org.mojaz.store.Feeds;
import org.mojaz.store.Store;
import org.mojaz.summary.Digest;
import org.mojaz.summary.Summarizer;
import org.mojaz.testing.FakeNewsSite;
import org.mojaz.testing.MutableClock;
import org.mojaz.testing.TestWiring;

/** Feeds to briefings over real HTTP (the fake news site) and a real SQLite file. */
class FeedBriefingTest {
    private static final Summarizer EXTRACTIVE = Rig.extractive();

    @TempDir
    Path dir;
    private FakeNewsSite site;
    private SafeFetcher feedFetcher;
    private SafeFetcher publicFeedFetcher;
    private Store store;
    private MutableClock clock;
    private final AtomicInteger summaries = new AtomicInteger();
    private Composer composer;
    private FeedPoller poller;
    private Conversation conversation;
    private final List<Long> admins = new ArrayList<>();

    @BeforeEach
    void setUp() {
        site = FakeNewsSite.start();
        FetchSettings feedSettings = FetchSettings.defaults().withAllowedNetworks(List.of("127.0.0.1/32"))
                .withContentTypes(FetchSettings.FEED_CONTENT_TYPES);
        feedFetcher = new SafeFetcher(feedSettings);
        publicFeedFetcher = new SafeFetcher(FetchSettings.defaults().withContentTypes(FetchSettings.FEED_CONTENT_TYPES));
        clock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
        store = Store.open(dir.resolve("feeds.db"), clock);
        Summarizer counting = article -> {
            summaries.incrementAndGet();
            return EXTRACTIVE.summarize(article);
        };
        composer = new Composer(store, counting, clock, 5);
        Ingestor ingestor = TestWiring.ingestor();
        poller = new FeedPoller(store, new FeedReader(feedFetcher), ingestor::fromUrl,
                t -> ingestor.fromText(t[0], t[1]), composer, Duration.ofMinutes(10));
        conversation = conversation(new FeedReader(feedFetcher));
    }

    private Conversation conversation(FeedReader reader) {
        Ingestor ingestor = TestWiring.ingestor();
        Conversation c = new Conversation(ingestor, EXTRACTIVE, store,
                TestWiring.policy(10), clock);
        new BriefingCommands(store, composer, reader, null, new EntityExtractor(),
                (chat, user) -> admins.contains(user), clock,
                new BriefingCommands.Options(LocalTime.of(7, 30), ZoneId.of("UTC"), 20, 30, false)).register(c);
        return c;
    }

    @AfterEach
    void tearDown() {
        poller.close();
        feedFetcher.close();
        publicFeedFetcher.close();
        store.close();
        site.close();
    }

    /** Serves a story of our test set as an article page; returns its URL. */
    private String article(String path, String title, String text, String siteName) {
        site.page(path, "text/html; charset=utf-8", "<html><head><title>" + title + "</title><meta property="
                + "\"og:site_name\" content=\"" + siteName + "\"></head><body><article><h1>" + title + "</h1><p>" + text
                + "</p><p>" + text + "</p></article></body></html>");
        return site.url(path).toString();
    }

    private static String rss(String title, String... links) {
        StringBuilder items = new StringBuilder();
        for (String l : links) {
            items.append("<item><title>t</title><link>").append(l).append("</link><guid>").append(l).append("</guid></item>");
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title><link>/</link>"
                + "<description>d</description>" + items + "</channel></rss>";
    }

    private String gasEn() {
        return article("/gas-en", "Sonatrach signs $4.5 billion gas deal with Eni", "Algeria's Sonatrach signed a"
                + " $4.5 billion gas deal with Italy's Eni on Tuesday, 1 December 2026, in Algiers. The agreement covers"
                + " new fields in the south and production will rise by 12 percent by 2028, the companies said.",
                "Desk One");
    }

    private String gasAr() {
        return article("/gas-ar", "سوناطراك توقع اتفاقا للغاز مع إيني", "وقّعت سوناطراك اتفاقًا للغاز بقيمة 4.5 مليار"
                + " دولار مع شركة إيني الإيطالية يوم الثلاثاء 1 ديسمبر 2026 في الجزائر العاصمة. ويشمل الاتفاق حقولًا جديدة"
                + " في الجنوب وسيرتفع الإنتاج بنسبة 12 في المئة بحلول 2028.", "مكتب الأخبار");
    }

    private String rain() {
        return article("/rain", "Floods hit northern Morocco after record rain", "Heavy rain flooded streets in"
                + " Tangier and Tetouan on Monday as northern Morocco recorded 180 millimetres in 24 hours. Schools were"
                + " closed and the interior ministry said 3,000 families were moved to shelters.", "Desk One");
    }

    private String metro() {
        return article("/metro", "Cairo opens new metro line to the airport", "Egypt opened the first section of"
                + " Cairo's new metro line to the airport on Thursday. The 19-kilometre section has 12 stations and will"
                + " carry 350,000 passengers a day, the transport ministry said.", "Desk One");
    }

    private String football() {
        return article("/football", "Algeria beat Tunisia 2-1 in Arab Cup semi-final", "Algeria beat Tunisia 2-1 in"
                + " the Arab Cup semi-final in Doha on Saturday. Riyad Mahrez scored the winning goal in the 78th minute"
                + " before 45,000 fans who had travelled from across the region to watch the match.", "Desk One");
    }

    private String budget() {
        return article("/budget", "Saudi Arabia approves 2027 budget with smaller deficit", "Saudi Arabia approved a"
                + " 2027 budget of 1,250 billion riyals on Wednesday, forecasting a deficit of 2.1 percent of output."
                + " Finance Minister Mohammed Al-Jadaan said spending on housing and health would grow.", "Desk One");
    }

    private long follow(long chatId, String path) {
        Feeds feeds = new Feeds(store);
        long id = feeds.feed(site.url(path).toString(), null);
        feeds.follow(chatId, id);
        return id;
    }

    private List<Reply> say(long chatId, long userId, String kind, String text) {
        return conversation.handle(new Message(chatId, userId, kind, "en", text, false, null, null));
    }

    private List<Reply> arabic(long chatId, String text) {
        return conversation.handle(new Message(chatId, chatId, "private", "ar", text, false, null, null));
    }

    private static String text(List<Reply> replies) {
        return String.join("\n", replies.stream().map(Reply::plainText).toList()).replaceAll("[\u2066-\u2069\u200F]", "");
    }

    @Test
    void should_fetch_an_etag_feed_conditionally_and_brief_each_item_once_for_100_chats() {
        // given a feed with three stories, served with an ETag, followed by 100 chats
        site.feed("/desk.rss", "application/rss+xml", rss("Desk One", gasEn(), rain(), metro()));
        for (long chat = 1; chat <= 100; chat++) {
            follow(chat, "/desk.rss");
        }

        // when the poller runs twice and every chat's briefing is composed
        FeedPoller.Report first = poller.pollAll();
        FeedPoller.Report second = poller.pollAll();
        List<Briefing> briefings = new ArrayList<>();
        for (long chat = 1; chat <= 100; chat++) {
            briefings.add(composer.compose(chat, ZoneId.of("UTC"), clock.instant().minus(Duration.ofHours(24))));
        }

        // then the second read was a 304, each page was fetched once and each article briefed once
        assertThat(first.newItems()).isEqualTo(3);
        assertThat(second.notModified()).isEqualTo(1);
        assertThat(site.notModified("/desk.rss")).isEqualTo(1);
        assertThat(List.of(site.hits("/gas-en"), site.hits("/rain"), site.hits("/metro"))).containsOnly(1);
        assertThat(summaries.get()).isEqualTo(3);
        assertThat(briefings).allSatisfy(b -> assertThat(b.items()).isEqualTo(3));
        assertThat(text(briefings.get(99).messages())).contains("Floods hit northern Morocco", "Cairo opens new metro");
    }

    @Test
    void should_merge_the_same_story_from_two_feeds_into_one_item_with_two_sources() {
        // given an English feed and an Arabic feed carrying the same event (and one other story)
        site.feed("/en.rss", "application/rss+xml", rss("Desk One", gasEn(), rain()));
        site.feed("/ar.rss", "application/rss+xml", rss("مكتب الأخبار", gasAr()));
        follow(1, "/en.rss");
        follow(1, "/ar.rss");
        poller.pollAll();

        // when the briefing is composed
        List<Story> stories = composer.stories(1, clock.instant().minus(Duration.ofHours(1)));
        Briefing briefing = composer.compose(1, ZoneId.of("Africa/Algiers"), clock.instant().minus(Duration.ofHours(1)));

        // then the deal is one story with both sources, and the flood is another
        assertThat(stories).hasSize(2);
        Story deal = stories.stream().filter(s -> s.reports().size() == 2).findFirst().orElseThrow();
        assertThat(deal.sources()).extracting(Story.Source::link)
                .containsExactlyInAnyOrder(site.url("/gas-en").toString(), site.url("/gas-ar").toString());
        assertThat(briefing.items()).isEqualTo(2);
        assertThat(briefing.messages().get(0).html()).contains("href=\"" + site.url("/gas-ar") + "\"",
                "href=\"" + site.url("/gas-en") + "\"");
    }

    @Test
    void should_rank_stories_about_followed_entities_first_whichever_language_they_were_followed_in() {
        // given a feed of six stories, two about Algeria, and a chat that follows الجزائر by its Arabic name
        site.feed("/mix.rss", "application/rss+xml", rss("Desk One", rain(), metro(), budget(), gasEn(), football(),
                article("/qatar", "Qatar raises LNG price forecast", "QatarEnergy raised its LNG price forecast for"
                        + " 2027 on Sunday and said exports to Europe grew 15 percent this year, with new contracts"
                        + " signed with buyers in Germany and Poland for deliveries from 2028 onwards.", "Desk One")));
        follow(1, "/mix.rss");
        poller.pollAll();
        List<Reply> arabic = say(1, 1, "private", "/follow الجزائر");
        List<Reply> english = say(1, 1, "private", "/follow Algeria");

        // when the top five are chosen
        List<Story> stories = composer.stories(1, clock.instant().minus(Duration.ofHours(1)));

        // then both follows are the same entity, and its two stories lead
        assertThat(text(arabic)).contains("Algeria · الجزائر");
        assertThat(text(english)).contains("already follows Algeria");
        assertThat(new EntityFollows(store).of(1)).hasSize(1);
        assertThat(stories).hasSize(5);
        assertThat(stories.subList(0, 2)).extracting(s -> s.reports().get(0).article().title())
                .containsExactlyInAnyOrder("Sonatrach signs $4.5 billion gas deal with Eni",
                        "Algeria beat Tunisia 2-1 in Arab Cup semi-final");
        assertThat(stories.subList(2, 5)).allSatisfy(s -> assertThat(s.followed()).isZero());
    }

    @Test
    void should_include_the_articles_the_chat_sent_since_its_last_briefing() {
        // given a chat that sent a link an hour ago
        say(3, 3, "private", rain());
        clock.advance(Duration.ofHours(1));

        // when /briefing is asked for
        List<Reply> replies = say(3, 3, "private", "/briefing");

        // then the briefing lists it with its link, under a dated header
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).html()).contains("Your briefing · Tuesday, December 1, 2026",
                "1. Floods hit northern Morocco", "href=\"" + site.url("/rain") + "\"");
    }

    @Test
    void should_say_so_in_one_line_on_an_empty_day() {
        List<Reply> replies = say(4, 4, "private", "/briefing");

        assertThat(replies).singleElement().extracting(Reply::plainText).asString()
                .endsWith("Nothing new since your last briefing: send me links or /follow a feed.")
                .hasLineCount(2);
    }

    @Test
    void should_explain_each_bad_feed_and_keep_working() {
        // given feeds that cannot be followed for four different reasons
        site.page("/broken.xml", "application/xml", "<?xml version=\"1.0\"?><rss><channel><title>x</tit");
        site.huge("/huge.xml", 6L * 1024 * 1024, false);
        site.feed("/fine.rss", "application/rss+xml", rss("Desk One", rain()));

        // when a chat tries to follow each, then a good one
        String invalid = text(say(5, 5, "private", "/follow http://exa mple.com/rss"));
        String malformed = text(say(5, 5, "private", "/follow " + site.url("/broken.xml")));
        String tooLarge = text(say(5, 5, "private", "/follow " + site.url("/huge.xml")));
        String privateAddress = text(conversation(new FeedReader(publicFeedFetcher)).handle(
                Message.text(5, 5, "/follow " + site.url("/fine.rss"))));
        String fine = text(say(5, 5, "private", "/follow " + site.url("/fine.rss")));

        // then each says why in plain words, nothing is followed for them, and the good feed works
        assertThat(invalid).startsWith("I could not follow that feed.");
        assertThat(malformed).contains("That address did not give a feed I can read: the XML is malformed.");
        assertThat(tooLarge).contains("The page is too large to read (over 5 MB).");
        assertThat(privateAddress).contains("private or local network address");
        assertThat(fine).contains("Following “Desk One” (1 items now)");
        assertThat(new Feeds(store).of(5)).hasSize(1);
    }

    @Test
    void should_check_every_item_link_and_keep_polling_past_a_broken_feed() {
        // given a feed whose second item links a private address, and a feed that now answers 500
        site.page("/bad.rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                + "<title>Mixed</title><link>/</link><description>d</description><item><title>ok</title><link>" + rain()
                + "</link><guid>1</guid></item><item><title>Internal memo</title><link>http://10.1.2.3/memo</link>"
                + "<guid>2</guid><description>short</description></item></channel></rss>");
        site.status("/down.rss", 500);
        follow(1, "/bad.rss");
        long down = follow(1, "/down.rss");

        // when the poller runs
        FeedPoller.Report report = poller.pollAll();

        // then the private link was refused (no article), the public one read, and the broken feed says why
        assertThat(report.newItems()).isEqualTo(2);
        assertThat(report.failedFeeds()).isEqualTo(1);
        assertThat(composer.stories(1, clock.instant().minus(Duration.ofHours(1))))
                .extracting(st -> st.reports().get(0).article().title())
                .containsExactly("Floods hit northern Morocco after record rain");
        assertThat(new Feeds(store).of(1)).filteredOn(f -> f.id() == down).singleElement()
                .extracting(Feeds.Feed::lastError).asString().contains("500");
        assertThat(text(say(1, 1, "private", "/feeds"))).contains("⚠ The site had an error (500)");
    }

    @Test
    void should_explain_a_bad_feed_in_arabic_to_an_arabic_chat() {
        // given a malformed feed, a page that links no feed and a feed that answers 500, in an Arabic-speaking chat
        site.page("/broken.xml", "application/xml", "<?xml version=\"1.0\"?><rss><channel><title>x</tit");
        site.page("/plain/", "text/html", "<html><head><title>home</title></head><body>home</body></html>");
        site.status("/down.rss", 500);
        arabic(7, "/feeds");
        long down = follow(7, "/down.rss");
        poller.pollAll();

        // when the chat follows the first two and lists what it follows
        String malformed = text(arabic(7, "/follow " + site.url("/broken.xml")));
        String noFeed = text(arabic(7, "/follow " + site.url("/plain/")));
        String list = text(arabic(7, "/feeds"));

        // then every line is Arabic (the addresses aside): no English reason inside an Arabic reply
        assertThat(malformed).startsWith("لم أستطع متابعة هذا المصدر.").contains("لم أجد في هذا العنوان موجز RSS أو Atom");
        assertThat(noFeed).contains("لم أجد في هذا العنوان موجز RSS أو Atom");
        assertThat(list).contains("⚠ لم تنجح آخر قراءة له");
        assertThat(malformed + noFeed + list.replace(site.url("/down.rss").toString(), ""))
                .doesNotContain("could not", "feed I can", "The site", "error");
        assertThat(new Feeds(store).of(7)).extracting(Feeds.Feed::id).containsExactly(down);
    }

    @Test
    void should_follow_a_site_through_the_feed_its_page_links() {
        site.feed("/news/feed.xml", "application/rss+xml", rss("Desk Two", rain()));
        site.page("/news/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\""
                + " href=\"feed.xml\"></head><body>home</body></html>");

        String reply = text(say(6, 6, "private", "/follow " + site.url("/news/")));

        assertThat(reply).contains("Following “Desk Two”");
        assertThat(new Feeds(store).of(6)).extracting(Feeds.Feed::url).containsExactly(site.url("/news/feed.xml").toString());
    }

    @Test
    void should_let_only_admins_change_a_groups_briefing() {
        // given a group where user 20 is an admin and user 21 is not
        admins.add(20L);

        // when both try to subscribe it
        String member = text(say(-100, 21, "supergroup", "/subscribe 08:00"));
        String admin = text(say(-100, 20, "supergroup", "/subscribe 08:00 Beirut"));

        // then only the admin's change is made; anyone may still read /settings
        assertThat(member).isEqualTo("Only the group's admins can change its briefing.");
        assertThat(admin).contains("every day at 08:00 (Asia/Beirut)");
        assertThat(text(say(-100, 21, "supergroup", "/settings"))).contains("Daily briefing: every day at 08:00 (Asia/Beirut)");
    }

    @Test
    void should_understand_times_and_places_in_arabic_and_english() {
        assertThat(text(say(7, 7, "private", "/subscribe 6:45 الرباط"))).contains("06:45 (Africa/Casablanca)");
        assertThat(text(say(7, 7, "private", "/subscribe القاهرة"))).contains("07:30 (Africa/Cairo)");
        assertThat(text(say(7, 7, "private", "/subscribe ٧:١٥ Africa/Algiers"))).contains("07:15 (Africa/Algiers)");
        assertThat(text(say(7, 7, "private", "/subscribe 07:00 London"))).contains("07:00 (Europe/London)");
        assertThat(text(say(7, 7, "private", "/subscribe 07:00 Atlantis"))).startsWith("I do not know the place “Atlantis”");
        assertThat(text(say(7, 7, "private", "/subscribe 25:00"))).startsWith("Give the time as HH:MM");
        assertThat(text(say(7, 7, "private", "/unsubscribe"))).startsWith("Your daily briefing is stopped.");
        assertThat(text(say(7, 7, "private", "/settings"))).contains("Daily briefing: paused");
    }

    @Test
    void should_write_arabic_month_names_as_the_chats_region_does() {
        Instant january = Instant.parse("2027-01-05T08:00:00Z");

        assertThat(Composer.header("ar", ZoneId.of("Africa/Algiers"), january)).contains("جانفي");
        assertThat(Composer.header("ar", ZoneId.of("Africa/Tunis"), january)).contains("جانفي");
        assertThat(Composer.header("ar", ZoneId.of("Africa/Casablanca"), january)).contains("يناير");
        assertThat(Composer.header("ar", ZoneId.of("Africa/Cairo"), january)).contains("يناير");
        assertThat(Composer.header("ar", ZoneId.of("Asia/Beirut"), january)).contains("كانون الثاني");
        assertThat(Composer.header("en", ZoneId.of("Asia/Beirut"), january)).contains("January 5, 2027");
    }

    @Test
    void should_never_show_one_chats_sent_articles_to_another() {
        say(8, 8, "private", rain());
        clock.advance(Duration.ofMinutes(5));

        assertThat(composer.compose(9, ZoneId.of("UTC"), clock.instant().minus(Duration.ofHours(2))).items()).isZero();
        assertThat(composer.compose(8, ZoneId.of("UTC"), clock.instant().minus(Duration.ofHours(2))).items()).isOne();
    }

}
