package org.mojaz.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void shouldEscapeTheCharactersTelegramsHtmlParserReads() {
        assertThat(Html.escape("a < b & c > \"d\" *e*")).isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot; *e*");
    }

    @Test
    void shouldIsolateLatinNamesAndNumbersInsideArabicWithoutBreakingEntities() {
        String html = Html.arabic("قال John Smith إن R&D نمت 5%");

        assertThat(html).startsWith("\u200F");
        assertThat(html).contains("\u2066John Smith\u2069", "\u2066R&amp;D\u2069", "\u20665%\u2069");
        assertThat(Html.arabic("عن Budget & Trees اليوم")).contains("\u2066Budget &amp; Trees\u2069");
        assertThat(html.replace("&amp;", "")).doesNotContain("&");
    }

    @Test
    void shouldIsolateArabicNamesInsideEnglish() {
        assertThat(Html.english("Minister سميرة حداد said")).isEqualTo("Minister \u2067سميرة حداد\u2069 said");
    }

    @Test
    void shouldGiveTheSameReplyAsPlainTextForTheTerminal() {
        Reply reply = Reply.of("<b>Title &amp; more</b>\n<i>a &lt; b</i> <a href=\"https://x.test/\">link</a>");

        assertThat(reply.plainText()).isEqualTo("Title & more\na < b link <https://x.test/>");
    }

    @Test
    void shouldSplitAtParagraphBoundariesUnderTheLimit() {
        String paragraph = "<b>Heading</b>\n" + "word ".repeat(150).strip();
        String html = String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph));

        List<String> parts = Splitter.split(html, 1600);

        assertThat(parts).hasSize(2).allSatisfy(p -> assertThat(p.split("\n\n")).containsOnly(paragraph));
    }

    @Test
    void shouldCutAnOverlongParagraphBetweenWordsAndDropItsTags() {
        String html = "<b>" + "word ".repeat(1000).strip() + "</b>";

        List<String> parts = Splitter.split(html, 1000);

        assertThat(parts).hasSizeGreaterThan(4).allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(1000)
                .doesNotContain("<b>", "</b>"));
    }

    @Test
    void shouldReadButtonDataBackIntoAView() {
        BriefView view = new BriefView(12, 'm', "ar");

        assertThat(BriefView.parse(view.data())).contains(view);
        assertThat(BriefView.parse("v:12:x:ar")).isEmpty();
        assertThat(BriefView.parse("forget:yes")).isEmpty();
        assertThat(view.nextLanguages().languages()).isEqualTo("en");
    }
}
