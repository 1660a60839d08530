package org.mojaz.ingest;

import org.mojaz.core.Article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.core.Language;
import org.mojaz.text.LanguageDetector;

class IngestorTest {
    private static final LanguageDetector DETECTOR = new LanguageDetector();
    private static final String ARABIC = "أطلقت وزارة التجهيز برنامجا جديدا لإصلاح الطرق القروية في جهة درعة تافيلالت، "
            + "يشمل أكثر من ثلاثمئة كيلومتر من المسالك التي تضررت من فيضانات الخريف الماضي. وقال مسؤول في الوزارة "
            + "إن الأشغال ستنطلق في شهر نونبر المقبل وتستمر سنتين، بكلفة تقارب ستمئة مليون درهم، وإن الأولوية "
            + "ستعطى للدواوير المعزولة التي تنقطع عنها الطريق كل شتاء.";

    @TempDir
    Path dir;

    private Ingestor ingestor() {
        return new Ingestor(new SafeFetcher(FetchSettings.defaults()), new PageDecoder(), new ArticleExtractor(), DETECTOR,
                new IngestLimits(1024 * 1024, 50_000, 40),
                Clock.fixed(Instant.parse("2026-09-14T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void shouldTakeAShortFirstLineOfPastedTextAsTheTitle() {
        Article a = ingestor().fromText("الطرق القروية في درعة تافيلالت\n\n" + ARABIC, "text:pasted");

        assertThat(a.title()).isEqualTo("الطرق القروية في درعة تافيلالت");
        assertThat(a.language()).isEqualTo(Language.ARABIC);
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(a.contentHash()).hasSize(64);
    }

    @Test
    void shouldGiveTheSameHashWhateverTheHarakatAndSpacing() {
        String withHarakat = ARABIC.replace("برنامجا", "بَرْنَامَجاً").replace(" ", "  ");

        assertThat(Ingestor.contentHash(withHarakat)).isEqualTo(Ingestor.contentHash(ARABIC));
    }

    @Test
    void refusesTextTooShortToBrief() {
        assertThatThrownBy(() -> ingestor().fromText("Only a few words here.", "text:pasted"))
                .isInstanceOf(ExtractionException.class)
                .hasMessageContaining("paste the article text".replace("paste", "Paste"));
    }

    @Test
    void refusesABinaryFileWithAClearMessage() throws Exception {
        Path png = dir.resolve("photo.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});

        assertThatThrownBy(() -> ingestor().fromFile(png))
                .isInstanceOf(FetchException.class)
                .hasMessage("That file is not text or HTML, so I cannot read it.");
    }

    @Test
    void refusesAFileOverTheSizeLimit() throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "word ".repeat(300_000), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ingestor().fromFile(big))
                .isInstanceOf(FetchException.class)
                .extracting(e -> ((FetchException) e).reason()).isEqualTo(FetchException.Reason.TOO_LARGE);
    }

    @Test
    void refusesAMissingFile() {
        assertThatThrownBy(() -> ingestor().fromFile(dir.resolve("nope.html")))
                .isInstanceOf(FetchException.class).hasMessageContaining("no file");
    }

    @Test
    void should_take_a_headline_line_ending_in_an_ellipsis_as_the_title_and_join_wrapped_lines() {
        // given: our own pasted article, headline then a body wrapped at about 70 characters
        String pasted = "الجزائر وروسيا تجريان مناورات مشتركة…\n"
                + "أطلقت وزارة التجهيز برنامجا جديدا لإصلاح الطرق القروية في جهة درعة\n"
                + "تافيلالت، يشمل أكثر من ثلاثمئة كيلومتر من المسالك التي تضررت من\n"
                + "فيضانات الخريف الماضي. وقال مسؤول في الوزارة إن الأشغال ستنطلق في\n"
                + "شهر نونبر المقبل وتستمر سنتين، بكلفة تقارب ستمئة مليون درهم، وإن\n"
                + "الأولوية ستعطى للدواوير المعزولة التي تنقطع عنها الطريق كل شتاء.";

        // when
        Article a = ingestor().fromText(pasted, "text:pasted");

        // then
        assertThat(a.title()).isEqualTo("الجزائر وروسيا تجريان مناورات مشتركة…");
        assertThat(a.paragraphs()).hasSize(1);
        assertThat(a.paragraphs().get(0)).contains("درعة تافيلالت،").endsWith("كل شتاء.");
    }
}
