package org.mojaz.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mojaz.ingest.FetchException.Reason;
import org.mojaz.testing.FakeHostResolver;
import org.mojaz.testing.FakeNewsSite;

class SafeFetcherTest {

    private static final String PRIVATE =
            "That link points to a private or local network address, which I do not open.";
    private static final String ARABIC_NEWS = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة الرياض، "
            + "ويضم المستشفى مئتي سرير وقسما خاصا للأطفال. وقال الوزير إن العمل في المشروع استغرق ثلاث سنوات.";
    private static final String ENGLISH_PAGE =
            "<!doctype html><html><head><title>Port reopens</title></head><body><p>The port reopened today.</p></body></html>";

    private static FakeNewsSite site;

    private final FakeHostResolver resolver = new FakeHostResolver()
            .with("public.test", "10.0.0.1")
            .with("news.test", "127.0.0.1")
            .with("mixed.test", "93.184.215.14", "127.0.0.1");
    private final List<SafeFetcher> fetchers = new ArrayList<>();

    @BeforeAll
    static void startSite() {
        site = FakeNewsSite.start();
    }

    @AfterAll
    static void stopSite() {
        site.close();
    }

    @AfterEach
    void closeFetchers() {
        fetchers.forEach(SafeFetcher::close);
    }

    /** Settings that let the fetcher reach the fake site on 127.0.0.1, and nothing else private. */
    private static FetchSettings siteSettings() {
        return FetchSettings.defaults()
                .withAllowedNetworks(List.of("127.0.0.1/32"))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10));
    }

    private SafeFetcher fetcher(FetchSettings settings) {
        SafeFetcher fetcher = new SafeFetcher(settings, resolver);
        fetchers.add(fetcher);
        return fetcher;
    }

    private SafeFetcher siteFetcher() {
        return fetcher(siteSettings());
    }

    private static FetchException failure(SafeFetcher fetcher, String url) {
        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(url));
        assertThat(e).as("fetching %s should fail", url).isNotNull();
        return e;
    }

    private static FetchException failure(SafeFetcher fetcher, URI url) {
        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch(url));
        assertThat(e).as("fetching %s should fail", url).isNotNull();
        return e;
    }

    // ---- refusals before any connection ----

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {
        "http://127.0.0.1/", "http://169.254.169.254/latest/meta-data/", "http://[::1]/", "http://[::ffff:127.0.0.1]/",
        "http://0x7f000001/", "http://2130706433/", "http://017700000001/", "http://127.1/", "http://0177.0.0.1/",
        "http://localhost/", "http://localhost.", "http://LOCALHOST:8080/", "http://api.localhost/",
        "http://%31%32%37.0.0.1/", "http://0.0.0.0/", "http://[::]/", "http://10.1.2.3/", "http://172.16.0.1/",
        "http://192.168.1.1/", "http://100.64.0.1/", "http://224.0.0.1/", "http://255.255.255.255/",
        "http://198.18.0.1/", "http://192.0.2.1/", "http://[fe80::1]/", "http://[fd00::1]/", "http://[fec0::1]/",
        "http://[ff02::1]/", "http://[::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/",
        "http://[2001:db8::1]/", "https://127.0.0.1:8443/admin", "http://127.0.0.1./", "http://0/",
        "http://\uff4c\uff4f\uff43\uff41\uff4c\uff48\uff4f\uff53\uff54/", "http://\uff11\uff12\uff17.0.0.1/"})
    void refusesLocalPrivateAndReservedAddressesWithDefaultSettings(String url) {
        // given default settings and a resolver that must never be asked about IP literals
        SafeFetcher fetcher = new SafeFetcher(FetchSettings.defaults(), host -> {
            throw new AssertionError("resolver asked about " + host);
        });
        fetchers.add(fetcher);

        // when
        FetchException e = failure(fetcher, url);

        // then
        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.getMessage()).isEqualTo(PRIVATE);
    }

    @Test
    void refusesTheFakeSiteItselfWithDefaultSettings() {
        // given a page the site would happily serve
        site.page("/default-refused", "text/html", ENGLISH_PAGE);

        // when
        FetchException e = failure(fetcher(FetchSettings.defaults()), site.url("/default-refused"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.getMessage()).isEqualTo(PRIVATE);
        assertThat(site.hits("/default-refused")).isZero();
    }

    @ParameterizedTest(name = "refuses {0}")
    @CsvSource(delimiter = '|', value = {
        "file:///etc/passwd | I only open http:// and https:// links, not file: links.",
        "ftp://ftp.example.com/pub/news.txt | I only open http:// and https:// links, not ftp: links.",
        "javascript:alert(1) | I only open http:// and https:// links, not javascript: links.",
        "data:text/html,<p>hi</p> | I only open http:// and https:// links, not data: links.",
        "gopher://example.com/ | I only open http:// and https:// links, not gopher: links.",
        "news about the port | That does not look like a web link. Send a link that starts with http:// or https://.",
        "http:// | That does not look like a valid web link.",
        "http://[::1/ | That does not look like a valid web link.",
        "http://example.com:99999/ | That does not look like a valid web link.",
        "https://user:secret@example.com/ | Links with a user name or password in them are not accepted.",
        "http://999.1.1.1/ | That link's address is not a valid IP address.",
        "http://1.2.3.4.5/ | That link's address is not a valid IP address.",
        "http://0x1g.0.0.1/ | That link's address is not a valid IP address."})
    void refusesOtherSchemesBadSyntaxAndCredentials(String url, String message) {
        // given
        SafeFetcher fetcher = fetcher(siteSettings());

        // when
        FetchException e = failure(fetcher, url);

        // then
        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(resolver.asked()).isEmpty();
    }

    @Test
    void refusesAPublicLookingNameThatResolvesToAPrivateAddress() {
        // given public.test resolves to 10.0.0.1

        // when
        FetchException e = failure(fetcher(FetchSettings.defaults()), "http://public.test/news");

        // then
        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.getMessage()).isEqualTo(PRIVATE);
        assertThat(resolver.asked()).containsExactly("public.test");
    }

    @Test
    void refusesANameWhenAnyOfItsAddressesIsPrivate() {
        // given mixed.test resolves to a public and a loopback address

        // when
        FetchException e = failure(fetcher(FetchSettings.defaults()), "https://mixed.test/");

        // then
        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.getMessage()).isEqualTo(PRIVATE);
    }

    @Test
    void reportsANameThatDoesNotResolve() {
        // when
        FetchException e = failure(siteFetcher(), "http://nowhere.test/");

        // then
        assertThat(e.reason()).isEqualTo(Reason.NETWORK);
        assertThat(e.getMessage()).isEqualTo("I could not find the site nowhere.test.");
    }

    @Test
    void refusesUserInfoEvenForAnAllowedSite() {
        // given
        site.page("/with-credentials", "text/html", ENGLISH_PAGE);
        String url = "http://admin:secret@127.0.0.1:" + site.port() + "/with-credentials";

        // when
        FetchException e = failure(siteFetcher(), url);

        // then
        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.getMessage()).isEqualTo("Links with a user name or password in them are not accepted.");
        assertThat(site.hits("/with-credentials")).isZero();
    }

    // ---- redirects ----

    @ParameterizedTest(name = "refuses a redirect to {0}")
    @CsvSource(delimiter = '|', value = {
        "http://10.0.0.1/ | " + PRIVATE,
        "http://169.254.169.254/latest/meta-data/ | " + PRIVATE,
        "http://[::1]:8080/ | " + PRIVATE,
        "http://0x7f000002/ | " + PRIVATE,
        "http://public.test/ | " + PRIVATE,
        "http://localhost/ | " + PRIVATE,
        "file:///etc/passwd | I only open http:// and https:// links, not file: links.",
        "ftp://example.com/ | I only open http:// and https:// links, not ftp: links."})
    void refusesARedirectFromAnAllowedPageToAForbiddenPlace(String location, String message) {
        // given an allowed site that redirects somewhere forbidden
        String path = "/redirect-to-" + Integer.toHexString(location.hashCode());
        site.redirect(path, location);

        // when
        FetchException e = failure(siteFetcher(), site.url(path));

        // then the first hop was fetched, the second refused before connecting
        assertThat(e.reason()).isEqualTo(Reason.REFUSED);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(site.hits(path)).isEqualTo(1);
    }

    @Test
    void followsARelativeRedirectToAnAllowedPage() {
        // given
        site.page("/articles/port", "text/html; charset=utf-8", ENGLISH_PAGE);
        site.redirect("/short/port", 301, "../articles/port");

        // when
        FetchedPage page = siteFetcher().fetch(site.url("/short/port"));

        // then
        assertThat(page.requestedUrl()).isEqualTo(site.url("/short/port"));
        assertThat(page.finalUrl()).isEqualTo(site.url("/articles/port"));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(ENGLISH_PAGE);
    }

    @Test
    void followsFiveRedirectsButNotSix() {
        // given /hop1 -> ... -> /hop5 -> /hops-end, and /hop0 one step further away
        site.page("/hops-end", "text/html", ENGLISH_PAGE);
        for (int i = 0; i <= 5; i++) {
            site.redirect("/hop" + i, i == 5 ? "/hops-end" : "/hop" + (i + 1));
        }

        // when
        FetchedPage fiveAway = siteFetcher().fetch(site.url("/hop1"));
        FetchException sixAway = failure(siteFetcher(), site.url("/hop0"));

        // then
        assertThat(fiveAway.finalUrl()).isEqualTo(site.url("/hops-end"));
        assertThat(sixAway.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(sixAway.getMessage()).isEqualTo("The link redirected too many times (more than 5).");
    }

    @Test
    void stopsARedirectLoop() {
        // given
        site.redirect("/loop", "/loop");

        // when
        FetchException e = failure(siteFetcher(), site.url("/loop"));

        // then one request and five redirects, no more
        assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
        assertThat(site.hits("/loop")).isEqualTo(6);
    }

    @Test
    void reportsARedirectWithoutALocation() {
        // given
        site.respond("/no-location", exchange -> exchange.sendResponseHeaders(302, -1));

        // when
        FetchException e = failure(siteFetcher(), site.url("/no-location"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
        assertThat(e.getMessage()).isEqualTo("The site sent a redirect without saying where to.");
    }

    // ---- what is connected to ----

    @Test
    void connectsToTheAddressThatWasCheckedNotToASecondLookup() {
        // given news.test exists only in the fake resolver, pointing at the fake site
        site.page("/pinned", "text/html", ENGLISH_PAGE);
        String url = "http://news.test:" + site.port() + "/pinned";

        // when
        FetchedPage page = siteFetcher().fetch(url);

        // then the page came from the checked address, and the name was resolved exactly once
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(ENGLISH_PAGE);
        assertThat(resolver.asked()).containsExactly("news.test");
        assertThat(site.lastRequestHeaders().getFirst("Host")).isEqualTo("news.test:" + site.port());
    }

    @Test
    void connectsToTheDottedFormOfANumericHost() {
        // given a hex spelling of the allowed 127.0.0.1
        site.page("/hex-host", "text/html", ENGLISH_PAGE);
        String url = "http://0x7f000001:" + site.port() + "/hex-host";

        // when
        FetchedPage page = siteFetcher().fetch(url);

        // then the request went to the checked address, written the ordinary way
        assertThat(page.finalUrl()).isEqualTo(site.url("/hex-host"));
        assertThat(site.hits("/hex-host")).isEqualTo(1);
        assertThat(resolver.asked()).isEmpty();
    }

    @Test
    void sendsARealUserAgentAndAsksForArabicFirst() {
        // given
        site.page("/headers", "text/html", ENGLISH_PAGE);

        // when
        siteFetcher().fetch(site.url("/headers"));

        // then
        assertThat(site.lastRequestHeaders().getFirst("User-Agent")).isEqualTo(FetchSettings.DEFAULT_USER_AGENT);
        assertThat(site.lastRequestHeaders().getFirst("Accept-Language")).isEqualTo("ar,en;q=0.8");
        assertThat(site.lastRequestHeaders().getFirst("Accept-Encoding")).isEqualTo("gzip, deflate");
        assertThat(site.lastRequestHeaders().getFirst("Accept")).startsWith("text/html");
    }

    // ---- happy paths ----

    @Test
    void fetchesAUtf8Page() {
        // given
        String html = "<html><head><meta charset=\"utf-8\"><title>خبر</title></head><body><p>" + ARABIC_NEWS
                + "</p></body></html>";
        site.page("/utf8", "text/html; charset=utf-8", html);

        // when
        FetchedPage page = siteFetcher().fetch(site.url("/utf8"));

        // then
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).isEqualTo("text/html");
        assertThat(page.charsetFromHeader()).isEqualTo("utf-8");
        assertThat(new PageDecoder().decode(page.body(), page.charsetFromHeader())).isEqualTo(html);
    }

    @Test
    void fetchesAnUnlabelledWindows1256ArabicPageAndDecodesItRight() {
        // given Arabic bytes in windows-1256, no charset anywhere
        String html = "<html><body><p>" + ARABIC_NEWS + "</p><p>" + ARABIC_NEWS + "</p></body></html>";
        site.page("/cp1256", "text/html", html.getBytes(Charset.forName("windows-1256")));

        // when
        FetchedPage page = siteFetcher().fetch(site.url("/cp1256"));

        // then
        assertThat(page.charsetFromHeader()).isNull();
        assertThat(new PageDecoder().decode(page.body(), page.charsetFromHeader())).isEqualTo(html);
    }

    @Test
    void decompressesAGzipPage() {
        // given
        site.gzipPage("/gzip", "text/html; charset=utf-8", ENGLISH_PAGE.getBytes(StandardCharsets.UTF_8));

        // when
        FetchedPage page = siteFetcher().fetch(site.url("/gzip"));

        // then
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(ENGLISH_PAGE);
    }

    @Test
    void decompressesADeflatePage() {
        // given
        site.deflatePage("/deflate", "text/html", ENGLISH_PAGE.getBytes(StandardCharsets.UTF_8));

        // when
        FetchedPage page = siteFetcher().fetch(site.url("/deflate"));

        // then
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(ENGLISH_PAGE);
    }

    @Test
    void sniffsAPageServedWithoutAContentType() {
        // given
        site.page("/untyped", null, ENGLISH_PAGE);

        // when
        FetchedPage page = siteFetcher().fetch(site.url("/untyped"));

        // then
        assertThat(page.contentType()).isEqualTo("text/html");
    }

    @Test
    void acceptsPlainText() {
        // given
        site.page("/plain.txt", "text/plain; charset=utf-8", "The port reopened today.");

        // when
        FetchedPage page = siteFetcher().fetch(site.url("/plain.txt"));

        // then
        assertThat(page.contentType()).isEqualTo("text/plain");
    }

    @Test
    void keepsUrlsAndBodyOutOfItsStringForm() {
        // given
        site.page("/to-string", "text/html", ENGLISH_PAGE);

        // when
        String text = siteFetcher().fetch(site.url("/to-string")).toString();

        // then
        assertThat(text).doesNotContain("127.0.0.1", "to-string", "Port reopens")
                .contains("status=200", "bytes=" + ENGLISH_PAGE.length());
    }

    // ---- size, type, status, time ----

    @Test
    void refusesASixMegabyteBodyThatAnnouncesItsLength() {
        // given
        site.huge("/huge-announced", 6L * 1024 * 1024, false);

        // when
        FetchException e = failure(siteFetcher(), site.url("/huge-announced"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("The page is too large to read (over 5 MB).");
    }

    @Test
    void refusesASixMegabyteChunkedBodyWhileStreamingIt() {
        // given no Content-Length: the cap must be found while reading
        site.huge("/huge-chunked", 6L * 1024 * 1024, true);

        // when
        FetchException e = failure(siteFetcher(), site.url("/huge-chunked"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("The page is too large to read (over 5 MB).");
    }

    @Test
    void acceptsABodyExactlyAtTheCap() {
        // given a 64 KB cap and a 64 KB page
        site.huge("/at-cap", 64 * 1024, true);

        // when
        FetchedPage page = fetcher(siteSettings().withMaxBodyBytes(64 * 1024)).fetch(site.url("/at-cap"));

        // then
        assertThat(page.body()).hasSize(64 * 1024);
    }

    @Test
    void refusesAGzipBombByItsDecodedSize() {
        // given 50 MB of zeros squeezed into a few dozen kilobytes
        site.gzipBomb("/bomb", 50L * 1024 * 1024);

        // when
        FetchException e = failure(siteFetcher(), site.url("/bomb"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.getMessage()).isEqualTo("The page is too large to read (over 5 MB).");
    }

    @Test
    void refusesAnImageNamingItsType() {
        // given
        site.page("/photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});

        // when
        FetchException e = failure(siteFetcher(), site.url("/photo.png"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).isEqualTo("That link is an image (image/png), not a page I can read.");
    }

    @ParameterizedTest(name = "refuses {0}")
    @CsvSource(delimiter = '|', value = {
        "application/pdf | That link is a PDF (application/pdf); I cannot read PDFs from links yet.",
        "video/mp4 | That link is a video (video/mp4), not a page I can read.",
        "application/octet-stream | That link is a file of type application/octet-stream, not a web page I can read.",
        "application/json; charset=utf-8 | That link is a file of type application/json, not a web page I can read."})
    void refusesOtherTypesNamingThem(String type, String message) {
        // given
        String path = "/typed-" + Integer.toHexString(type.hashCode());
        site.page(path, type, "%PDF-1.7 or whatever");

        // when
        FetchException e = failure(siteFetcher(), site.url(path));

        // then
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void refusesAnUnlabelledImageBySniffingIt() {
        // given
        site.page("/unlabelled.gif", null, "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));

        // when
        FetchException e = failure(siteFetcher(), site.url("/unlabelled.gif"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
        assertThat(e.getMessage()).isEqualTo("That link is an image (image/gif), not a page I can read.");
    }

    @ParameterizedTest(name = "status {0}")
    @CsvSource(delimiter = '|', value = {
        "404 | The page was not found (404).",
        "410 | The page was not found (410).",
        "401 | The site denied access to that page (401).",
        "403 | The site denied access to that page (403).",
        "429 | The site is turning away requests right now (429). Try again later.",
        "500 | The site had an error (500). Try again later.",
        "503 | The site had an error (503). Try again later.",
        "400 | The site refused the request (400).",
        "304 | The site answered with status 304, which I cannot follow."})
    void explainsErrorStatuses(int status, String message) {
        // given
        site.status("/status-" + status, status);

        // when
        FetchException e = failure(siteFetcher(), site.url("/status-" + status));

        // then
        assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
        assertThat(e.getMessage()).isEqualTo(message);
    }

    @Test
    void reportsAnEmptyPage() {
        // given
        site.page("/empty", "text/html", new byte[0]);

        // when
        FetchException e = failure(siteFetcher(), site.url("/empty"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.EMPTY);
        assertThat(e.getMessage()).isEqualTo("The page was empty.");
    }

    @Test
    void givesUpOnASiteThatStopsTalking() {
        // given a site that accepts the request and never answers, and a 300 ms read time-out
        site.stalled("/stalled-read");
        SafeFetcher fetcher = fetcher(siteSettings()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(10)));

        // when
        FetchException e = failure(fetcher, site.url("/stalled-read"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.NETWORK);
        assertThat(e.getMessage()).isEqualTo("The site took too long to answer. Try again later.");
    }

    @Test
    void givesUpWhenTheWholeCallTakesTooLong() {
        // given a generous read time-out but a 500 ms budget for the whole call
        site.stalled("/stalled-call");
        SafeFetcher fetcher = fetcher(siteSettings()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMillis(500)));

        // when
        FetchException e = failure(fetcher, site.url("/stalled-call"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.NETWORK);
        assertThat(e.getMessage()).isEqualTo("The site took too long to answer. Try again later.");
    }

    @Test
    void givesUpOnABodyThatTricklesInForever() {
        // given a byte every 50 ms keeps the read time-out happy; only the 1 s call budget can end it
        site.trickle("/trickle", Duration.ofMillis(50));
        SafeFetcher fetcher = fetcher(siteSettings()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(1)));

        // when
        FetchException e = failure(fetcher, site.url("/trickle"));

        // then
        assertThat(e.reason()).isEqualTo(Reason.NETWORK);
        assertThat(e.getMessage()).isEqualTo("The site took too long to answer. Try again later.");
    }

    @Test
    void reportsAFailedSecureConnection() throws Exception {
        // given a server on 127.0.0.1 that answers a TLS handshake with plain-text HTTP
        try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> answerOnceInPlainText(plain));
            server.start();

            // when
            FetchException e = failure(siteFetcher(), "https://127.0.0.1:" + plain.getLocalPort() + "/");
            server.join(5000);

            // then
            assertThat(e.reason()).isEqualTo(Reason.NETWORK);
            assertThat(e.getMessage()).isEqualTo("The secure connection to the site failed.");
        }
    }

    private static void answerOnceInPlainText(ServerSocket server) {
        try (Socket client = server.accept()) {
            client.getOutputStream().write(
                    "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
        } catch (IOException ignored) {
            // the test sees what the fetcher made of it
        }
    }

    @Test
    void reportsAConnectionRefused() {
        // given a port on the allowed address where nothing listens (the closed fake site's)
        URI closed;
        try (FakeNewsSite gone = FakeNewsSite.start()) {
            closed = gone.url("/");
        }

        // when
        FetchException e = failure(siteFetcher(), closed);

        // then
        assertThat(e.reason()).isEqualTo(Reason.NETWORK);
        assertThat(e.getMessage()).isEqualTo("I could not connect to the site. Try again later.");
    }

    // ---- robustness ----

    @Test
    void neverThrowsAnythingButFetchException() {
        // given every kind of answer and link seen above, plus odd input
        site.page("/ok", "text/html", ENGLISH_PAGE);
        site.redirect("/r-private", "http://10.0.0.1/");
        site.redirect("/r-bad", "http://[::1");
        site.redirect("/r-odd", "//public.test/x");
        site.huge("/big", 6L * 1024 * 1024, true);
        site.gzipBomb("/bomb2", 20L * 1024 * 1024);
        site.page("/bad-gzip", "text/html", new byte[0]);
        site.respond("/corrupt-gzip", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            byte[] junk = {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
            exchange.sendResponseHeaders(200, junk.length);
            exchange.getResponseBody().write(junk);
        });
        site.respond("/brotli", exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "br");
            exchange.sendResponseHeaders(200, 3);
            exchange.getResponseBody().write(new byte[] {1, 2, 3});
        });
        site.respond("/weird-type", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", ";;;");
            exchange.sendResponseHeaders(200, 5);
            exchange.getResponseBody().write("hello".getBytes(StandardCharsets.US_ASCII));
        });
        site.stalled("/stall");
        site.trickle("/slow-body", Duration.ofMillis(100));
        SafeFetcher fetcher = fetcher(siteSettings()
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300), Duration.ofSeconds(3)));
        List<String> urls = new ArrayList<>(List.of("", " ", "http", "http:", "http:/", "http://", "https://:80/",
                "http://a b.test/", "http://[zz::1]/", "http://%zz/", "http://exa mple.test", "mailto:a@b.test",
                "HTTP://PUBLIC.TEST/", "http://public.test:0/", "http://" + "a".repeat(300) + ".test/",
                "http://\u0627\u0644\u0623\u062e\u0628\u0627\u0631.test/", "http://127.0.0.1:" + site.port() + "/\u062e\u0628\u0631 \u062c\u062f\u064a\u062f",
                "http://0/", "http://0x/", "http://00000000000000000000000000000000000000000000000001/"));
        for (String path : List.of("/ok", "/r-private", "/r-bad", "/r-odd", "/big", "/bomb2", "/bad-gzip",
                "/corrupt-gzip", "/brotli", "/weird-type", "/stall", "/slow-body", "/missing")) {
            urls.add(site.url(path).toString());
        }

        // when / then
        for (String url : urls) {
            try {
                fetcher.fetch(url);
            } catch (FetchException expected) {
                assertThat(expected.getMessage()).as(url).isNotBlank().doesNotContain("Exception", "at org.");
            }
        }
    }
}
