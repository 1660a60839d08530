package org.mojaz.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageDecoderTest {

    private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
    private static final String ARABIC = "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في مدينة الرياض، "
            + "ويضم المستشفى مئتي سرير وقسما خاصا للأطفال. وقال الوزير إن العمل في المشروع استغرق ثلاث سنوات، "
            + "وإن المستشفى سيستقبل أول المرضى في بداية الشهر المقبل.";
    private static final String SHORT_ARABIC = "افتتاح مستشفى جديد في الرياض";

    private final PageDecoder decoder = new PageDecoder();

    private static String page(String head, String body) {
        return "<html><head>" + head + "<title>خبر</title></head><body><p>" + body + "</p></body></html>";
    }

    @Test
    void decodesUtf8DeclaredInTheHeader() {
        // given
        String html = page("", ARABIC);

        // when
        String text = decoder.decode(html.getBytes(StandardCharsets.UTF_8), "utf-8");

        // then
        assertThat(text).isEqualTo(html);
    }

    @Test
    void detectsUnlabelledWindows1256Arabic() {
        // given Arabic written in Java, encoded as many Arabic sites still serve it, with no label anywhere
        String html = page("", ARABIC);
        byte[] bytes = html.getBytes(WINDOWS_1256);

        // when
        Charset charset = decoder.charsetOf(bytes, null);
        String text = decoder.decode(bytes, null);

        // then
        assertThat(charset).isEqualTo(WINDOWS_1256);
        assertThat(text).isEqualTo(html);
    }

    @Test
    void detectsAShortUnlabelledWindows1256HeadlineThatIcuAloneTakesForHebrew() {
        // given a bare headline: ICU's own first guess for these bytes is ISO-8859-8
        byte[] bytes = SHORT_ARABIC.getBytes(WINDOWS_1256);

        // when
        String text = decoder.decode(bytes, null);

        // then
        assertThat(text).isEqualTo(SHORT_ARABIC);
    }

    @Test
    void detectsUnlabelledIso88596Arabic() {
        // given
        String html = page("", ARABIC);
        byte[] bytes = html.getBytes(ISO_8859_6);

        // when
        Charset charset = decoder.charsetOf(bytes, null);

        // then
        assertThat(charset).isEqualTo(ISO_8859_6);
        assertThat(decoder.decode(bytes, null)).isEqualTo(html);
    }

    @Test
    void doesNotTakeUnlabelledLatinTextForArabic() {
        // given French in windows-1252, no label
        String text = "<p>Le caf\u00e9 cr\u00e8me a rouvert \u00e0 la gare, a d\u00e9clar\u00e9 le maire.</p>";

        // when
        Charset charset = decoder.charsetOf(text.getBytes(CharsetLabels.WINDOWS_1252), null);

        // then
        assertThat(charset).isNotIn(WINDOWS_1256, ISO_8859_6);
    }

    @Test
    void leavesUnlabelledHebrewHebrew() {
        // given
        String text = "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd \u05de\u05d4 \u05e9\u05dc\u05d5\u05de\u05da";

        // when
        String decoded = decoder.decode(text.getBytes(Charset.forName("ISO-8859-8")), null);

        // then
        assertThat(decoded).isEqualTo(text);
    }

    @Test
    void detectsUnlabelledUtf8() {
        // given
        String html = page("", SHORT_ARABIC);

        // when
        Charset charset = decoder.charsetOf(html.getBytes(StandardCharsets.UTF_8), null);

        // then
        assertThat(charset).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void distrustsAUtf8HeaderWhenTheBytesAreNotUtf8() {
        // given a server that claims UTF-8 but sends windows-1256
        String html = page("", ARABIC);
        byte[] bytes = html.getBytes(WINDOWS_1256);

        // when
        String text = decoder.decode(bytes, "UTF-8");

        // then
        assertThat(text).isEqualTo(html);
    }

    @Test
    void distrustsAUtf8MetaWhenTheBytesAreNotUtf8() {
        // given
        String html = page("<meta charset=\"utf-8\">", ARABIC);

        // when
        String text = decoder.decode(html.getBytes(WINDOWS_1256), null);

        // then
        assertThat(text).isEqualTo(html);
    }

    @Test
    void readsTheHtml5MetaCharset() {
        // given a page too short for detection to be sure of, labelled in its meta tag
        String html = page("<meta charset=windows-1256>", SHORT_ARABIC);

        // when
        Charset charset = decoder.charsetOf(html.getBytes(WINDOWS_1256), null);

        // then
        assertThat(charset).isEqualTo(WINDOWS_1256);
    }

    @Test
    void readsTheHttpEquivContentTypeMeta() {
        // given
        String html = page("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1256\">",
                SHORT_ARABIC);

        // when
        String text = decoder.decode(html.getBytes(WINDOWS_1256), null);

        // then
        assertThat(text).isEqualTo(html);
    }

    @Test
    void ignoresAMetaDeclarationBeyondTheFirstFourKilobytes() {
        // given a label that only appears after 4 KB of ASCII
        String html = "<html><head><!--" + " ".repeat(5000) + "--><meta charset=\"windows-1256\"></head></html>";

        // when
        Charset charset = decoder.charsetOf(html.getBytes(StandardCharsets.US_ASCII), null);

        // then
        assertThat(charset).isNotEqualTo(WINDOWS_1256);
    }

    @Test
    void prefersTheHeaderOverTheMeta() {
        // given
        String html = page("<meta charset=\"iso-8859-6\">", SHORT_ARABIC);

        // when
        Charset charset = decoder.charsetOf(html.getBytes(WINDOWS_1256), "windows-1256");

        // then
        assertThat(charset).isEqualTo(WINDOWS_1256);
    }

    @Test
    void skipsAnUnknownHeaderLabel() {
        // given
        String html = page("<meta charset=\"windows-1256\">", SHORT_ARABIC);

        // when
        Charset charset = decoder.charsetOf(html.getBytes(WINDOWS_1256), "x-no-such-charset");

        // then
        assertThat(charset).isEqualTo(WINDOWS_1256);
    }

    @ParameterizedTest(name = "label {0}")
    @ValueSource(strings = {"ISO-8859-6", "iso_8859-6", "arabic", "ASMO-708", "ecma-114", "iso-8859-6-i", "\"arabic\""})
    void mapsTheArabicIsoLabels(String label) {
        // given
        String html = page("", SHORT_ARABIC);

        // when
        String text = decoder.decode(html.getBytes(ISO_8859_6), label);

        // then
        assertThat(text).isEqualTo(html);
    }

    @ParameterizedTest(name = "label {0}")
    @ValueSource(strings = {"iso-8859-1", "ISO8859-1", "latin1", "us-ascii", "windows-1252"})
    void readsLatin1LabelsAsWindows1252LikeBrowsers(String label) {
        // given curly quotes and a euro sign, which only windows-1252 has at 0x80-0x9F
        byte[] bytes = {'<', 'p', '>', (byte) 0x93, 'H', 'i', (byte) 0x94, ' ', (byte) 0x80, '5', '<', '/', 'p', '>'};

        // when
        String text = decoder.decode(bytes, label);

        // then
        assertThat(text).isEqualTo("<p>“Hi” €5</p>");
    }

    @Test
    void honoursAUtf8ByteOrderMarkOverTheHeaderAndDropsIt() {
        // given
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, SHORT_ARABIC.getBytes(StandardCharsets.UTF_8));

        // when
        String text = decoder.decode(body, "windows-1256");

        // then
        assertThat(text).isEqualTo(SHORT_ARABIC);
    }

    @Test
    void honoursUtf16ByteOrderMarks() {
        // given
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SHORT_ARABIC.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SHORT_ARABIC.getBytes(StandardCharsets.UTF_16BE));

        // when / then
        assertThat(decoder.decode(little, null)).isEqualTo(SHORT_ARABIC);
        assertThat(decoder.decode(big, "iso-8859-1")).isEqualTo(SHORT_ARABIC);
    }

    @Test
    void treatsAUtf16MetaLabelAsUtf8() {
        // given a meta tag readable as ASCII cannot really be UTF-16 (WHATWG)
        String html = page("<meta charset=\"utf-16\">", SHORT_ARABIC);

        // when
        String text = decoder.decode(html.getBytes(StandardCharsets.UTF_8), null);

        // then
        assertThat(text).isEqualTo(html);
    }

    @Test
    void decodesAnEnglishPageWithoutAnyLabel() {
        // given
        String html = "<html><head><title>Port</title></head><body><p>The port reopened on Monday after a week of "
                + "strikes, officials said.</p></body></html>";

        // when
        String text = decoder.decode(html.getBytes(StandardCharsets.US_ASCII), null);

        // then
        assertThat(text).isEqualTo(html);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
