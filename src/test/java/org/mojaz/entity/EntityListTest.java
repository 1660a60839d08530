package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

/** The list a reader sees: no common words, one entry per entity, events listed, main actors first. */
class EntityListTest {
    private final EntityExtractor extractor = new EntityExtractor();

    /** Common words that were once listed as names (issue 13), in sentences of our own. */
    private static final List<String> NOT_NAMES_AR = List.of("خط تماس", "ثالثة", "التأثير", "بتبسيط", "ثلاثين", "أكدوا",
            "دفعت بكثير", "بكثير", "دفعت", "تماس", "خط", "المواطنين", "الاتفاق", "بالتأكيد", "الأسبوع");

    private static List<String> names(List<Entity> entities) {
        return entities.stream().flatMap(e -> java.util.stream.Stream.of(e.nameAr(), e.nameEn()))
                .filter(java.util.Objects::nonNull).toList();
    }

    @Test
    void shouldNotListCommonArabicWordsAsNames() {
        // given: our own news-like text full of the words that were once listed
        String text = "أكدوا في البلدة أن خط تماس جديد رسم قرب الوادي، وأن مرحلة ثالثة من المفاوضات ستبدأ قريبا. "
                + "وقال مسؤول إن التأثير على المواطنين كان كبيرا، ووعد بتبسيط الإجراءات خلال ثلاثين يوما. "
                + "وأضاف أن الأزمة دفعت بكثير من العائلات إلى الرحيل، وأن الاتفاق سيوقع بالتأكيد الأسبوع المقبل. "
                + "وتبادل الطرفان إطلاق النار على خط تماس يمتد عشرات الكيلومترات. وقال الرئيس إن خط تماس جديد ظهر. "
                + "وحذر الخبراء من التأثير الكبير للأزمة على الأسعار. وشارك في الحفل ثالثة الفائزات.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ARABIC);

        // then
        List<String> names = names(entities.stream().filter(e -> e.type() != EntityType.DATE
                && e.type() != EntityType.NUMBER).toList());
        for (String word : NOT_NAMES_AR) {
            assertThat(names).as("listed: %s", names).doesNotContain(word);
        }
    }

    /** More words of our own that read like names to a tagger: verbs with their subject, adverbs, adjectives. */
    private static final List<String> NOT_NAMES_AR_MORE = List.of("أبدوا", "الشركاء", "وبالتالي", "بفارغ", "المتحدثون",
            "الأوروبيين", "مؤكدين", "ونوه", "التضخم", "الولاية", "وطالبوا", "وأضافوا", "ملحوظ", "الإصلاحات", "المحتجين");

    @Test
    void shouldListOnlyTheRealNamesOfALongReport() {
        // given: a report of our own full of verbs, plurals and clitics, with one real name written four ways
        String text = "أكدوا خلال الاجتماع أن الوضع الأمني تحسن بشكل ملحوظ، وأن القوات انتشرت على طول خط تماس جديد."
                + " وأشار المسؤولون إلى أن التأثير الاقتصادي للأزمة ما زال كبيرا.\n"
                + "وقالت مصادر مطلعة إن الحكومة تعتزم بتبسيط الإجراءات الجمركية خلال ثلاثين يوما، فيما دفعت بكثير من"
                + " الشركات إلى تأجيل استثماراتها. وتأتي هذه الخطوة في مرحلة ثالثة من الإصلاحات.\n"
                + "وأوضح التقرير أن المستثمرين ينتظرون بفارغ الصبر نتائج المفاوضات، وأن الشركاء الأوروبيين أبدوا"
                + " استعدادهم للمساعدة. وشدد المتحدثون على ضرورة التنسيق.\n"
                + "وفي الجزائر، أعلن وزير المالية أن والجزائر ماضية في الإصلاح، وأن الاستثمار بالجزائر سيرتفع."
                + " واعتبر محللون أن وبالتالي فإن الاقتصاد سيستفيد. وأضافوا أن التعاون مع الجزائر سيتعزز.\n"
                + "وذكرت صحيفة محلية أن المحتجين تجمعوا أمام مقر الولاية مطالبين بتحسين الخدمات. وطالبوا بتوفير فرص"
                + " العمل للشباب، مؤكدين أن الوعود السابقة لم تتحقق.\n"
                + "ووصف الخبير الاقتصادي الأرقام بأنها مقلقة، مشيرا إلى أن التضخم بلغ مستويات قياسية. ونوه بضرورة"
                + " اعتماد سياسة نقدية حذرة.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ARABIC).stream()
                .filter(e -> e.type() != EntityType.DATE && e.type() != EntityType.NUMBER).toList();

        // then: الجزائر, والجزائر, بالجزائر are one place; no common word is a name
        assertThat(entities).extracting(Entity::nameEn).containsExactly("Algeria");
        assertThat(entities.get(0).mentions()).isEqualTo(4);
        for (String word : java.util.stream.Stream.concat(NOT_NAMES_AR.stream(), NOT_NAMES_AR_MORE.stream()).toList()) {
            assertThat(names(entities)).as("listed: %s", names(entities)).doesNotContain(word);
        }
    }

    @Test
    void shouldJoinANameWordAloneToTheFullNameMetBefore() {
        // given: the surname alone, and in English the given name alone
        String arabic = "التقى الرئيس قيس سعيد بوفد من رجال الأعمال. وقال سعيد إن تونس ترحب بالاستثمار.";
        String english = "President Abdelmadjid Tebboune met the delegation in Algiers. Tebboune said the talks went well.";

        // when
        List<Entity> fromArabic = extractor.extract(arabic, Language.ARABIC);
        List<Entity> fromEnglish = extractor.extract(english, Language.ENGLISH);

        // then: one person each, mentioned twice
        assertThat(fromArabic).filteredOn(e -> e.type() == EntityType.PERSON).singleElement()
                .satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
        assertThat(fromEnglish).filteredOn(e -> e.type() == EntityType.PERSON).singleElement()
                .satisfies(e -> assertThat(e.mentions()).isEqualTo(2));
    }

    @Test
    void shouldListAPersonTheModelCalledAnOrganisationOnceHerSurnameAloneIsAPerson() {
        // given: our own report; after "للمكتب،" the model reads سعاد الإدريسي as an organisation
        String text = "أعلنت المديرة العامة للمكتب، سعاد الإدريسي، يوم الاثنين عن خطة لتحلية مياه البحر."
                + " وقالت الإدريسي إن المشروع سيزود المدن بالماء قبل الصيف.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ARABIC);

        // then: one person, mentioned twice, and no organisation of her name
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).singleElement()
                .satisfies(e -> {
                    assertThat(e.nameAr()).isEqualTo("سعاد الإدريسي");
                    assertThat(e.mentions()).isEqualTo(2);
                });
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).isEmpty();
    }

    @Test
    void shouldListTheWholeOrganisationOurListKnowsWhereTheModelStopsShort() {
        // given: our own sentence; the model stops at البنك الأفريقي
        String text = "وأوضح وزير التجهيز أن الحكومة ستمول نصف المشروع، بينما يتكفل البنك الأفريقي للتنمية بالباقي.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ARABIC);

        // then
        assertThat(entities).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(Entity::nameEn)
                .containsExactly("African Development Bank");
    }

    @Test
    void shouldListTownsOfTheOpenListAfterATownNounOnly() {
        // given: two Moroccan towns and an Algerian one of two words that our curated list does not hold, after
        // "مدن" and "مدينة"; "من جهة ثانية" is no region
        String text = "سيزود المشروع مدن تزنيت وتارودانت بالماء الصالح للشرب، ثم مدينة عين مليلة."
                + " من جهة ثانية، ارتفعت الأسعار.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ARABIC);

        // then
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::nameAr)
                .containsExactly("تزنيت", "تارودانت", "عين مليلة");
    }

    @Test
    void shouldNotListAGermanPhraseAsAName() {
        // given
        String text = "Die Digitalisierung der Verwaltung kommt voran, said the report on Tuesday.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ENGLISH);

        // then
        assertThat(names(entities)).noneMatch(n -> n.contains("Digitalisierung"));
    }

    @Test
    void shouldListEventsAndOperationsWithTheirYear() {
        // given
        String arabic = "انطلقت مناورات درع الصحراء 2022 في الجنوب، بينما تستعد البلاد لكأس العالم 2022.";
        String english = "Troops joined the Vostok 2022 drills while fans travelled to the World Cup 2022 in Qatar.";

        // when
        List<Entity> fromArabic = extractor.extract(arabic, Language.ARABIC);
        List<Entity> fromEnglish = extractor.extract(english, Language.ENGLISH);

        // then
        assertThat(fromArabic).filteredOn(e -> e.type() == EntityType.EVENT).extracting(Entity::nameAr)
                .contains("درع الصحراء 2022");
        assertThat(fromEnglish).filteredOn(e -> e.type() == EntityType.EVENT).extracting(Entity::nameEn)
                .contains("Vostok 2022", "World Cup 2022");
        assertThat(fromEnglish).filteredOn(e -> "World Cup 2022".equals(e.nameEn())).extracting(Entity::nameAr)
                .containsExactly("كأس العالم 2022");
    }

    @Test
    void shouldListOneEntryForANameWrittenWithAndWithoutClitics() {
        // given
        String text = "وصل الوفد إلى مدينة وهران صباحا. وفي وهران التقى الوفد المسؤولين، ثم غادر من وهران ليلا."
                + " ووعد المسؤولون بتحسين الطرق في وهران والمناطق المجاورة لوهران. وقال المدرب وليد الركراكي إن"
                + " الفريق جاهز، وأكد الركراكي أن اللاعبين متحمسون. وللركراكي أنصار كثيرون.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ARABIC);

        // then
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PLACE).extracting(Entity::nameAr)
                .containsExactly("وهران");
        assertThat(entities).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::nameAr)
                .containsExactly("وليد الركراكي");
        assertThat(entities.get(0).mentions()).isEqualTo(5);
    }

    @Test
    void shouldNameAPlaceAndAPersonSpelledAlikeByTheirType() {
        // when
        Entity place = extractor.name("بشار", EntityType.PLACE, Language.ARABIC);
        Entity person = extractor.name("بشار", EntityType.PERSON, Language.ARABIC);

        // then
        assertThat(place.nameEn().toLowerCase(Locale.ROOT)).isIn("bechar", "béchar");
        assertThat(person.nameEn()).isEqualTo("Bashar");
        assertThat(place.transliterated()).isFalse();
        assertThat(person.transliterated()).isFalse();
    }

    @Test
    void shouldNameAPlaceFromTheCityListInBothDirections() {
        // when
        Entity algeciras = extractor.name("Algeciras", EntityType.PLACE, Language.ENGLISH);
        Entity tlemcen = extractor.name("تلمسان", EntityType.PLACE, Language.ARABIC);

        // then
        assertThat(algeciras.nameAr()).isEqualTo("الجزيرة الخضراء");
        assertThat(tlemcen.nameEn()).isEqualTo("Tlemcen");
    }

    @Test
    void shouldPutTheMostMentionedActorFirst() {
        // given
        String text = "زار وزير الخارجية الرباط. وقال الرئيس عبد المجيد تبون إن الجزائر تريد السلام. "
                + "وأضاف تبون أن الحوار ضروري. وختم تبون كلمته بالدعوة إلى التعاون.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ARABIC);

        // then
        assertThat(entities.get(0).type()).isEqualTo(EntityType.PERSON);
        assertThat(entities.get(0).nameAr()).contains("تبون");
    }

    @Test
    void shouldNameMarsThePlanetNotTheMonth() {
        // given
        String text = "The rover landed on Mars after a seven-month journey, NASA said.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ENGLISH);

        // then
        assertThat(entities).filteredOn(e -> "Mars".equals(e.nameEn())).extracting(Entity::nameAr).containsExactly("المريخ");
        assertThat(names(entities)).doesNotContain("مارس");
    }
}
