package org.mojaz.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.mojaz.ingest.FetchException.Reason;

/**
 * Reads RSS and Atom feeds with ROME through a {@link SafeFetcher} that accepts feed media types (the page fetcher
 * does not): the feed URL and each of its redirects pass the same address checks and size cap as any link.
 * Conditional GET with the validators of the last fetch; a site page is turned into its feed through
 * {@code <link rel="alternate" type="application/rss+xml">}. XML is parsed with DOCTYPEs refused, so no external
 * entity or DTD is ever loaded. Failures are {@link FetchException}s with a message for the user.
 */
public final class FeedReader {
    static final int MAX_ITEMS = 100;
    private static final List<String> FEED_TYPES = List.of("application/rss+xml", "application/atom+xml");
    private static final List<String> HTML_TYPES = List.of("text/html", "application/xhtml+xml");

    private final SafeFetcher fetcher;

    /** @param feedFetcher a fetcher whose settings accept {@link FetchSettings#FEED_CONTENT_TYPES} */
    public FeedReader(SafeFetcher feedFetcher) {
        this.fetcher = feedFetcher;
    }

    /**
     * One item of a feed.
     *
     * @param guid        the item's id (its guid, else its link, else its title)
     * @param link        the item's link, or null
     * @param title       the headline, never null
     * @param published   ISO-8601 instant, or null
     * @param description the summary as plain text, never null (may be empty)
     */
    public record Item(String guid, String link, String title, String published, String description) {
    }

    /**
     * A feed as read just now.
     *
     * @param url          the feed's own URL (after discovery)
     * @param title        its title, or null
     * @param items        newest as the feed orders them, at most {@value #MAX_ITEMS}; empty when not modified
     * @param etag         validators to send next time, or null
     * @param lastModified see etag
     * @param notModified  true when the server answered 304
     */
    public record Feed(String url, String title, List<Item> items, String etag, String lastModified,
                       boolean notModified) {
    }

    /** Reads a feed URL, conditionally when validators are given. */
    public Feed read(String url, String etag, String lastModified) {
        ConditionalPage answer = fetcher.fetchIfChanged(url, etag, lastModified);
        if (answer.notModified()) {
            return new Feed(url, null, List.of(), etag(answer, etag), modified(answer, lastModified), true);
        }
        FetchedPage page = answer.page();
        if (HTML_TYPES.contains(page.contentType())) {
            throw new FetchException(Reason.UNSUPPORTED_TYPE, "That address is a web page, not an RSS or Atom feed.");
        }
        return parse(url, page, answer.etag(), answer.lastModified());
    }

    /** Reads a feed URL, or a site page that links its feed; the returned feed names the feed's own URL. */
    public Feed discover(String url) {
        String withScheme = url.matches("(?i)^[a-z][a-z0-9+.-]*:.*") ? url.strip() : "https://" + url.strip();
        ConditionalPage answer = fetcher.fetchIfChanged(withScheme, null, null);
        FetchedPage page = answer.page();
        if (page == null) {
            throw new FetchException(Reason.EMPTY, "The site sent nothing to read at that address.");
        }
        if (!HTML_TYPES.contains(page.contentType())) {
            return parse(withScheme, page, answer.etag(), answer.lastModified());
        }
        String feedUrl = alternate(page).orElseThrow(() -> new FetchException(Reason.UNSUPPORTED_TYPE,
                "That page does not link an RSS or Atom feed. Send the feed's own address."));
        return read(feedUrl, null, null);
    }

    private static Optional<String> alternate(FetchedPage page) {
        String html = new PageDecoder().decode(page.body(), page.charsetFromHeader());
        Document doc = Jsoup.parse(html, page.finalUrl().toString());
        for (Element link : doc.select("link[rel~=(?i)alternate][href]")) {
            String type = link.attr("type").toLowerCase(Locale.ROOT).trim();
            if (FEED_TYPES.contains(type)) {
                String href = link.absUrl("href");
                if (!href.isEmpty()) {
                    return Optional.of(href);
                }
            }
        }
        return Optional.empty();
    }

    static Feed parse(String url, FetchedPage page, String etag, String lastModified) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            String contentType = page.contentType() + (page.charsetFromHeader() == null ? ""
                    : "; charset=" + page.charsetFromHeader());
            feed = input.build(new XmlReader(new ByteArrayInputStream(page.body()), contentType, true));
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FetchException(Reason.UNSUPPORTED_TYPE, "That address did not give a feed I can read: "
                    + reason(e), e);
        }
        List<Item> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            item(entry, page.finalUrl()).ifPresent(items::add);
            if (items.size() == MAX_ITEMS) {
                break;
            }
        }
        return new Feed(url, blankToNull(feed.getTitle()), List.copyOf(items), etag, lastModified, false);
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("doctype")) {
            return "it declares a DOCTYPE, which I refuse for safety.";
        }
        if (e instanceof IllegalArgumentException || message.contains("invalid document")
                || message.contains("not supported")) {
            return "it is XML but neither RSS nor Atom.";
        }
        return "the XML is malformed.";
    }

    private static Optional<Item> item(SyndEntry entry, URI base) {
        String link = absolute(base, entry.getLink());
        String title = entry.getTitle() == null ? "" : Jsoup.parse(entry.getTitle()).text().strip();
        String guid = firstNonBlank(entry.getUri(), link, title);
        if (guid == null) {
            return Optional.empty();
        }
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return Optional.of(new Item(shorten(guid, 500), link, shorten(title, 500),
                date == null ? null : date.toInstant().toString(), description(entry)));
    }

    private static String description(SyndEntry entry) {
        SyndContent d = entry.getDescription();
        if (d == null || d.getValue() == null) {
            return entry.getContents().isEmpty() || entry.getContents().get(0).getValue() == null ? ""
                    : Jsoup.parse(entry.getContents().get(0).getValue()).text();
        }
        return Jsoup.parse(d.getValue()).text();
    }

    private static String absolute(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            String resolved = base.resolve(link.strip()).toString();
            return resolved.regionMatches(true, 0, "http://", 0, 7) || resolved.regionMatches(true, 0, "https://", 0, 8)
                    ? resolved : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String etag(ConditionalPage answer, String previous) {
        return answer.etag() != null ? answer.etag() : previous;
    }

    private static String modified(ConditionalPage answer, String previous) {
        return answer.lastModified() != null ? answer.lastModified() : previous;
    }
}
