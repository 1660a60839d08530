package org.mojaz.text;

import org.mojaz.core.Language;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    static String resource(String name) throws IOException {
        try (InputStream in = SentenceSplitterTest.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shouldEndArabicSentencesAtQuestionMarkSemicolonExclamationAndFullStop() {
        // given
        String text = "هل وصلت العيادة إلى القرية البعيدة؟ نعم وصلت صباح اليوم الباكر؛ "
                + "وفرح السكان بها فرحاً كبيراً! وعاد الفريق إلى المدينة مساءً.";

        // when
        List<String> sentences = SPLITTER.split(text, Language.ARABIC);

        // then
        assertThat(sentences).containsExactly("هل وصلت العيادة إلى القرية البعيدة؟", "نعم وصلت صباح اليوم الباكر؛",
                "وفرح السكان بها فرحاً كبيراً!", "وعاد الفريق إلى المدينة مساءً.");
    }

    @Test
    void shouldNotSplitArabicDecimalsDatesOrTitleAbbreviations() {
        // given
        String text = "قالت د. ليلى منصوري إن الرحلة تستغرق 2.5 ساعة في المتوسط. "
                + "وبدأ البرنامج في 14.09.2026 بعشر عيادات.";

        // when
        List<String> sentences = SPLITTER.split(text, Language.ARABIC);

        // then
        assertThat(sentences).containsExactly("قالت د. ليلى منصوري إن الرحلة تستغرق 2.5 ساعة في المتوسط.",
                "وبدأ البرنامج في 14.09.2026 بعشر عيادات.");
    }

    @Test
    void shouldKeepAShortArabicQuotationInOneSentenceAndEndAfterItsClosingMark() {
        // given
        String text = "وقال المزارع: «لم أر طبيباً منذ سنوات. اليوم فحصوا قلبي!» ثم عاد إلى حقله مبتسماً.";

        // when
        List<String> sentences = SPLITTER.split(text, Language.ARABIC);

        // then
        assertThat(sentences).containsExactly("وقال المزارع: «لم أر طبيباً منذ سنوات. اليوم فحصوا قلبي!»",
                "ثم عاد إلى حقله مبتسماً.");
    }

    @Test
    void shouldEndASentenceAfterAYearWithTheEraMark() {
        // given
        String text = "ولد الموسيقار في مدينة بون عام 1770 م. وبدأ العزف وهو طفل صغير.";

        // when
        List<String> sentences = SPLITTER.split(text, Language.ARABIC);

        // then
        assertThat(sentences).hasSize(2);
    }

    @Test
    void shouldEndSentencesAtLineBreaks() {
        // given
        String text = "العنوان الأول للمقال هنا\nالفقرة الأولى تبدأ هنا وتنتهي دون نقطة\nوالثانية أيضاً تنتهي هكذا";

        // when
        List<String> sentences = SPLITTER.split(text, Language.ARABIC);

        // then
        assertThat(sentences).hasSize(3);
    }

    @Test
    void shouldNotSplitEnglishAfterUsOrDrOrDecimals() {
        // given
        String text = "Dr. Henry Blake said the U.S. federal programme paid 2.5 million dollars. "
                + "The rest came from the city.";

        // when
        List<String> sentences = SPLITTER.split(text, Language.ENGLISH);

        // then
        assertThat(sentences).containsExactly(
                "Dr. Henry Blake said the U.S. federal programme paid 2.5 million dollars.",
                "The rest came from the city.");
    }

    @Test
    void shouldGlueOneAndTwoWordFragmentsToTheirNeighbour() {
        // given
        String text = "Yes. The council voted for the new wall on Tuesday night. Really?";

        // when
        List<String> sentences = SPLITTER.split(text, Language.ENGLISH);

        // then
        assertThat(sentences).allSatisfy(s -> assertThat(SentenceSplitter.wordCount(s)).isGreaterThanOrEqualTo(3));
        assertThat(String.join(" ", sentences)).isEqualTo(text);
    }

    @Test
    void shouldCutARunOnParagraphAtAClauseMark() {
        // given
        String clause = "وأعلنت البلدية عن خطة جديدة لتنظيف الشواطئ وزراعة الأشجار في الأحياء الشعبية القديمة";
        String text = String.join("، ", clause, clause, clause, clause, clause, clause) + ".";

        // when
        List<String> sentences = SPLITTER.split(text, Language.ARABIC);

        // then
        assertThat(sentences).hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(SentenceSplitter.wordCount(s)).isLessThanOrEqualTo(SentenceSplitter.MAX_WORDS));
    }

    @Test
    void should_not_cut_a_run_on_sentence_inside_a_bracket() {
        // given: a run-on of about 90 words whose clause mark nearest the middle is the colon inside a bracket
        String clause = "وأعلنت البلدية عن خطة جديدة لتنظيف الشواطئ وزراعة الأشجار في الأحياء الشعبية القديمة";
        String text = String.join("، ", clause, clause, clause)
                + " وبنت فرنا شمسيا كبيرا (يسمى بالإنجليزية: solar kiln) لتجفيف الخشب "
                + String.join("، ", clause, clause, clause) + ".";

        // when
        List<String> sentences = SPLITTER.split(text, Language.ARABIC);

        // then: every piece closes the brackets it opens
        assertThat(sentences).hasSizeGreaterThan(1)
                .allSatisfy(s -> assertThat(s.chars().filter(c -> c == '(').count())
                        .isEqualTo(s.chars().filter(c -> c == ')').count()));
    }

    @Test
    void shouldCutTextWithoutAnyPunctuationIntoEvenPieces() {
        // given: 150 words, no mark at all
        String text = String.join(" ", java.util.Collections.nCopies(10,
                "the river rose again and the town council met late into the night to talk"));

        // when
        List<String> sentences = SPLITTER.split(text, Language.ENGLISH);

        // then
        assertThat(sentences).hasSize(3)
                .allSatisfy(s -> assertThat(SentenceSplitter.wordCount(s)).isEqualTo(50));
    }

    @Test
    void shouldLeaveNoOneOrTwoWordFragmentsInOurArticlesBesidesShortLines() throws IOException {
        for (String name : List.of("ar-clinic.txt", "en-bridge.txt")) {
            // given
            String text = resource(name);
            Language language = name.startsWith("ar") ? Language.ARABIC : Language.ENGLISH;

            // when
            List<String> sentences = SPLITTER.split(text, language);

            // then
            List<String> lines = List.of(text.split("\\n"));
            assertThat(sentences).filteredOn(s -> !lines.contains(s))
                    .allSatisfy(s -> assertThat(SentenceSplitter.wordCount(s)).isGreaterThan(2));
            assertThat(sentences).hasSizeGreaterThan(lines.size());
        }
    }
}
