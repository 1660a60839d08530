package org.mojaz.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.Main;
import org.mojaz.store.Store;
import org.mojaz.testing.FakeNewsSite;

/** {@code mojaz summarize} end to end: real fetcher over HTTP to a fake site, real extractor, real SQLite file. */
class SummarizeCommandTest {
    private static final Path EXAMPLES = Path.of("examples");

    @TempDir
    Path dir;
    private FakeNewsSite site;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void startSite() throws Exception {
        site = FakeNewsSite.start();
        site.page("/ar", "text/html; charset=utf-8", Files.readAllBytes(EXAMPLES.resolve("ar-desalination.html")));
        site.page("/ar-1256", "text/html", Files.readAllBytes(EXAMPLES.resolve("ar-windows-1256.html")));
        site.page("/en", "text/html; charset=utf-8", Files.readAllBytes(EXAMPLES.resolve("en-port-expansion.html")));
        site.page("/empty", "text/html; charset=utf-8", new byte[0]);
        site.page("/photo", "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1, 2, 3});
        site.status("/gone", 404);
        site.huge("/huge", 6L * 1024 * 1024, true);
        site.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private Map<String, String> env(boolean allowSite) {
        Map<String, String> env = new HashMap<>();
        env.put("MOJAZ_DATABASE_PATH", dir.resolve("mojaz.db").toString());
        if (allowSite) {
            env.put("MOJAZ_FETCH_ALLOWED_NETWORKS", "127.0.0.1/32");
        }
        return env;
    }

    private int run(Map<String, String> env, String stdin, String... args) {
        return Main.run(args, env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private int storedArticles() {
        try (Store store = Store.open(dir.resolve("mojaz.db"))) {
            return store.countArticles();
        }
    }

    @Test
    void shouldBriefAnArabicPageFromALink() {
        int code = run(env(true), "", "summarize", "--body", site.url("/ar").toString());

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("محطة جديدة لتحلية مياه البحر في أكادير تدخل الخدمة")
                .contains("سميرة الحداد").contains("2026-09-14").contains("Language:  ar")
                .contains("بطاقة إنتاجية تبلغ 400 ألف متر مكعب")
                .doesNotContain("مقالات ذات صلة").doesNotContain("ملفات تعريف الارتباط").doesNotContain("جميع الحقوق");
        assertThat(out()).contains("── العربية ──").contains("Engine: extractive").contains("أكادير / Agadir")
                .contains("needs a language model");
        assertThat(storedArticles()).isEqualTo(1);
    }

    @Test
    void shouldDecodeAnUnlabelledWindows1256Page() {
        int code = run(env(true), "", "summarize", site.url("/ar-1256").toString());

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("محطة جديدة لتحلية مياه البحر").contains("Language:  ar").doesNotContain("\uFFFD");
    }

    @Test
    void shouldBriefAnEnglishHtmlFileWithItsMetadata() {
        int code = run(env(false), "", "summarize", "--body", EXAMPLES.resolve("en-port-expansion.html").toString());

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("Tangier port expansion opens new container terminal").contains("Daniel Okafor")
                .contains("2026-10-02").contains("Language:  en").contains("Nadia Alaoui")
                .doesNotContain("Sign up for our morning newsletter").doesNotContain("Accept all")
                .doesNotContain("Great news for the region");
    }

    @Test
    void shouldBriefATextFileAndStandardInput() throws Exception {
        assertThat(run(env(false), "", "summarize", EXAMPLES.resolve("ar-pasted.txt").toString())).isZero();
        assertThat(out()).contains("Title:     تونس تطلق برنامجا لدعم الشركات الناشئة").contains("Language:  ar");

        out.reset();
        String pasted = Files.readString(EXAMPLES.resolve("ar-pasted.txt"), StandardCharsets.UTF_8);
        assertThat(run(env(false), pasted, "summarize", "-")).isZero();
        assertThat(out()).contains("(seen before)");
        assertThat(storedArticles()).isEqualTo(1);
    }

    @Test
    void shouldPrintJsonWhenAsked() {
        assertThat(run(env(false), "", "summarize", "--json", EXAMPLES.resolve("en-port-expansion.html").toString()))
                .isZero();
        assertThat(out()).contains("\"title\" : \"Tangier port expansion opens new container terminal\"")
                .contains("\"digest\"").contains("\"engine\" : \"extractive\"").contains("\"nameEn\" : \"Morocco\"");
    }

    @Test
    void shouldRefuseEveryBadLinkWithAMessageAndStoreNothing() {
        String[][] cases = {
            {"http://127.0.0.1/", "false"},
            {"http://169.254.169.254/latest/meta-data/", "false"},
            {"http://[::1]/", "false"},
            {"http://0x7f000001/", "false"},
            {"http://localhost./", "false"},
            {"file:///etc/passwd", "false"},
            {"ftp://example.org/file.txt", "false"},
            {site.url("/to-metadata").toString(), "true"},
            {site.url("/huge").toString(), "true"},
            {site.url("/photo").toString(), "true"},
            {site.url("/gone").toString(), "true"},
            {site.url("/empty").toString(), "true"},
        };
        for (String[] c : cases) {
            err.reset();
            int code = run(env(Boolean.parseBoolean(c[1])), "", "summarize", c[0]);

            assertThat(code).as(c[0]).isEqualTo(1);
            assertThat(err().strip()).as(c[0]).isNotEmpty().doesNotContain("Exception").doesNotContain("at org.");
        }
        assertThat(storedArticles()).isZero();
    }

    @Test
    void shouldSayWhyAConfigValueIsBad() {
        Map<String, String> env = env(false);
        env.put("MOJAZ_FETCH_MAX_BODY_BYTES", "lots");

        int code = run(env, "", "summarize", EXAMPLES.resolve("ar-pasted.txt").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err()).contains("fetch.max-body-bytes").contains("MOJAZ_FETCH_MAX_BODY_BYTES");
    }

    static Charset windows1256() {
        return Charset.forName("windows-1256");
    }
}
