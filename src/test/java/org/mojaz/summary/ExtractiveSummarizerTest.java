package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.entity.EntityType;
import org.mojaz.core.Article;
import org.mojaz.text.ArabicNormalizer;
import org.mojaz.core.Language;
import org.mojaz.text.SentenceSplitter;
import org.mojaz.text.Tokenizer;

class ExtractiveSummarizerTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final ExtractiveSummarizer ENGINE = new ExtractiveSummarizer(new EntityExtractor());
    private static final Article ARABIC = TestArticles.load("ar-clinic.txt", Language.ARABIC);
    private static final Article ENGLISH = TestArticles.load("en-bridge.txt", Language.ENGLISH);

    @Test
    void shouldSummariseAnArabicArticleInArabicAndSayInEnglishThatAnLlmIsNeeded() {
        // when
        Digest digest = ENGINE.summarize(ARABIC);

        // then
        assertThat(digest.arabic().available()).isTrue();
        assertThat(digest.arabic().summary()).isNotBlank();
        assertThat(digest.english().available()).isFalse();
        assertThat(digest.english().summary()).contains("LLM").matches("[\\p{IsLatin}\\p{Punct}\\p{N}\\s’()·]+");
        assertThat(digest.english().keyPoints()).isEmpty();
    }

    @Test
    void shouldSummariseAnEnglishArticleInEnglishAndSayInArabicThatAnLlmIsNeeded() {
        // when
        Digest digest = ENGINE.summarize(ENGLISH);

        // then
        assertThat(digest.english().available()).isTrue();
        assertThat(digest.arabic().available()).isFalse();
        assertThat(digest.arabic().summary()).contains("نموذج لغوي");
        long arabicLetters = digest.arabic().summary().chars().filter(c -> ArabicNormalizer.isArabicLetter((char) c)).count();
        assertThat(arabicLetters).isGreaterThan(digest.arabic().summary().length() / 2);
    }

    @Test
    void shouldListTheNamesOfAnArabicTitleWithThoseOfTheText() {
        // given: our own short report whose place is named only in its title
        Article report = new Article("text:pasted", null, "وزير الطاقة يزور ولاية ورقلة", null, null, null,
                Language.ARABIC, List.of("تفقد الوزير صباح اليوم مشاريع الطاقة الشمسية الجديدة في الجنوب.",
                        "ووعد السكان بتسريع ربط الأحياء الجديدة بشبكة الكهرباء قبل الصيف."), "h-title",
                ENGLISH.fetchedAt());

        // when
        Digest digest = ENGINE.summarize(report);

        // then
        assertThat(digest.entities()).filteredOn(e -> e.type() == EntityType.PLACE)
                .extracting(Entity::nameAr).containsExactly("ورقلة");
    }

    @Test
    void shouldGiveNoSummaryInEitherLanguageForAnArticleInAnotherLanguage() {
        // given
        Article french = new Article("text:pasted", null, "Titre", null, null, null, Language.OTHER,
                List.of("Le pont a rouvert lundi après deux ans de travaux."), "h", ENGLISH.fetchedAt());

        // when
        Digest digest = ENGINE.summarize(french);

        // then
        assertThat(digest.arabic().available()).isFalse();
        assertThat(digest.english().available()).isFalse();
        assertThat(digest.english().summary()).contains("neither Arabic nor English");
    }

    @Test
    void shouldFillTheDigestFieldsOfTheExtractiveEngine() {
        // when
        Digest digest = ENGINE.summarize(ENGLISH);

        // then
        assertThat(digest.contentHash()).isEqualTo("hash-en-bridge.txt");
        assertThat(digest.engine()).isEqualTo("extractive");
        assertThat(digest.promptVersion()).isEqualTo("-");
        assertThat(digest.notice()).isNull();
    }

    @Test
    void shouldUseOnlyWholeSentencesOfTheArticleInOriginalOrderWithinTheBudget() {
        for (Article article : List.of(ARABIC, ENGLISH)) {
            // given
            List<String> articleSentences = SPLITTER.split(article.text(), article.language());
            List<String> picked = ENGINE.extract(article.title(), article.text(), article.language(), 60, 99);

            // then
            assertThat(picked).isNotEmpty();
            List<Integer> positions = new ArrayList<>();
            picked.forEach(s -> positions.add(indexOfSentenceEndingWith(articleSentences, s)));
            assertThat(positions).doesNotContain(-1);
            assertThat(positions).isSorted();
            assertThat(picked.stream().mapToInt(SentenceSplitter::wordCount).sum()).isLessThanOrEqualTo(60);
        }
    }

    /** A picked sentence is a sentence of the article, or its end when a leading dateline was cut off. */
    private static int indexOfSentenceEndingWith(List<String> sentences, String picked) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).equals(picked) || (i == 0 && sentences.get(i).endsWith(picked))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void shouldMakeTheSummaryTheJoinOfWholeSentencesAndKeyPointsAtMostFive() {
        // when
        Brief brief = ENGINE.summarize(ARABIC).arabic();

        // then
        List<String> sentences = SPLITTER.split(brief.summary(), Language.ARABIC);
        assertThat(SPLITTER.split(ARABIC.text(), Language.ARABIC)).containsAll(sentences);
        assertThat(SentenceSplitter.wordCount(brief.summary())).isLessThanOrEqualTo(60);
        assertThat(brief.keyPoints()).hasSizeBetween(2, 5);
        assertThat(brief.keyPoints()).allSatisfy(p -> assertThat(".؟?!؛»").contains(p.substring(p.length() - 1)));
    }

    @Test
    void shouldNeverRepeatTheTitleOrTheDatelineInTheSummary() {
        for (Article article : List.of(ARABIC, ENGLISH)) {
            // given: a tiny budget makes the short title and dateline lines the only ones that would fit
            String dateline = TestArticles.lines(article.language() == Language.ARABIC ? "ar-clinic.txt" : "en-bridge.txt").get(1);

            // when
            List<String> picked = ENGINE.extract(article.title(), article.title() + "\n" + article.text(),
                    article.language(), 12, 99);
            Brief brief = ENGINE.brief(article);

            // then
            assertThat(picked).doesNotContain(article.title()).noneMatch(s -> s.contains("14.09.2026"));
            assertThat(brief.summary()).doesNotContain(article.title()).doesNotContain("(Mojaz)");
            assertThat(brief.keyPoints()).noneMatch(p -> p.equals(dateline) || p.startsWith("PORT ELLIS"));
        }
    }

    @Test
    void shouldCutALeadingDatelineFromTheFirstSentenceInBothLanguages() {
        // given
        String arabic = "وهران - (موجز) - افتتحت الحكومة محطة جديدة لتحلية مياه البحر شرق المدينة يوم الاثنين.";
        String english = "MILLBROOK (Mojaz) - Residents voted on Tuesday to build a new flood wall by the river.";

        // when
        List<String> ar = ENGINE.extract("", arabic, Language.ARABIC, 60, 99);
        List<String> en = ENGINE.extract("", english, Language.ENGLISH, 60, 99);

        // then
        assertThat(ar).containsExactly("افتتحت الحكومة محطة جديدة لتحلية مياه البحر شرق المدينة يوم الاثنين.");
        assertThat(en).containsExactly("Residents voted on Tuesday to build a new flood wall by the river.");
    }

    @Test
    void shouldGiveTheBestSentenceWholeWhenNoSentenceFitsTheBudget() {
        // when
        List<String> picked = ENGINE.extract("", ENGLISH.text(), Language.ENGLISH, 3, 99);

        // then
        assertThat(picked).hasSize(1);
        assertThat(picked.get(0)).endsWith(".");
    }

    @Test
    void shouldSayThereIsNothingToQuoteWhenTheBodyOnlyRepeatsTheTitle() {
        // given
        Article titleOnly = new Article("text:pasted", null, "Harbour bridge reopens", null, null, null,
                Language.ENGLISH, List.of("Harbour bridge reopens."), "h", ENGLISH.fetchedAt());

        // when
        Digest digest = ENGINE.summarize(titleOnly);

        // then
        assertThat(digest.english().available()).isFalse();
        assertThat(digest.english().summary()).contains("no sentences");
    }

    @Test
    void shouldRefuseOptionsWithoutABudget() {
        assertThatThrownBy(() -> ExtractiveSummarizer.Options.defaults().withWordBudget(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wordBudget");
    }

    @Test
    void shouldPreferTheLeadWhenTheArticleRepeatsItsTopicLater() {
        // given
        ExtractiveSummarizer engine = new ExtractiveSummarizer(new EntityExtractor(),
                ExtractiveSummarizer.Options.defaults(), SPLITTER, new Tokenizer());

        // when
        List<String> picked = engine.extract(ENGLISH.title(), ENGLISH.text(), Language.ENGLISH, 40, 99);

        // then
        assertThat(picked.get(0)).startsWith("The old harbour bridge in Port Ellis reopened");
    }

    @Test
    void shouldGiveTheSameBriefsForTheSameArticle() {
        // given
        Article article = TestArticles.load("en-bridge.txt", Language.ENGLISH);

        // when
        Digest first = ENGINE.summarize(article);
        Digest second = ENGINE.summarize(article);

        // then
        assertThat(second.english()).isEqualTo(first.english());
        assertThat(second.arabic()).isEqualTo(first.arabic());
    }
}
