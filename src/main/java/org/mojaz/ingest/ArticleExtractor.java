package org.mojaz.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the main text and metadata of a news page, in English, Arabic or another language. Page furniture is
 * removed first, the article's container is found by text-density scoring, and the result is checked for the
 * reasons a page is not readable (paywall, cookie wall, JavaScript shell, login, too little text).
 */
public final class ArticleExtractor {
    /** Bodies with fewer words than this are too short to brief. */
    public static final int MIN_BODY_WORDS = 40;
    /** Bodies with fewer characters than this are too short to brief. */
    public static final int MIN_BODY_CHARS = 250;
    /** A page behind a wall shows at most a teaser of about this many words. */
    static final int TEASER_MAX_WORDS = 150;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Never throws: a page that cannot be read comes back with a {@link ExtractionFailure}. */
    public ExtractedArticle extract(String html, String pageUrl) {
        try {
            return read(html == null ? "" : html, pageUrl);
        } catch (RuntimeException | StackOverflowError e) {
            return new ExtractedArticle("", null, null, null, null, List.of(), ExtractionFailure.NOT_AN_ARTICLE);
        }
    }

    private ExtractedArticle read(String html, String pageUrl) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        MetadataReader.Metadata meta = MetadataReader.read(doc);
        WallDetector.Signals signals = WallDetector.signals(doc, meta);
        List<String> paragraphs = mainText(doc.body(), meta.title());
        if (words(paragraphs) < MIN_BODY_WORDS) {
            paragraphs = fromNoscript(html, pageUrl, meta.title(), paragraphs);
        }
        paragraphs = preferJsonLd(paragraphs, meta.jsonLdBody());
        List<String> teaser = WallDetector.beforeWall(paragraphs);
        if (teaser != null) {
            paragraphs = teaser;
            signals = signals.withPaywall();
        }
        ExtractionFailure failure = signals.failure(words(paragraphs), chars(paragraphs));
        if (failure != null && failure != ExtractionFailure.PAYWALL && failure != ExtractionFailure.TOO_SHORT) {
            paragraphs = List.of();
        }
        return new ExtractedArticle(meta.title(), meta.byline(), meta.published(), meta.siteName(),
                meta.canonicalUrl(), paragraphs, failure);
    }

    private static List<String> mainText(Element body, String title) {
        BoilerplateFilter.clean(body);
        return TextCollector.collect(ContentFinder.find(body), title);
    }

    /** Some pages (Blogger among them) put the article itself in {@code <noscript>} and render it by script. */
    private static List<String> fromNoscript(String html, String pageUrl, String title, List<String> found) {
        Document again = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        if (again.body().select("noscript").isEmpty()) {
            return found;
        }
        again.body().select("noscript").forEach(Element::unwrap);
        List<String> paragraphs = mainText(again.body(), title);
        return words(paragraphs) > words(found) ? paragraphs : found;
    }

    /** Uses the page's own JSON-LD article body when the DOM gave much less text than it. */
    private static List<String> preferJsonLd(List<String> paragraphs, String jsonLdBody) {
        if (jsonLdBody == null) {
            return paragraphs;
        }
        List<String> ld = new ArrayList<>();
        for (String line : Parser.unescapeEntities(jsonLdBody, false).split("\\s*\\n\\s*")) {
            String p = SPACES.matcher(line).replaceAll(" ").trim();
            if (!p.isEmpty()) {
                ld.add(p);
            }
        }
        int ldChars = chars(ld);
        return ldChars > 500 && chars(paragraphs) < ldChars * 0.5 ? ld : paragraphs;
    }

    static int words(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            for (String w : SPACES.split(p.trim())) {
                n += w.isEmpty() ? 0 : Math.max(1, ideographs(w) / 2);
            }
        }
        return n;
    }

    private static int ideographs(String w) {
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            Character.UnicodeScript s = Character.UnicodeScript.of(w.charAt(i));
            if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL) {
                n++;
            }
        }
        return n;
    }

    static int chars(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            n += p.length();
        }
        return n;
    }
}
