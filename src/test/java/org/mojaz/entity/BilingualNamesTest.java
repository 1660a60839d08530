package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

class BilingualNamesTest {
    private static final OrganisationNames NAMES = new OrganisationNames();

    private static String english(String arabic) {
        return NAMES.english(Arrays.asList(arabic.split(" "))).orElse(null);
    }

    @Test
    void shouldNameMinistriesInstitutesAndPartiesFromTheirWords() {
        assertThat(english("وزارة الفلاحة")).isEqualTo("Ministry of Agriculture");
        assertThat(english("وزارة الداخلية")).isEqualTo("Ministry of the Interior");
        assertThat(english("المعهد الوطني للإحصاء")).isEqualTo("National Institute of Statistics");
        assertThat(english("المكتب الوطني للكهرباء والماء")).isEqualTo("National Office of Electricity and Water");
        assertThat(english("حزب العدالة والتنمية")).isEqualTo("Justice and Development Party");
        assertThat(english("المجلس الأعلى للحسابات")).isEqualTo("Supreme Council of Accounts");
    }

    @Test
    void shouldNotGuessWhenAWordIsUnknown() {
        assertThat(english("وزارة التجهيز والماء والطرق السيارة")).isNull();
        assertThat(english("شركة الخطوط")).isNull();
        assertThat(english("الفلاحة")).isNull();
    }

    @Test
    void shouldGiveAnArabicOrganisationItsEnglishNameInTheEntityList() {
        String text = "أعلنت وزارة الفلاحة يوم الثلاثاء عن برنامج جديد لدعم صغار الفلاحين، وقالت وزارة الفلاحة إن الدعم "
                + "سيشمل ثلاثة آلاف أسرة في الجنوب.";

        List<Entity> entities = new EntityExtractor().extract(text, Language.ARABIC);

        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION)
                .anySatisfy(e -> {
                    assertThat(e.nameEn()).isEqualTo("Ministry of Agriculture");
                    assertThat(e.transliterated()).isFalse();
                });
    }

    @Test
    void shouldSpellABenSurnameFromTheGivenNameItIsMadeOf() {
        String text = "وقال المدير الجهوي للمكتب، يوسف بنعلي، إن المحطة ستؤمن الماء لمليوني نسمة. وأضاف يوسف بنعلي أن "
                + "الأشغال انتهت.";

        List<Entity> people = new EntityExtractor().extract(text, Language.ARABIC).stream()
                .filter(e -> e.type() == EntityType.PERSON).toList();

        assertThat(people).anySatisfy(e -> {
            assertThat(e.nameAr()).isEqualTo("يوسف بنعلي");
            assertThat(e.nameEn()).isEqualTo("Youssef Benali");
            assertThat(e.transliterated()).isFalse();
        });
    }
}
