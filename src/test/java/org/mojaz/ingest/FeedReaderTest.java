package org.mojaz.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.testing.FakeNewsSite;

class FeedReaderTest {
    private static FakeNewsSite site;
    private static SafeFetcher feedFetcher;
    private static SafeFetcher publicOnly;

    static String rss(String title, String... itemPaths) {
        StringBuilder items = new StringBuilder();
        for (String p : itemPaths) {
            items.append("<item><title>Story ").append(p).append("</title><link>").append(p)
                    .append("</link><guid>").append(p).append("</guid><description>&lt;p&gt;About ").append(p)
                    .append("&lt;/p&gt;</description><pubDate>Tue, 01 Dec 2026 06:00:00 GMT</pubDate></item>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>" + title
                + "</title><link>/</link><description>d</description>" + items + "</channel></rss>";
    }

    @BeforeAll
    static void start() {
        site = FakeNewsSite.start();
        FetchSettings settings = FetchSettings.defaults().withAllowedNetworks(List.of("127.0.0.1/32"))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withContentTypes(FetchSettings.FEED_CONTENT_TYPES);
        feedFetcher = new SafeFetcher(settings);
        publicOnly = new SafeFetcher(FetchSettings.defaults().withContentTypes(FetchSettings.FEED_CONTENT_TYPES));
    }

    @AfterAll
    static void stop() {
        feedFetcher.close();
        publicOnly.close();
        site.close();
    }

    @Test
    void should_read_items_then_fetch_conditionally_with_the_etag() {
        // given an RSS feed served with an ETag
        site.feed("/rss.xml", "application/rss+xml; charset=utf-8", rss("Desk", "/a1", "/a2"));
        FeedReader reader = new FeedReader(feedFetcher);

        // when it is read twice, the second time with the validators of the first
        FeedReader.Feed first = reader.read(site.url("/rss.xml").toString(), null, null);
        FeedReader.Feed second = reader.read(first.url(), first.etag(), first.lastModified());

        // then the items come once, with absolute links, and the second answer is 304
        assertThat(first.title()).isEqualTo("Desk");
        assertThat(first.items()).extracting(FeedReader.Item::link)
                .containsExactly(site.url("/a1").toString(), site.url("/a2").toString());
        assertThat(first.items().get(0).description()).isEqualTo("About /a1");
        assertThat(first.items().get(0).published()).isEqualTo("2026-12-01T06:00:00Z");
        assertThat(first.etag()).isNotBlank();
        assertThat(second.notModified()).isTrue();
        assertThat(second.items()).isEmpty();
        assertThat(site.notModified("/rss.xml")).isEqualTo(1);
    }

    @Test
    void should_find_the_feed_a_site_page_links() {
        // given a home page whose head links an Atom feed
        site.page("/home", "text/html; charset=utf-8", "<html><head><link rel=\"alternate\" "
                + "type=\"application/atom+xml\" href=\"/atom\"></head><body>hi</body></html>");
        site.feed("/atom", "application/atom+xml", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
                + "<title>Atom desk</title><id>urn:x</id><updated>2026-12-01T06:00:00Z</updated>"
                + "<entry><title>One</title><id>urn:1</id><link href=\"/one\"/><updated>2026-12-01T06:00:00Z</updated>"
                + "</entry></feed>");

        // when the site URL is followed
        FeedReader.Feed feed = new FeedReader(feedFetcher).discover(site.url("/home").toString());

        // then the feed behind it is read and named by its own URL
        assertThat(feed.url()).isEqualTo(site.url("/atom").toString());
        assertThat(feed.items()).extracting(FeedReader.Item::guid).containsExactly("urn:1");
    }

    @Test
    void should_refuse_a_feed_with_an_external_entity_without_reading_the_file(@TempDir Path dir) throws Exception {
        // given a secret file and a feed whose DOCTYPE pulls it in as an entity
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE", StandardCharsets.UTF_8);
        site.feed("/xxe", "application/rss+xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><rss version=\"2.0\"><channel><title>&x;</title><link>/</link>"
                + "<description>d</description><item><title>&x;</title><guid>g</guid></item></channel></rss>");

        // when it is read, then it is refused and says why
        assertThatThrownBy(() -> new FeedReader(feedFetcher).read(site.url("/xxe").toString(), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void should_keep_only_web_links_of_items() {
        site.feed("/js.xml", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t"
                + "</title><link>/</link><description>d</description><item><title>x</title>"
                + "<link>javascript:alert(1)</link><guid>g1</guid></item></channel></rss>");

        FeedReader.Feed feed = new FeedReader(feedFetcher).read(site.url("/js.xml").toString(), null, null);

        assertThat(feed.items()).singleElement().extracting(FeedReader.Item::link).isNull();
    }

    @Test
    void should_say_the_xml_is_malformed() {
        site.feed("/broken", "application/xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</ti");

        assertThatThrownBy(() -> new FeedReader(feedFetcher).read(site.url("/broken").toString(), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("That address did not give a feed I can read: the XML is malformed.");
    }

    @Test
    void should_refuse_a_feed_larger_than_the_cap() {
        // given a 6 MB feed (the cap is 5 MB)
        site.huge("/big.xml", 6L * 1024 * 1024, true);

        assertThatThrownBy(() -> new FeedReader(feedFetcher).read(site.url("/big.xml").toString(), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage("The page is too large to read (over 5 MB).");
    }

    @Test
    void should_refuse_a_feed_on_a_private_address() {
        site.feed("/private.xml", "application/rss+xml", rss("Intranet", "/x"));

        assertThatThrownBy(() -> new FeedReader(publicOnly).read(site.url("/private.xml").toString(), null, null))
                .isInstanceOf(FetchException.class)
                .hasMessage(UrlGuard.PRIVATE_ADDRESS);
    }

    @Test
    void should_refuse_a_site_page_that_links_no_feed() {
        site.page("/plain", "text/html", "<html><head><title>t</title></head><body>no feed</body></html>");

        assertThatThrownBy(() -> new FeedReader(feedFetcher).discover(site.url("/plain").toString()))
                .hasMessage("That page does not link an RSS or Atom feed. Send the feed's own address.");
    }

    @Test
    void should_keep_feed_types_out_of_the_page_fetcher() {
        // given the page fetcher, whose settings do not list feed types
        site.feed("/only-feed.xml", "application/rss+xml", rss("Desk", "/z"));
        SafeFetcher pages = new SafeFetcher(FetchSettings.defaults().withAllowedNetworks(List.of("127.0.0.1/32")));

        // when it is asked for the feed, then it refuses the type
        try {
            assertThatThrownBy(() -> pages.fetch(site.url("/only-feed.xml")))
                    .isInstanceOf(FetchException.class)
                    .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.UNSUPPORTED_TYPE);
        } finally {
            pages.close();
        }
    }
}
