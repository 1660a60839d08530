package org.mojaz.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mojaz.Main;
import org.mojaz.testing.Fixtures;

/** What {@code mojaz summarize} makes of its argument: stdin, files that are not plain files, things that are links. */
class SummarizeInputTest {
    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Map<String, String> env() {
        return Map.of("MOJAZ_DATABASE_PATH", dir.resolve("mojaz.db").toString(), "MOJAZ_INPUT_MAX_FILE_BYTES", "1MB");
    }

    private int run(InputStream stdin, String... args) {
        return Main.run(args, env(), stdin, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private int run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadAPdfFileThroughItsTextLayerLikeTheChatDoes() throws Exception {
        // given
        Path pdf = Files.write(dir.resolve("council.pdf"), Fixtures.pdf());

        // when
        int code = run("summarize", "--no-store", "--body", pdf.toString());

        // then
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("Samira Haddad, who leads the council");
        assertThat(out()).doesNotContain("FontName").doesNotContain("endobj");
    }

    @Test
    void shouldStopReadingStdinOneByteOverTheCapAndSayItIsTooLarge() {
        // given: far more than the 1 MB cap waiting on standard input
        CountingInput stdin = new CountingInput(50L << 20);

        // when
        int code = run(stdin, "summarize", "--no-store", "-");

        // then
        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("larger than 1 MB");
        assertThat(stdin.read).isLessThanOrEqualTo((1L << 20) + 1);
    }

    @Test
    void shouldSayAFolderIsAFolder() {
        // when
        int code = run("summarize", dir.toString());

        // then
        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("is a folder, not a file").doesNotContain("There is no file");
    }

    @Test
    void shouldSayAPipeIsNotARegularFile() throws Exception {
        // given
        Path fifo = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is available");

        // when
        int code = run("summarize", fifo.toString());

        // then
        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("is not a regular file").doesNotContain("There is no file");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "javascript:alert(1)|I only open http:// and https:// links, not javascript: links.",
        "data:text/html,<p>hello</p>|I only open http:// and https:// links, not data: links.",
        "127.0.0.1|That link points to a private or local network address, which I do not open.",
        "https//example.com/news/1|Did you mean https://example.com/news/1 ?",
    })
    void shouldRefuseThingsThatAreLinksAsLinksNotAsMissingFiles(String argument, String message) {
        // when
        int code = run("summarize", "--no-store", argument);

        // then
        assertThat(code).isEqualTo(1);
        assertThat(err()).contains(message).doesNotContain("There is no file");
    }

    @Test
    void shouldStillSayAMissingFileIsMissing() {
        // when
        int code = run("summarize", dir.resolve("nothing-here.html").toString());

        // then
        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("There is no file at");
    }

    @Test
    void shouldPrintNoBidiOverridesOrEscapeSequencesFromAPageTitle() throws Exception {
        // given: a title that would reverse the rest of the line and clear the screen
        Path page = Files.write(dir.resolve("council.html"),
                Fixtures.htmlBytes("Tree plan \u202Enalp eert\u202C \u2066isolated\u2069 \u001B[2J approved"));

        // when
        int code = run("summarize", "--no-store", page.toString());

        // then
        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("Tree plan nalp eert isolated [2J approved");
        assertThat(out()).doesNotContain("\u202E").doesNotContain("\u202C").doesNotContain("\u2066")
                .doesNotContain("\u2069").doesNotContain("\u001B");
    }

    /** Endless input that counts what was taken from it. */
    private static final class CountingInput extends InputStream {
        private final long size;
        long read;

        CountingInput(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (read >= size) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - read);
            java.util.Arrays.fill(b, off, off + n, (byte) 'a');
            read += n;
            return n;
        }
    }
}
