package org.mojaz.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.store.PassageHit;
import org.mojaz.store.PassageIndex;
import org.mojaz.store.Store;
import org.mojaz.store.StoredArticle;

class QuestionAnswererTest {
    private static final EntityExtractor ENTITIES = new EntityExtractor();
    static final QaOptions OPTIONS = new QaOptions(java.time.Duration.ofDays(30), 3, 0.55);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-10T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private Store store;
    private QuestionAnswerer qa;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("m.db"), CLOCK);
        qa = QuestionAnswering.build(OPTIONS, store, ENTITIES, Optional.empty(), CLOCK);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void should_answer_a_question_replying_to_a_brief_from_that_article_with_its_source() {
        StoredArticle article = store.saveArticle(1, QaArticles.manoeuvres());
        store.saveArticle(1, QaArticles.gas());

        Answer answer = qa.answer(1, "متى تنتهي المناورات؟", article.id());

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("19 سبتمبر");
        assertThat(answer.engine()).isEqualTo("extractive");
        assertThat(answer.citations()).extracting(Citation::articleId).containsOnly(article.id());
        assertThat(answer.citations().get(0).link()).isEqualTo("https://news.test/ar/manoeuvres");
    }

    @Test
    void should_find_an_arabic_article_for_an_english_question_and_say_a_translation_needs_a_model() {
        store.saveArticle(1, QaArticles.gas());
        store.saveArticle(1, QaArticles.manoeuvres());

        Answer answer = qa.answer(1, "How many soldiers from Algeria and Tunisia take part in the exercises?", null);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("3200").contains("a translation needs a language model");
    }

    @Test
    void should_find_an_english_article_for_an_arabic_question() {
        store.saveArticle(1, QaArticles.manoeuvres());
        store.saveArticle(1, QaArticles.gas());

        Answer answer = qa.answer(1, "أين وقعت الجزائر اتفاق الغاز مع إيطاليا؟", null);

        assertThat(answer.found()).isTrue();
        assertThat(answer.text()).contains("Rome").startsWith("هذا ما تقوله مقالاتك");
    }

    @Test
    void should_say_it_could_not_find_what_the_articles_do_not_say_and_quote_nothing() {
        store.saveArticle(1, QaArticles.gas());

        Answer answer = qa.answer(1, "What is the price of Algerian gas per cubic metre?", null);

        assertThat(answer.found()).isFalse();
        assertThat(answer.text()).isEqualTo("I could not find this in your articles.");
        assertThat(answer.citations()).isEmpty();
    }

    @Test
    void should_tell_a_chat_without_articles_to_send_one_first() {
        Answer answer = qa.answer(5, "When do the exercises end?", null);

        assertThat(answer.found()).isFalse();
        assertThat(answer.text()).contains("send me a link first");
    }

    @Test
    void should_never_retrieve_another_chats_passages_even_when_asked_for_its_article() {
        StoredArticle theirs = store.saveArticle(2, QaArticles.manoeuvres());
        store.saveArticle(1, QaArticles.gas());

        Answer byReply = qa.answer(1, "متى تنتهي المناورات؟", theirs.id());
        Answer byChat = qa.answer(1, "كم عدد الجنود المشاركين في المناورات؟", null);
        List<PassageHit> direct = new PassageIndex(store).search(1, List.of(theirs.id()), List.of("مناور"), 10);

        assertThat(byReply.text()).doesNotContain("سبتمبر");
        assertThat(byChat.found()).isFalse();
        assertThat(direct).isEmpty();
    }

    @Test
    void should_carry_the_previous_question_into_a_follow_up() {
        StoredArticle water = store.saveArticle(1, QaArticles.waterPipeline());
        StoredArticle solar = store.saveArticle(1, QaArticles.solarPlant()); // the latest article
        store.saveArticle(2, QaArticles.waterPipeline());
        store.saveArticle(2, QaArticles.solarPlant());

        qa.answer(1, "How long is the water pipeline from Aqaba to Amman?", null);
        Answer followUp = qa.answer(1, "Who is the minister?", null);
        Answer withoutMemory = qa.answer(2, "Who is the minister?", null);

        assertThat(followUp.citations().get(0).articleId()).isEqualTo(water.id());
        assertThat(followUp.citations().get(0).passage()).contains("Raed Khasawneh");
        assertThat(withoutMemory.citations().get(0).articleId()).isEqualTo(solar.id());
    }

    @Test
    void should_forget_the_memory_with_the_chat() {
        store.saveArticle(1, QaArticles.waterPipeline());
        qa.answer(1, "How long is the water pipeline from Aqaba to Amman?", null);

        store.forgetChat(1);

        assertThat(new org.mojaz.store.QuestionLog(store).recent(1, 5)).isEmpty();
        assertThat(new PassageIndex(store).countPassages()).isZero();
        assertThat(qa.answer(1, "How long is the water pipeline?", null).found()).isFalse();
    }

    @Test
    void should_index_articles_stored_before_question_answering_existed() {
        Path file = dir.resolve("old.db");
        long id;
        try (Store old = Store.open(file, CLOCK)) {
            id = old.saveArticle(3, QaArticles.gas()).id();
        }
        try (Store reopened = Store.open(file, CLOCK)) {
            QuestionAnswerer again = QuestionAnswering.build(OPTIONS, reopened, ENTITIES, Optional.empty(), CLOCK);

            Answer answer = again.answer(3, "Where was the gas agreement signed?", id);

            assertThat(answer.text()).contains("Rome");
        }
    }
}
