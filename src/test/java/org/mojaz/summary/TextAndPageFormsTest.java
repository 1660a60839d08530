package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Article;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.ingest.Ingestor;
import org.mojaz.testing.TestWiring;

/** One article sent as a web page and as a hard-wrapped .txt file gets one title and one summary. */
class TextAndPageFormsTest {
    private static final ExtractiveSummarizer ENGINE = new ExtractiveSummarizer(new EntityExtractor());
    private final Ingestor ingestor = TestWiring.ingestor();

    private static final String TITLE_AR = "الجزائر تفتتح محطة ثالثة لتحلية مياه البحر في ولاية وهران";
    private static final List<String> BODY_AR = List.of(
            "افتتح وزير الموارد المائية يوم الأحد محطة جديدة لتحلية مياه البحر في ولاية وهران، بطاقة تبلغ 300 ألف"
                    + " متر مكعب يوميا، وهي الثالثة من نوعها في الولاية خلال خمس سنوات.",
            "وقال الوزير في تصريح للصحافة إن المحطة ستزود أكثر من مليون ساكن بمياه الشرب، وإنها ستخفف الضغط على"
                    + " السدود التي تراجع منسوبها بعد ثلاثة مواسم من الجفاف.",
            "وأنجزت المحطة شركة عمومية بالشراكة مع مكتب دراسات أجنبي، بتكلفة قاربت 250 مليون دولار، واستغرقت"
                    + " الأشغال ثلاثين شهرا.",
            "ويرى خبراء في قطاع المياه أن التحلية وحدها لا تكفي، وأن إصلاح شبكات التوزيع التي تضيع فيها نسبة كبيرة"
                    + " من المياه يبقى أولوية.",
            "وتخطط السلطات لإطلاق محطتين أخريين في الغرب الجزائري قبل نهاية العام المقبل.");
    private static final String TITLE_EN = "Port town opens its second bridge over the river after four years";
    private static final List<String> BODY_EN = List.of(
            "The town of Kelby opened a second road bridge over the Arden River on Friday, four years after the"
                    + " council first approved the project and two years later than planned.",
            "Mayor Tom Reyes said the bridge would cut the morning drive from the north bank to the port by about"
                    + " twenty minutes and take heavy lorries out of the old town centre.",
            "The bridge cost 42 million pounds, most of it paid by the regional transport fund, and carries two"
                    + " lanes for cars, a bus lane and a path for cyclists.",
            "Shop owners in the old town said they feared losing passing trade once the lorries stopped coming"
                    + " through, and asked the council for help with parking.",
            "The old bridge will close for repairs in the spring and reopen to buses and bicycles only.");

    private static String page(String title, List<String> body) {
        StringBuilder html = new StringBuilder("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title></head><body><article><h1>").append(title).append("</h1>");
        body.forEach(p -> html.append("<p>").append(p).append("</p>"));
        return html.append("</article></body></html>").toString();
    }

    /** The .txt form: the headline on the first line, then each paragraph hard-wrapped near 72 characters. */
    private static String wrappedText(String title, List<String> body) {
        StringBuilder text = new StringBuilder(title).append("\n\n");
        for (String p : body) {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : p.split(" ")) {
                if (line.length() + word.length() > 72) {
                    lines.add(line.toString().strip());
                    line.setLength(0);
                }
                line.append(word).append(' ');
            }
            lines.add(line.toString().strip());
            text.append(String.join("\n", lines)).append("\n\n");
        }
        return text.toString();
    }

    private void assertSameBrief(String title, List<String> body) {
        // given the same article as a page and as a wrapped text file
        Article fromPage = ingestor.fromHtml(page(title, body), "https://news.example/a", "https://news.example/a");
        Article fromFile = ingestor.fromDocument(wrappedText(title, body).getBytes(StandardCharsets.UTF_8),
                "article.txt", "text/plain");

        // when
        Digest a = ENGINE.summarize(fromPage);
        Digest b = ENGINE.summarize(fromFile);

        // then
        assertThat(fromFile.title()).isEqualTo(fromPage.title()).isEqualTo(title);
        assertThat(b.arabic().summary()).isEqualTo(a.arabic().summary());
        assertThat(b.english().summary()).isEqualTo(a.english().summary());
        assertThat(b.arabic().summary() + b.english().summary()).doesNotContain(title);
    }

    @Test
    void shouldGiveAnArabicArticleTheSameTitleAndSummaryAsPageAndAsWrappedText() {
        assertSameBrief(TITLE_AR, BODY_AR);
    }

    @Test
    void shouldGiveAnEnglishArticleTheSameTitleAndSummaryAsPageAndAsWrappedText() {
        assertSameBrief(TITLE_EN, BODY_EN);
    }
}
