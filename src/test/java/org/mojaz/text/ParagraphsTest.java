package org.mojaz.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

class ParagraphsTest {
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    // Our own text, hard-wrapped at about 70 characters as in an e-mail.
    private static final String WRAPPED_ARABIC = """
            أعلنت بلدية المدينة الساحلية يوم الأحد عن افتتاح محطة جديدة لتحلية
            مياه البحر في الحي الشمالي، بطاقة تبلغ عشرين ألف متر مكعب يوميا، وذلك
            بعد سنتين من الأشغال التي تأخرت بسبب نقص المعدات وارتفاع الأسعار في
            السوق الدولية. وقال رئيس البلدية إن المحطة ستزود أكثر من مئة ألف ساكن
            بالماء الصالح للشرب خلال فصل الصيف المقبل.
            وأضاف أن مشروعا ثانيا سيبدأ العام المقبل في الجنوب.""";
    private static final String WRAPPED_ENGLISH = """
            The harbour town opened a new desalination plant on Sunday in its
            northern district, with a capacity of twenty thousand cubic metres a
            day, after two years of works delayed by shortages of equipment. The
            mayor said the plant would supply more than a hundred thousand people
            with drinking water by next summer.
            A second project will start in the south next year.""";

    @Test
    void should_give_whole_sentences_for_wrapped_arabic_text() {
        // when
        List<String> sentences = SPLITTER.split(WRAPPED_ARABIC, Language.ARABIC);

        // then
        assertThat(sentences).hasSize(3);
        assertThat(sentences).allSatisfy(s -> assertThat(Paragraphs.endsSentence(s)).isTrue());
        assertThat(sentences.get(0)).startsWith("أعلنت بلدية").endsWith("الدولية.");
    }

    @Test
    void should_give_whole_sentences_for_wrapped_english_text() {
        // when
        List<String> sentences = SPLITTER.split(WRAPPED_ENGLISH, Language.ENGLISH);

        // then
        assertThat(sentences).hasSize(3);
        assertThat(sentences).allSatisfy(s -> assertThat(Paragraphs.endsSentence(s)).isTrue());
        assertThat(sentences.get(1)).startsWith("The mayor said").endsWith("next summer.");
    }

    @Test
    void should_keep_a_short_headline_line_and_list_items_on_their_own() {
        // given
        String text = "Harbour town opens desalination plant\nThe plant opened on Sunday after two years of works.\n"
                + "- It serves the northern district\n- It cost forty million";

        // when
        List<String> paragraphs = Paragraphs.of(text);

        // then
        assertThat(paragraphs).containsExactly("Harbour town opens desalination plant",
                "The plant opened on Sunday after two years of works.", "- It serves the northern district",
                "- It cost forty million");
    }
}
