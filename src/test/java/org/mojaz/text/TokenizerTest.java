package org.mojaz.text;

import org.mojaz.core.Language;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {
    private static final Tokenizer TOKENIZER = new Tokenizer();

    @Test
    void shouldStripTheConjunctionAndArticleSoBothFormsShareOneStem() {
        // given
        String withClitic = "والجزائر";
        String plain = "الجزائر";

        // when
        String a = TOKENIZER.term(withClitic, Language.ARABIC);
        String b = TOKENIZER.term(plain, Language.ARABIC);

        // then
        assertThat(a).isEqualTo(b).isEqualTo("جزائر");
    }

    @Test
    void shouldDropArabicFunctionWordsAlsoBehindAClitic() {
        // when
        var terms = TOKENIZER.terms("وفي المدينة ومن هذا الباب بالمستشفى", Language.ARABIC);

        // then
        assertThat(terms).containsExactly("مدين", "باب", "مستشف");
    }

    @Test
    void shouldStemEnglishAndDropStopwords() {
        // when
        var terms = TOKENIZER.terms("The engineers were repairing the bridges", Language.ENGLISH);

        // then
        assertThat(terms).containsExactly("engin", "repair", "bridg");
    }

    @Test
    void shouldSplitWordsAtPunctuationButKeepDigitsAndHarakat() {
        // when
        var words = Tokenizer.words("قالَ: «2.5 مليون»، (نعم)!");

        // then
        assertThat(words).containsExactly("قالَ", "2", "5", "مليون", "نعم");
    }
}
