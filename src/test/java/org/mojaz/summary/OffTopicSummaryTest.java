package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mojaz.summary.NewsFixtures.API_KEY;
import static org.mojaz.summary.NewsFixtures.SUMMARY;
import static org.mojaz.summary.NewsFixtures.entity;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.llm.LlmModels;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.testing.FakeOpenAi;

/**
 * A model that answers with the summary of another article (a Tangier budget for a report on water in Berkane) is
 * not trusted: it is asked to repair, then the extractive engine answers. Articles and answers are our own writing.
 */
class OffTopicSummaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeOpenAi openAi = new FakeOpenAi();
    private final FakeExtractive extractive = new FakeExtractive();

    @AfterEach
    void stop() {
        openAi.close();
    }

    private Summarizer chain() {
        LlmSummarizer llm = new LlmSummarizer(NewsFixtures.chat(NewsFixtures.llm("openai-compatible", openAi.baseUrl()),
                API_KEY, Clock.systemUTC()).orElseThrow(), PromptTemplates.load(Path.of("no-such-folder")), SUMMARY,
                6000);
        return new FallbackSummarizer(llm, extractive);
    }

    static Article berkaneArabic() {
        return NewsFixtures.article("hash-berkane-ar", Language.ARABIC, "بركان: الفلاحون يطالبون بحصص أكبر من مياه السقي",
                List.of("طالب فلاحو سهل تريفة بإقليم بركان يوم الاثنين بزيادة حصص مياه السقي بعد تراجع مخزون سد"
                                + " مشرع حمادي إلى 28 في المئة من طاقته.",
                        "وقال رئيس جمعية مستعملي المياه يوسف العمراني إن أشجار الحوامض في بركان تحتاج إلى السقي"
                                + " مرتين في الأسبوع خلال الصيف، وإن الحصص الحالية لا تكفي.",
                        "وأعلنت وكالة الحوض المائي لملوية أنها ستفتح ثلاثة آبار جديدة قرب بركان قبل نهاية شهر يوليوز."));
    }

    static Article berkaneEnglish() {
        return NewsFixtures.article("hash-berkane-en", Language.ENGLISH, "Berkane farmers ask for more irrigation water",
                List.of("Farmers on the Triffa plain near Berkane asked on Monday for larger shares of irrigation water"
                                + " after the Mechra Hammadi dam fell to 28 percent of its capacity.",
                        "Youssef Amrani, who heads the water users' association, said the citrus orchards of Berkane"
                                + " need watering twice a week in summer and that the current shares are not enough.",
                        "The Moulouya basin agency said it would open three new wells near Berkane before the end of"
                                + " July."));
    }

    /** The answer for another article: the city council of Tangier adopted its budget. */
    static String tangierBudget() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("summary_ar", "صادق المجلس الجماعي لطنجة على ميزانية السنة المقبلة بقيمة مليار ومئتي مليون درهم، مع رفع"
                + " مخصصات النقل الحضري والإنارة العمومية وصيانة الطرق في المدينة.");
        a.put("summary_en", "Tangier's city council adopted next year's budget of 1.2 billion dirhams, raising spending"
                + " on urban transport, street lighting and road maintenance in the city.");
        a.put("key_points_ar", List.of("صادق المجلس على الميزانية.", "ارتفعت مخصصات النقل الحضري."));
        a.put("key_points_en", List.of("The council adopted the budget.", "Spending on urban transport rose."));
        a.put("entities", List.of(entity("طنجة", "Tangier", "PLACE", ""),
                entity("المجلس الجماعي لطنجة", "Tangier city council", "ORGANIZATION", "")));
        return NewsFixtures.write(a);
    }

    static String berkaneAnswer() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("summary_ar", "طالب فلاحو سهل تريفة قرب بركان بزيادة حصص مياه السقي بعد تراجع مخزون سد مشرع حمادي إلى 28"
                + " في المئة، وأعلنت وكالة الحوض المائي لملوية فتح ثلاثة آبار جديدة.");
        a.put("summary_en", "Farmers on the Triffa plain near Berkane asked for more irrigation water after the Mechra"
                + " Hammadi dam fell to 28 percent; the Moulouya basin agency will open three new wells.");
        a.put("key_points_ar", List.of("تراجع مخزون السد إلى 28 في المئة.", "ستفتح ثلاثة آبار جديدة."));
        a.put("key_points_en", List.of("The dam fell to 28 percent.", "Three new wells will open."));
        a.put("entities", List.of(entity("بركان", "Berkane", "PLACE", ""),
                entity("سد مشرع حمادي", "Mechra Hammadi dam", "PLACE", "")));
        return NewsFixtures.write(a);
    }

    private String repairMessage() throws Exception {
        var messages = JSON.readTree(openAi.requests().get(1).body()).path("messages");
        return messages.get(messages.size() - 1).path("content").asText();
    }

    @Test
    void shouldFallBackWhenTheModelTwiceSummarisesAnotherArticleForAnArabicOne() throws Exception {
        // given
        openAi.reply(tangierBudget()).reply(tangierBudget());

        // when
        Digest d = chain().summarize(berkaneArabic(), 1L);

        // then
        assertThat(openAi.requestCount()).isEqualTo(2);
        assertThat(repairMessage()).contains("summary_ar is not about this article");
        assertThat(d.engine()).isEqualTo("extractive");
        assertThat(d.notice()).startsWith("the model's answer could not be used · ");
    }

    @Test
    void shouldFallBackWhenTheModelTwiceSummarisesAnotherArticleForAnEnglishOne() throws Exception {
        // given
        openAi.reply(tangierBudget()).reply(tangierBudget());

        // when
        Digest d = chain().summarize(berkaneEnglish(), 1L);

        // then
        assertThat(repairMessage()).contains("summary_en is not about this article")
                .contains("summary_ar names none of the article's");
        assertThat(d.engine()).isEqualTo("extractive");
    }

    @Test
    void shouldAcceptTheRepairedAnswerWhenItIsAboutTheArticle() throws Exception {
        // given
        openAi.reply(tangierBudget()).reply(berkaneAnswer());

        // when
        Digest d = chain().summarize(berkaneArabic(), 1L);

        // then
        assertThat(openAi.requestCount()).isEqualTo(2);
        assertThat(d.engine()).startsWith("llm:");
        assertThat(d.english().summary()).contains("Berkane");
    }

    @Test
    void shouldAcceptAnAnswerAboutTheArticleInEitherLanguageAtOnce() {
        // given
        openAi.reply(berkaneAnswer());

        // when
        Digest arabic = chain().summarize(berkaneArabic(), 1L);
        Digest english = chain().summarize(berkaneEnglish(), 1L);

        // then
        assertThat(openAi.requestCount()).isEqualTo(2);
        assertThat(arabic.engine()).startsWith("llm:");
        assertThat(english.engine()).startsWith("llm:");
    }

    @Test
    void shouldJudgeTheOtherLanguageByTheArticlesBilingualNamesWhenTheModelListsNoEntities() throws Exception {
        // given: an English summary that is about Tangier, for the Arabic article, with no entities to help
        String mixed = NewsFixtures.write(Map.of(
                "summary_ar", JSON.readTree(berkaneAnswer()).path("summary_ar").asText(),
                "summary_en", JSON.readTree(tangierBudget()).path("summary_en").asText(),
                "key_points_ar", List.of("ستفتح ثلاثة آبار جديدة."),
                "key_points_en", List.of("Spending on urban transport rose."),
                "entities", List.of()));
        openAi.reply(mixed).reply(mixed);

        // when
        Digest d = chain().summarize(berkaneArabic(), 1L);

        // then
        assertThat(repairMessage()).contains("summary_en names none of the article's")
                .doesNotContain("summary_ar is not about");
        assertThat(d.engine()).isEqualTo("extractive");
    }
}
