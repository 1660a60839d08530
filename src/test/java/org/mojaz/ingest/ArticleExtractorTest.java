package org.mojaz.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldReadTheMetadataOfAnEnglishNewsPage() {
        // given
        String html = fixture("english-news.html");

        // when
        ExtractedArticle article = extractor.extract(html, "https://courier.example/energy/2026/03/harbour-tidal-station?utm=x");

        // then
        assertThat(article.title()).isEqualTo("Harbour town opens its first tidal power station");
        assertThat(article.byline()).isEqualTo("Eleanor Marsh");
        assertThat(article.published()).isEqualTo("2026-03-14T08:30:00+00:00");
        assertThat(article.siteName()).isEqualTo("The Coastal Courier");
        assertThat(article.canonicalUrl()).isEqualTo("https://courier.example/energy/2026/03/harbour-tidal-station");
    }

    @Test
    void shouldKeepTheEnglishBodyInOrderWithHeadingsAndListItemsAsParagraphs() {
        // given
        String html = fixture("english-news.html");

        // when
        ExtractedArticle article = extractor.extract(html, "https://courier.example/a");

        // then
        assertThat(article.isReadable()).isTrue();
        assertThat(article.paragraphs().get(0)).startsWith("The small harbour town of Port Elwyn switched on");
        assertThat(article.paragraphs()).containsSubsequence(
                "A project ten years in the making",
                "Capacity: 2.4 megawatts, enough for about 1,800 homes.",
                "Cost: 19 million, shared by the council, residents and the bank.");
        assertThat(article.paragraphs().get(article.paragraphs().size() - 1))
                .startsWith("Environmental groups have welcomed the project");
        assertThat(article.paragraphs()).allSatisfy(p -> assertThat(p).doesNotContain("\n").doesNotContain("  "));
    }

    @Test
    void shouldLeaveEveryKindOfEnglishBoilerplateOut() {
        // given
        String html = fixture("english-news.html");

        // when
        String text = extractor.extract(html, "https://courier.example/a").text();

        // then
        assertThat(text).doesNotContain("We use cookies", "Weather", "Share on Facebook", "Related stories",
                "Wind farm plan", "morning newsletter", "Brilliant news for the town", "12 comments", "Most read",
                "Copyright 2026", "Engineers lower the first turbine", "Harbour town opens its first");
    }

    @Test
    void shouldReadAnArabicRightToLeftPageAsWellAsAnEnglishOne() {
        // given
        String html = fixture("arabic-news.html");

        // when
        ExtractedArticle article = extractor.extract(html, "https://alwaha.example/culture/solar-library?ref=home");

        // then
        assertThat(article.isReadable()).isTrue();
        assertThat(article.title()).isEqualTo("افتتاح أول مكتبة عامة تعمل بالطاقة الشمسية في المدينة");
        assertThat(article.byline()).isEqualTo("سلمى الحسيني");
        assertThat(article.published()).isEqualTo("2026-05-02T10:15:00+03:00");
        assertThat(article.siteName()).isEqualTo("صحيفة الواحة");
        assertThat(article.canonicalUrl()).isEqualTo("https://alwaha.example/culture/solar-library");
        assertThat(article.paragraphs().get(0)).startsWith("افتتحت البلدية صباح السبت");
        assertThat(article.paragraphs()).contains("ألواح على السطح وتبريد طبيعي");
        assertThat(article.paragraphs().get(article.paragraphs().size() - 1)).startsWith("من جهتها");
        assertThat(article.text()).doesNotContain("ملفات تعريف الارتباط", "الرئيسية", "واتساب", "اقرأ أيضا",
                "معرض الكتاب", "خطوة رائعة", "جميع الحقوق محفوظة", "بقلم");
    }

    @Test
    void shouldFlagAPaywallTeaser() {
        // given
        String html = fixture("paywall.html");

        // when
        ExtractedArticle article = extractor.extract(html, "https://paper.example/night-trains");

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.PAYWALL);
        assertThat(article.text()).doesNotContain("Subscribe to continue reading");
    }

    @Test
    void shouldFlagAnArabicSubscriptionWall() {
        // given
        String html = """
                <html dir="rtl" lang="ar"><body><article><h1>عنوان</h1>
                <p>بدأت الحكومة اليوم مناقشة مشروع قانون جديد لتنظيم النقل العام في العاصمة والمدن الكبرى.</p>
                <div class="wall"><p>اشترك لمتابعة القراءة</p></div></article></body></html>""";

        // when
        ExtractedArticle article = extractor.extract(html, "https://paper.example/ar");

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.PAYWALL);
    }

    @Test
    void shouldFlagACookieWallWithNoArticle() {
        // given
        String html = fixture("cookie-wall.html");

        // when
        ExtractedArticle article = extractor.extract(html, "https://consent.example/");

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.COOKIE_WALL);
        assertThat(article.paragraphs()).isEmpty();
    }

    @Test
    void shouldFlagAJavaScriptOnlyShell() {
        // given
        String html = fixture("js-shell.html");

        // when
        ExtractedArticle article = extractor.extract(html, "https://app.example/story/1");

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.JAVASCRIPT_ONLY);
        assertThat(article.paragraphs()).isEmpty();
    }

    @Test
    void shouldFlagALoginPage() {
        // given
        String html = fixture("login.html");

        // when
        ExtractedArticle article = extractor.extract(html, "https://paper.example/login");

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.LOGIN_REQUIRED);
        assertThat(article.paragraphs()).isEmpty();
    }

    @Test
    void shouldFlagAPageWithTooLittleText() {
        // given
        String html = fixture("near-empty.html");

        // when
        ExtractedArticle article = extractor.extract(html, "https://paper.example/photo");

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.TOO_SHORT);
    }

    @Test
    void shouldFlagAPageWithNoMainText() {
        // given
        String html = "<html><body><nav><a href='/'>Home</a> <a href='/about'>About</a></nav></body></html>";

        // when
        ExtractedArticle article = extractor.extract(html, "https://paper.example/");

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.NOT_AN_ARTICLE);
        assertThat(article.paragraphs()).isEmpty();
    }

    @Test
    void refusesToFlagALongArticleThatMentionsSubscriptionsAndCookies() {
        // given a full article marked as not free, with a subscriber prompt and a cookie banner
        String html = fixture("english-news.html")
                .replace("\"@type\": \"NewsArticle\",", "\"@type\": \"NewsArticle\", \"isAccessibleForFree\": false,")
                .replace("<main>", "<main><p class=\"note\">Already a subscriber? Thank you for your support.</p>");

        // when
        ExtractedArticle article = extractor.extract(html, "https://courier.example/a");

        // then
        assertThat(article.failure()).isNull();
        assertThat(ArticleExtractor.words(article.paragraphs())).isGreaterThan(ArticleExtractor.TEASER_MAX_WORDS);
    }

    @Test
    void shouldNeverThrowOnBrokenOrEmptyHtml() {
        // given
        String[] pages = {"", "<<<>>>", "<html><body><div><p>unclosed <b>tags <i>everywhere", null,
            "<script type=\"application/ld+json\">{not json</script><p>x</p>",
            "<div>".repeat(20_000) + "deep" + "</div>".repeat(20_000)};

        // when / then
        for (String page : pages) {
            ExtractedArticle article = extractor.extract(page, "not a url");
            assertThat(article.isReadable()).isFalse();
        }
    }

    @Test
    void shouldUseTheJsonLdArticleBodyWhenThePageShowsMuchLess() {
        // given
        String body = "Workers finished the new bridge over the river a month early, the city said on Monday. ".repeat(8);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + body + "\\nTraffic will open on Friday.\"}</script></head><body><div class=\"story\"><p>Workers finished"
                + " the new bridge over the river a month early.</p></div></body></html>";

        // when
        ExtractedArticle article = extractor.extract(html, "https://city.example/bridge");

        // then
        assertThat(article.paragraphs()).containsExactly(body.trim(), "Traffic will open on Friday.");
    }

    @Test
    void shouldStopTheBodyAtASubscriptionWallInsideTheArticle() {
        // given a teaser followed, in the same container, by the wall's sales pitch
        String html = """
                <html><body><div class="entry-content">
                <p>The valley's only cinema will close at the end of the month after forty years, its owners said on
                Friday, blaming rising energy bills and a slow return of audiences since the pandemic.</p>
                <p>Regulars gathered outside on Saturday to sign a card for the projectionist, who has worked there
                since the doors first opened and still threads the old film reels by hand.</p>
                <p>To read the full story, please subscribe to The Valley Post.</p>
                <p>Subscribers get unlimited access, a weekly print edition and invitations to our events.</p>
                </div></body></html>""";

        // when
        ExtractedArticle article = extractor.extract(html, "https://valley.example/cinema");

        // then
        assertThat(article.failure()).isEqualTo(ExtractionFailure.PAYWALL);
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.text()).doesNotContain("please subscribe", "unlimited access");
    }

    @Test
    void shouldJoinAnArticleSplitIntoChunksAroundAdColumns() {
        // given a short first chunk and a long second one, each beside its own ad column
        String chunk = "<div class=\"grid\"><div class=\"article-body\">%s</div>"
                + "<div class=\"ad-rail\"><p>Advertisement</p></div></div>";
        String html = "<html><body><nav><a href='/'>Home</a></nav><div class=\"chunks\">"
                + String.format(java.util.Locale.ROOT, chunk, "<p>" + sentence("First") + "</p>")
                + String.format(java.util.Locale.ROOT, chunk, "<p>" + sentence("Second") + "</p><p>"
                        + sentence("Third") + "</p><p>"
                        + sentence("Fourth") + "</p><p>" + sentence("Fifth") + "</p>")
                + "</div></body></html>";

        // when
        ExtractedArticle article = extractor.extract(html, "https://paper.example/long-read");

        // then
        assertThat(article.paragraphs()).containsExactly(sentence("First"), sentence("Second"), sentence("Third"),
                sentence("Fourth"), sentence("Fifth"));
    }

    @Test
    void refusesToTakeALongCommentThreadForAShortArticle() {
        // given
        StringBuilder comments = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            comments.append("<div class=\"comment\"><div class=\"content\"><p>I have lived by the river for years, ")
                    .append("and honestly, the council should have done this long ago, before the floods of last winter. ")
                    .append(i).append("</p></div></div>");
        }
        String html = "<html><body><div class=\"wrapper\"><div class=\"article\"><div class=\"content\"><p>"
                + sentence("Council") + "</p><p>" + sentence("Engineers") + "</p></div></div>"
                + "<div id=\"commentsContainer\"><div id=\"comments\">" + comments + "</div></div></div></body></html>";

        // when
        ExtractedArticle article = extractor.extract(html, "https://paper.example/river");

        // then
        assertThat(article.paragraphs()).containsExactly(sentence("Council"), sentence("Engineers"));
    }

    @Test
    void shouldReadAnArticleThatThePageKeepsInNoscript() {
        // given a page whose script renders the post, with the post itself in <noscript>
        String html = "<html><body><div class=\"post-body\"><script>render()</script><noscript><p>"
                + sentence("Council") + "</p><p>" + sentence("Engineers") + "</p></noscript></div></body></html>";

        // when
        ExtractedArticle article = extractor.extract(html, "https://blog.example/post");

        // then
        assertThat(article.isReadable()).isTrue();
        assertThat(article.paragraphs()).containsExactly(sentence("Council"), sentence("Engineers"));
    }

    private static String sentence(String start) {
        return start + " workers checked the flood barriers along the river on Monday, and the city said the new "
                + "gates, pumps and walls would be finished before the winter rains arrive in November.";
    }

    static String fixture(String name) {
        try (InputStream in = ArticleExtractorTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
