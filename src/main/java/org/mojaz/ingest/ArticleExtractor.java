package org.mojaz.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the main text and metadata of a news page, in English, Arabic or another language. Page furniture is
 * removed first, the article's container is found by text-density scoring, and the result is checked for the
 * reasons a page is not readable (paywall, cookie wall, JavaScript shell, login, too little text).
 *
 * <p>Every step is linear in the size of the page (text lengths are counted once per element, bottom-up), and a page
 * is refused as {@link ExtractionFailure#TOO_COMPLEX} when it nests deeper than {@link #MAX_DEPTH} or takes longer
 * than its time budget, so no page holds a worker for minutes.
 */
public final class ArticleExtractor {
    /** Bodies with fewer words than this are too short to brief. */
    public static final int MIN_BODY_WORDS = 40;
    /** Bodies with fewer characters than this are too short to brief. */
    public static final int MIN_BODY_CHARS = 250;
    /** A page behind a wall shows at most a teaser of about this many words. */
    static final int TEASER_MAX_WORDS = 150;
    /**
     * Elements nested deeper than this make a page too complex. Real pages stay far below it (51 at most over the
     * 334 pages of the extraction benchmarks, 17 typically); the HTML parser itself stops nesting at 512.
     */
    public static final int MAX_DEPTH = 256;
    /** Time one page may take to read, by default. */
    public static final Duration DEFAULT_TIME_BUDGET = Duration.ofSeconds(10);

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Duration timeBudget;

    public ArticleExtractor() {
        this(DEFAULT_TIME_BUDGET);
    }

    /** @param timeBudget how long one page may take before it is refused as too complex */
    public ArticleExtractor(Duration timeBudget) {
        this.timeBudget = Objects.requireNonNull(timeBudget, "timeBudget");
    }

    /** Never throws: a page that cannot be read comes back with a {@link ExtractionFailure}. */
    public ExtractedArticle extract(String html, String pageUrl) {
        try {
            return read(html == null ? "" : html, pageUrl, Budget.of(timeBudget));
        } catch (ExtractionException e) {
            return new ExtractedArticle("", null, null, null, null, List.of(), e.failure());
        } catch (RuntimeException | StackOverflowError e) {
            return new ExtractedArticle("", null, null, null, null, List.of(), ExtractionFailure.NOT_AN_ARTICLE);
        }
    }

    private ExtractedArticle read(String html, String pageUrl, Budget budget) {
        Document doc = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        requireShallow(doc);
        MetadataReader.Metadata meta = MetadataReader.read(doc);
        WallDetector.Signals signals = WallDetector.signals(doc, meta);
        List<String> paragraphs = mainText(doc.body(), meta.title(), budget);
        if (words(paragraphs) < MIN_BODY_WORDS) {
            paragraphs = fromNoscript(html, pageUrl, meta.title(), paragraphs, budget);
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

    /** Refuses a page whose elements nest deeper than {@link #MAX_DEPTH}, before anything walks it. */
    private static void requireShallow(Document doc) {
        boolean[] tooDeep = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > MAX_DEPTH) {
                    tooDeep[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        if (tooDeep[0]) {
            throw new ExtractionException(ExtractionFailure.TOO_COMPLEX);
        }
    }

    private static List<String> mainText(Element body, String title, Budget budget) {
        BoilerplateFilter.clean(body, budget);
        return TextCollector.collect(ContentFinder.find(body, budget), title, budget);
    }

    /** Some pages (Blogger among them) put the article itself in {@code <noscript>} and render it by script. */
    private static List<String> fromNoscript(String html, String pageUrl, String title, List<String> found,
                                             Budget budget) {
        Document again = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        if (again.body().select("noscript").isEmpty()) {
            return found;
        }
        again.body().select("noscript").forEach(Element::unwrap);
        List<String> paragraphs = mainText(again.body(), title, budget);
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
