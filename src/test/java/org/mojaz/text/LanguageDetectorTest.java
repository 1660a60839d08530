package org.mojaz.text;

import org.mojaz.core.Language;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
    private static final LanguageDetector DETECTOR = new LanguageDetector();

    @Test
    void shouldRecogniseArabicNewsProse() {
        String text = "أعلنت وزارة الفلاحة المغربية يوم الثلاثاء عن برنامج جديد لدعم صغار الفلاحين في جهة سوس ماسة، "
                + "بعد موسم جفاف ثالث على التوالي أضر بمحاصيل الحبوب والخضر.";

        assertThat(DETECTOR.detect(text)).isEqualTo(Language.ARABIC);
    }

    @Test
    void shouldRecogniseEnglishNewsProse() {
        String text = "The ministry of agriculture announced on Tuesday a new programme to support small farmers "
                + "in the Souss-Massa region after a third dry season in a row hurt cereal and vegetable crops.";

        assertThat(DETECTOR.detect(text)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void shouldCallFrenchAndEmptyTextOther() {
        String french = "Le ministère de l'agriculture a annoncé mardi un nouveau programme de soutien aux petits "
                + "agriculteurs de la région après une troisième saison sèche consécutive.";

        assertThat(DETECTOR.detect(french)).isEqualTo(Language.OTHER);
        assertThat(DETECTOR.detect("   ")).isEqualTo(Language.OTHER);
    }

    @Test
    void shouldNotCallPersianOrUrduArabic() {
        String persian = "وزارت کشاورزی ایران روز سه‌شنبه برنامه تازه‌ای برای پشتیبانی از کشاورزان کوچک اعلام کرد "
                + "که پس از سومین فصل خشک پیاپی آسیب دیده‌اند.";

        assertThat(DETECTOR.detect(persian)).isEqualTo(Language.OTHER);
    }

    @Test
    void shouldCallArabicWithSomeLatinNamesArabic() {
        String text = "قال رئيس شركة Tanger Med إن الميناء استقبل أول سفينة قادمة من Singapore يوم الخميس، "
                + "وإن الطاقة الاستيعابية ارتفعت إلى 11 مليون حاوية في السنة.";

        assertThat(DETECTOR.detect(text)).isEqualTo(Language.ARABIC);
    }
}
