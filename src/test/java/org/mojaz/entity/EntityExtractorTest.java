package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

class EntityExtractorTest {
    private final EntityExtractor extractor = new EntityExtractor();

    private static Optional<Entity> find(List<Entity> entities, EntityType type, String name) {
        return entities.stream()
                .filter(e -> e.type() == type && (name.equals(e.nameEn()) || name.equals(e.nameAr())))
                .findFirst();
    }

    @Test
    void shouldReadArabicNamesThroughClitics() {
        // given
        String text = "وصل وزير الخارجية إلى الرباط قادما من الجزائر. وتحدث الوزير عن العلاقات بين تونس والجزائر"
                + " وعن الاستثمار بالمغرب، قبل أن يلقي كلمة أمام خبراء تابعين للأمم المتحدة.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ARABIC);

        // then
        Entity algeria = find(entities, EntityType.PLACE, "Algeria").orElseThrow();
        assertThat(algeria.nameAr()).isEqualTo("الجزائر");
        assertThat(algeria.mentions()).isEqualTo(2);
        assertThat(algeria.firstPosition()).isEqualTo(text.indexOf("الجزائر"));
        assertThat(find(entities, EntityType.PLACE, "Morocco")).isPresent();
        assertThat(find(entities, EntityType.ORGANIZATION, "United Nations")).map(Entity::nameAr).contains("الأمم المتحدة");
        assertThat(find(entities, EntityType.PLACE, "Rabat")).isPresent();
    }

    @Test
    void shouldGiveCountriesTheirNameInBothLanguages() {
        // given
        String arabic = "استقبل المغرب وفدا رسميا.";
        String english = "Morocco received an official delegation.";

        // when
        Entity fromArabic = extractor.extract(arabic, Language.ARABIC).get(0);
        Entity fromEnglish = extractor.extract(english, Language.ENGLISH).get(0);

        // then
        assertThat(fromArabic.nameEn()).isEqualTo("Morocco");
        assertThat(fromEnglish.nameAr()).isEqualTo("المغرب");
        assertThat(fromArabic.transliterated()).isFalse();
    }

    @Test
    void shouldMapANisbaAdjectiveToItsCountry() {
        // given
        String text = "قالت الحكومة الجزائرية إن المشروع سينطلق قريبا.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ARABIC);

        // then
        assertThat(find(entities, EntityType.PLACE, "Algeria")).isPresent();
    }

    @Test
    void shouldTurnMaghrebAndLevantineMonthsIntoIsoDates() {
        // given
        String text = "انطلق المعرض في 14 شتنبر 2026 ويستمر حتى 3 نونبر 2026، بعد دورة 5 جانفي 2025"
                + " ومؤتمر 9 أيلول 2024 ولقاء ٢٠ تشرين الثاني.";

        // when
        List<Entity> dates = extractor.extract(text, Language.ARABIC).stream()
                .filter(e -> e.type() == EntityType.DATE).toList();

        // then
        assertThat(dates).extracting(Entity::value)
                .containsExactly("2026-09-14", "2026-11-03", "2025-01-05", "2024-09-09", "--11-20");
        assertThat(dates.get(0).nameEn()).isEqualTo("September 14, 2026");
    }

    @Test
    void shouldFindEnglishDatesAndWeekdays() {
        // given
        String text = "The talks opened on Tuesday. A vote is planned for September 14, 2026 and a review on 2 Oct 2026.";

        // when
        List<Entity> dates = extractor.extract(text, Language.ENGLISH).stream()
                .filter(e -> e.type() == EntityType.DATE).toList();

        // then
        assertThat(dates).extracting(Entity::nameEn).containsExactly("Tuesday", "September 14, 2026", "October 2, 2026");
        assertThat(dates.get(1).value()).isEqualTo("2026-09-14");
    }

    @Test
    void shouldFindMoneyAndPercentagesInBothLanguages() {
        // given
        String english = "The fund approved 2.5 billion dollars, about 3% of output.";
        String arabic = "خصصت الحكومة 4 مليار درهم للمشروع، أي 12 في المئة من الميزانية، و200 مليون يورو للطاقة.";

        // when
        List<Entity> en = extractor.extract(english, Language.ENGLISH).stream().filter(e -> e.type() == EntityType.NUMBER).toList();
        List<Entity> ar = extractor.extract(arabic, Language.ARABIC).stream().filter(e -> e.type() == EntityType.NUMBER).toList();

        // then
        assertThat(en).extracting(Entity::value).containsExactly("2500000000 USD", "3 %");
        assertThat(en.get(0).nameAr()).isEqualTo("2.5 مليار دولار");
        assertThat(ar).extracting(Entity::value).containsExactly("4000000000 MAD", "12 %", "200000000 EUR");
    }

    @Test
    void shouldTypeEnglishPeopleOrganisationsAndPlacesFromCues() {
        // given
        String text = "President Halvard Monteiro met executives of Kestrel Mining Corp. in the city of Porto Nuevo."
                + " Monteiro said the Ministry of Water would help. Officials in Kandivar agreed.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ENGLISH);

        // then
        Entity person = find(entities, EntityType.PERSON, "Halvard Monteiro").orElseThrow();
        assertThat(person.mentions()).isEqualTo(2);
        assertThat(person.firstPosition()).isEqualTo(text.indexOf("Halvard"));
        assertThat(find(entities, EntityType.ORGANIZATION, "Kestrel Mining Corp.")).isPresent();
        assertThat(find(entities, EntityType.ORGANIZATION, "Ministry of Water")).isPresent();
        assertThat(find(entities, EntityType.PLACE, "Kandivar")).isPresent();
    }

    @Test
    void shouldMarkNamesMadeByTransliteration() {
        // given
        String text = "President Halvard Monteiro visited Algeria.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ENGLISH);

        // then
        Entity person = find(entities, EntityType.PERSON, "Halvard Monteiro").orElseThrow();
        assertThat(person.transliterated()).isTrue();
        assertThat(person.nameAr()).matches("[\\u0600-\\u06FF ]+");
        assertThat(find(entities, EntityType.PLACE, "Algeria").orElseThrow().transliterated()).isFalse();
    }

    @Test
    void shouldUseKnownGivenNamesBeforeTransliterating() {
        // given
        String text = "وقال الرئيس محمد الطراوني إن الاتفاق مهم.";

        // when
        Entity person = find(extractor.extract(text, Language.ARABIC), EntityType.PERSON, "محمد الطراوني").orElseThrow();

        // then
        assertThat(person.nameEn()).startsWith("Mohammed ");
        assertThat(person.transliterated()).isTrue();
    }

    @Test
    void shouldCountArabicPeopleAndTheirSurnamesAsOne() {
        // given
        String text = "التقى الرئيس عبد المجيد تبون وفدا من رجال الأعمال. وأكد تبون أهمية الاستثمار.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ARABIC);

        // then
        Entity tebboune = find(entities, EntityType.PERSON, "Abdelmadjid Tebboune").orElseThrow();
        assertThat(tebboune.mentions()).isEqualTo(2);
        assertThat(tebboune.nameAr()).isEqualTo("عبد المجيد تبون");
    }

    @Test
    void shouldReturnNothingForBlankText() {
        // given / when / then
        assertThat(extractor.extract("  ", Language.ENGLISH)).isEmpty();
    }
}
