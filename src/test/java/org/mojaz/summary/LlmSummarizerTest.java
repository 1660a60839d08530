package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mojaz.summary.NewsFixtures.API_KEY;
import static org.mojaz.summary.NewsFixtures.SUMMARY;
import static org.mojaz.summary.NewsFixtures.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityType;
import org.mojaz.core.Article;
import org.mojaz.llm.ModelUnavailableException;
import org.mojaz.llm.PromptTemplates;
import org.mojaz.testing.FakeOpenAi;
import org.mojaz.core.Language;

class LlmSummarizerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final FakeOpenAi openAi = new FakeOpenAi();
    private final PromptTemplates prompts = PromptTemplates.load(Path.of("no-such-folder"));

    @AfterEach
    void stop() {
        openAi.close();
    }

    private LlmSummarizer summarizer(int tokenBudget) {
        return new LlmSummarizer(NewsFixtures.chat(NewsFixtures.llm("openai-compatible", openAi.baseUrl()), API_KEY,
                Clock.systemUTC()).orElseThrow(), prompts, SUMMARY, tokenBudget);
    }

    private LlmSummarizer summarizer() {
        return summarizer(6000);
    }

    private static JsonNode body(FakeOpenAi server, int request) throws Exception {
        return JSON.readTree(server.requests().get(request).body());
    }

    @Test
    void shouldTurnAValidReplyIntoADigestWithBothBriefsAndEntities() {
        // given
        openAi.reply(NewsFixtures.answerForEnglish());

        // when
        Digest d = summarizer().summarize(NewsFixtures.english());

        // then
        assertThat(openAi.requestCount()).isEqualTo(1);
        assertThat(d.engine()).isEqualTo("llm:openai-compatible/test-model");
        assertThat(d.promptVersion()).isEqualTo(prompts.version(PromptTemplates.SUMMARIZE)).hasSize(12);
        assertThat(d.contentHash()).isEqualTo("hash-en-plant");
        assertThat(d.notice()).isNull();
        assertThat(d.arabic().language()).isEqualTo(Language.ARABIC);
        assertThat(d.arabic().summary()).startsWith("افتتحت مدينة بورت هالدن");
        assertThat(d.english().summary()).startsWith("Port Halden opened");
        assertThat(d.english().keyPoints()).hasSize(3);
        assertThat(d.entities()).extracting(Entity::nameEn)
                .containsExactly("Samira Haddad", "Northwind Water Company", "Port Halden", "40,000");
        Entity number = d.entities().get(3);
        assertThat(number.type()).isEqualTo(EntityType.NUMBER);
        assertThat(number.value()).isEqualTo("40000");
        assertThat(d.entities().get(0).note()).isEqualTo("mayor");
    }

    @Test
    void shouldSendTheKeyTheModelAndTheJsonSchemaToAnOpenAiCompatibleServer() throws Exception {
        // given
        openAi.reply(NewsFixtures.answerForEnglish());

        // when
        summarizer().summarize(NewsFixtures.english());

        // then
        assertThat(openAi.lastRequest().path()).isEqualTo("/v1/chat/completions");
        assertThat(openAi.lastRequest().header("Authorization")).isEqualTo("Bearer " + API_KEY);
        JsonNode body = body(openAi, 0);
        assertThat(body.path("model").asText()).isEqualTo("test-model");
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1200);
        assertThat(body.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(body.path("response_format").path("type").asText()).isEqualTo("json_schema");
        assertThat(body.path("response_format").path("json_schema").path("schema").path("required").toString())
                .contains("summary_ar", "summary_en", "key_points_ar", "key_points_en", "entities");
        assertThat(body.path("messages").get(0).path("role").asText()).isEqualTo("system");
        assertThat(body.path("messages").get(1).path("role").asText()).isEqualTo("user");
        assertThat(body.path("messages").get(0).path("content").asText()).doesNotContain("Port Halden");
        assertThat(body.path("messages").get(1).path("content").asText())
                .contains("<article>\nThe city of Port Halden opened");
    }

    @Test
    void shouldRepairAMalformedReplyWithOneMoreCall() throws Exception {
        // given
        openAi.reply("Sure! Here is the summary: {\"summary_en\": ").reply(NewsFixtures.answerForEnglish());

        // when
        Digest d = summarizer().summarize(NewsFixtures.english());

        // then
        assertThat(openAi.requestCount()).isEqualTo(2);
        assertThat(d.english().summary()).startsWith("Port Halden opened");
        JsonNode messages = body(openAi, 1).path("messages");
        assertThat(messages).hasSize(4);
        assertThat(messages.get(2).path("role").asText()).isEqualTo("assistant");
        assertThat(messages.get(3).path("content").asText())
                .contains("could not be used", "not the required JSON object");
    }

    @Test
    void refusesAReplyThatIsMalformedTwice() {
        // given
        openAi.reply("not json").reply("{\"still\": \"not the digest\"}");

        // when
        ModelUnavailableException e = catchThrowableOfType(ModelUnavailableException.class,
                () -> summarizer().summarize(NewsFixtures.english()));

        // then
        assertThat(e.reason()).isEqualTo(ModelUnavailableException.Reason.INVALID_OUTPUT);
        assertThat(openAi.requestCount()).isEqualTo(2);
    }

    @Test
    void refusesAnArabicSummaryWrittenInEnglish() throws Exception {
        // given
        String wrongScript = NewsFixtures.answerForEnglishWith("summary_ar",
                "Port Halden opened a desalination plant on Tuesday.");
        openAi.reply(wrongScript).reply(wrongScript);

        // when
        ModelUnavailableException e = catchThrowableOfType(ModelUnavailableException.class,
                () -> summarizer().summarize(NewsFixtures.english()));

        // then
        assertThat(e.reason()).isEqualTo(ModelUnavailableException.Reason.INVALID_OUTPUT);
        assertThat(body(openAi, 1).path("messages").get(3).path("content").asText())
                .contains("summary_ar must be written in Arabic script");
    }

    @Test
    void refusesASummaryFarOverItsWordBudget() throws Exception {
        // given
        String tooLong = NewsFixtures.answerForEnglishWith("summary_en",
                String.join(" ", NewsFixtures.words(120, "water")));
        openAi.reply(tooLong).reply(NewsFixtures.answerForEnglish());

        // when
        Digest d = summarizer().summarize(NewsFixtures.english());

        // then
        assertThat(body(openAi, 1).path("messages").get(3).path("content").asText())
                .contains("summary_en has 120 words; the limit is 60");
        assertThat(d.english().summary()).startsWith("Port Halden");
    }

    @Test
    void shouldDropAnEntityTheArticleNeverMentions() {
        // given
        openAi.reply(NewsFixtures.answerForEnglish(List.of(
                entity("سميرة حداد", "Samira Haddad", "PERSON", "mayor"),
                entity("يوناس فيبر", "Jonas Weber", "PERSON", "invented"),
                entity("1999", "1999", "DATE", "invented"),
                entity("نهر تارو", "Tarrow River", "PLACE", ""),
                entity("خطأ", "Oops", "ANIMAL", ""))));

        // when
        Digest d = summarizer().summarize(NewsFixtures.english());

        // then
        assertThat(openAi.requestCount()).isEqualTo(1);
        assertThat(d.entities()).extracting(Entity::nameEn).containsExactly("Samira Haddad", "Tarrow River");
    }

    @Test
    void shouldGroundArabicEntitiesThroughHarakatAlefFormsAndArabicIndicDigits() {
        // given
        openAi.reply(NewsFixtures.answerForArabic());

        // when
        Digest d = summarizer().summarize(NewsFixtures.arabic());

        // then
        assertThat(d.entities()).extracting(Entity::type).containsExactly(EntityType.PERSON,
                EntityType.ORGANIZATION, EntityType.PLACE, EntityType.NUMBER, EntityType.DATE);
        assertThat(d.entities().get(3).value()).isEqualTo("40");
        // the model's "الثلاثاء" is the Tuesday the article of Tuesday 15 September 2026 means by it
        assertThat(d.entities().get(4).value()).isEqualTo("2026-09-15");
        assertThat(d.arabic().summary()).contains("٤٠ ألف");
    }

    @Test
    void shouldCondenseALongArticleKeepingTheLeadAndTheOrder() throws Exception {
        // given
        List<String> paragraphs = new ArrayList<>(NewsFixtures.english().paragraphs());
        for (int i = 1; i <= 40; i++) {
            paragraphs.add("Background paragraph " + i + " opens with its own first sentence. It then goes on with"
                    + " a long second sentence that repeats details nobody needs in a short brief of the news.");
        }
        paragraphs.add("The closing paragraph says the plant opens to visitors in May. It has a second sentence.");
        Article longArticle = NewsFixtures.article("hash-long", Language.ENGLISH, "Long", paragraphs);
        openAi.reply(NewsFixtures.answerForEnglish());
        int budget = 400;

        // when
        summarizer(budget).summarize(longArticle);

        // then
        String user = body(openAi, 0).path("messages").get(1).path("content").asText();
        String fenced = user.substring(user.indexOf("<article>") + 9, user.indexOf("</article>"));
        assertThat(TokenEstimate.of(longArticle.text())).isGreaterThan(budget);
        assertThat(TokenEstimate.of(fenced.trim())).isLessThanOrEqualTo(budget);
        assertThat(fenced).contains(longArticle.paragraphs().get(0), longArticle.paragraphs().get(1));
        assertThat(fenced).contains("Background paragraph 1 opens with its own first sentence.")
                .doesNotContain("repeats details nobody needs");
        assertThat(fenced.indexOf("Background paragraph 2 ")).isGreaterThan(fenced.indexOf("Background paragraph 1 "));
    }

    @Test
    void shouldAskAgainWithoutTheSchemaWhenTheServerRefusesItAndNotSendItAgain() throws Exception {
        // given
        openAi.fail(400).reply(NewsFixtures.answerForEnglish());
        LlmSummarizer llm = summarizer();

        // when
        Digest first = llm.summarize(NewsFixtures.english());
        Digest second = llm.summarize(NewsFixtures.arabic());

        // then
        assertThat(first.english().summary()).startsWith("Port Halden");
        assertThat(second.engine()).isEqualTo("llm:openai-compatible/test-model");
        assertThat(openAi.requestCount()).isEqualTo(3);
        assertThat(body(openAi, 0).has("response_format")).isTrue();
        assertThat(body(openAi, 1).has("response_format")).isFalse();
        assertThat(body(openAi, 2).has("response_format")).isFalse();
    }

    @Test
    void shouldKeepAnEntityWithoutANoteOrWithOnlyOneName() {
        // given
        Map<String, String> noNote = new LinkedHashMap<>();
        noNote.put("name_en", "Samira Haddad");
        noNote.put("type", "PERSON");
        Map<String, String> arabicOnly = new LinkedHashMap<>();
        arabicOnly.put("name_ar", null);
        arabicOnly.put("name_en", "Tarrow River");
        arabicOnly.put("type", "place");
        openAi.reply(NewsFixtures.answerForEnglish(List.of(noNote, arabicOnly)));

        // when
        Digest d = summarizer().summarize(NewsFixtures.english());

        // then
        assertThat(openAi.requestCount()).isEqualTo(1);
        assertThat(d.entities()).extracting(Entity::nameEn).containsExactly("Samira Haddad", "Tarrow River");
        assertThat(d.entities()).extracting(Entity::nameAr).containsOnlyNulls();
        assertThat(d.entities().get(1).type()).isEqualTo(EntityType.PLACE);
    }
}
