package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

class ArabicNameTaggerTest {
    private final NameTagger tagger = NameTagger.shared();

    private static String[] words(String sentence) {
        return sentence.split(" ");
    }

    /** The names of one type in the sentence, as written (nisba adjectives left out). */
    private List<String> named(String sentence, EntityType type) {
        String[] tokens = words(sentence);
        return tagger.tag(tokens, Language.ARABIC).stream()
                .filter(s -> s.type() == type && !s.adjective())
                .map(s -> String.join(" ", List.of(tokens).subList(s.start(), s.end())))
                .toList();
    }

    private List<String> places(String sentence) {
        return named(sentence, EntityType.PLACE);
    }

    private List<String> people(String sentence) {
        return named(sentence, EntityType.PERSON);
    }

    private List<String> organisations(String sentence) {
        return named(sentence, EntityType.ORGANIZATION);
    }

    /** The English names the dictionary gives the organisations of the sentence. */
    private List<String> englishNames(String sentence) {
        return tagger.tag(words(sentence), Language.ARABIC).stream()
                .filter(s -> s.type() == EntityType.ORGANIZATION && s.known() != null)
                .map(s -> s.known().nameEn())
                .toList();
    }

    @Test
    void should_type_a_town_with_a_masculine_country_adjective_as_its_club_and_with_a_feminine_one_as_the_town() {
        // given: our own sentences; the team is masculine (الفرنسي), the town feminine (الفرنسية)
        String match = "فاز ليون الفرنسي على ضيفه بورتو البرتغالي بهدفين نظيفين مساء الأربعاء .";
        String trip = "وصل الوفد إلى مدينة ليون الفرنسية صباح أمس .";

        // when / then
        assertThat(organisations(match)).containsExactly("ليون", "بورتو");
        assertThat(places(match)).isEmpty();
        assertThat(places(trip)).containsExactly("ليون");
        assertThat(organisations(trip)).isEmpty();
    }

    @Test
    void should_list_a_club_no_list_holds_before_its_country_adjective_but_no_noun_with_a_pronoun() {
        // given: an invented club; "his French counterpart" is no club
        String match = "تعادل فريق الوداد مع زيلينا السلوفاكي في مباراة ودية .";
        String drill = "شارك الجيش في تدريبات مع نظيره الفرنسي قرب الحدود .";

        // when / then
        assertThat(organisations(match)).contains("زيلينا");
        assertThat(organisations(drill)).isEmpty();
        assertThat(people(drill)).isEmpty();
    }

    @Test
    void should_type_a_region_in_quotation_marks_as_the_paper_of_that_name() {
        // given
        String paper = "قالت « الشرق الأوسط » إن المفاوضات توقفت .";
        String region = "سافر الوزير إلى الشرق الأوسط في جولة .";

        // when / then
        assertThat(organisations(paper)).containsExactly("الشرق الأوسط");
        assertThat(places(region)).containsExactly("الشرق الأوسط");
    }

    @Test
    void should_type_the_teams_of_a_results_line_as_clubs_and_a_town_with_its_country_elsewhere_as_a_place() {
        // given: our own results line (invented clubs) and a trip to a town written the same way, with no score
        String results = "أولمبيك تيمنار ( المغرب ) - نجم زاكورة ( المغرب ) 2 - 1 .";
        String trip = "وصل الوزير إلى وجدة ( المغرب ) مساء أمس .";

        // when / then
        assertThat(organisations(results)).containsExactly("أولمبيك تيمنار", "نجم زاكورة");
        assertThat(places(results)).containsExactly("المغرب", "المغرب");
        assertThat(places(trip)).contains("وجدة");
        assertThat(organisations(trip)).isEmpty();
    }

    @Test
    void should_type_the_quoted_name_after_a_paper_or_company_noun_as_the_organisation() {
        // given: invented names in quotation marks; a quoted sentence after no such noun names nothing
        String paper = "وكتبت صحيفة « الفجر الجديد » أن الحكومة تستعد لتعديل واسع .";
        String company = "وقالت شركة \" سمارة \" إن أرباحها ارتفعت .";
        String speech = "قال الوزير \" سنواصل العمل \" أمس .";

        // when / then
        assertThat(organisations(paper)).containsExactly("الفجر الجديد");
        assertThat(organisations(company)).containsExactly("سمارة");
        assertThat(organisations(speech)).isEmpty();
    }

    @Test
    void should_read_an_organisation_on_through_what_it_is_for_after_a_general_adjective() {
        // given: invented bodies; the general adjective (الوطنية, الدولية) does not end the name
        String authority = "أعلنت الهيئة الوطنية للسلامة الصحية أن المنتجات سحبت من الأسواق .";
        String committee = "قالت اللجنة الدولية للإغاثة الإنسانية إن القافلة وصلت .";

        // when / then
        assertThat(organisations(authority)).containsExactly("الهيئة الوطنية للسلامة الصحية");
        assertThat(organisations(committee)).containsExactly("اللجنة الدولية للإغاثة الإنسانية");
    }

    @Test
    void should_type_the_name_after_a_network_noun_as_the_channel_but_not_a_general_after_his_rank() {
        // given: an invented channel the model may read as a place or a person; الفريق is also a rank
        String channel = "تبث شبكة نورسات البرنامج مساء كل جمعة .";
        String general = "وقال الفريق عبد الفتاح البرهان إن الجيش سيواصل القتال .";

        // when / then
        assertThat(organisations(channel)).containsExactly("نورسات");
        assertThat(places(channel)).isEmpty();
        assertThat(people(channel)).isEmpty();
        assertThat(people(general)).containsExactly("عبد الفتاح البرهان");
        assertThat(organisations(general)).isEmpty();
    }

    @Test
    void should_type_a_name_with_an_english_company_word_as_the_company() {
        // given: an invented investment firm named after a person, which alone reads as his name
        String firm = "وقالت بلقاسم كابيتال إن أرباحها تضاعفت هذا العام .";

        // when / then
        assertThat(organisations(firm)).containsExactly("بلقاسم كابيتال");
        assertThat(people(firm)).isEmpty();
    }

    @Test
    void should_type_a_moroccan_region_after_its_cue_noun_as_a_place_not_a_person() {
        // given
        String sentence = "خصص المجلس ميزانية جديدة لدعم صغار الفلاحين في جهة سوس ماسة بعد موسم جاف";

        // when
        List<String> places = places(sentence);

        // then
        assertThat(places).contains("سوس ماسة");
        assertThat(people(sentence)).doesNotContain("سوس ماسة", "ماسة");
    }

    @Test
    void should_type_a_listed_region_as_a_place_without_a_cue_noun() {
        // given
        String sentence = "وصلت قافلة طبية إلى سوس ماسة ثم إلى درعة تافيلالت يوم السبت";

        // when
        List<String> places = places(sentence);

        // then
        assertThat(places).contains("سوس ماسة", "درعة تافيلالت");
        assertThat(people(sentence)).isEmpty();
    }

    @Test
    void should_leave_the_region_noun_out_of_a_town_the_model_reads_as_a_person() {
        // given: our own sentence; the model reads ولاية بشار as one person's name
        String sentence = "زار الوزير ولاية بشار أمس";

        // when
        List<String> places = places(sentence);

        // then
        assertThat(places).containsExactly("بشار");
        assertThat(people(sentence)).isEmpty();
    }

    @Test
    void should_type_an_unlisted_town_after_a_region_noun_as_a_place() {
        // given
        String sentence = "وصل الوزير إلى ولاية سيدي بلعباس ثم إلى إقليم سيدي قاسم صباح الأحد";

        // when
        List<String> places = places(sentence);

        // then
        assertThat(places).contains("سيدي بلعباس", "سيدي قاسم");
        assertThat(people(sentence)).isEmpty();
    }

    @Test
    void should_type_the_french_arabic_name_of_ivory_coast_as_a_place() {
        // given
        String sentence = "تعادل المنتخب الوطني مع كوت ديفوار في مباراة ودية مساء الجمعة";

        // when
        List<String> places = places(sentence);

        // then
        assertThat(places).contains("كوت ديفوار");
        assertThat(people(sentence)).isEmpty();
    }

    @Test
    void should_type_a_club_named_by_a_common_word_in_a_match_report_but_not_the_word_elsewhere() {
        // given: our own sentences; النصر is "victory" and الاتفاق "the agreement" outside a match report
        String match = "سجل المهاجم هدف الفوز للفريق في مباراة الدوري أمام النصر مساء الجمعة .";
        String home = "تعادل الاتفاق السعودي مع ضيفه في الجولة الثالثة من الدوري .";
        String politics = "أعلن الوزير أن الاتفاق مع النقابات سيوقع الأسبوع المقبل .";
        String war = "احتفل السكان بالنصر على الجفاف بعد موسم ممطر .";

        // when / then
        assertThat(organisations(match)).containsExactly("النصر");
        assertThat(englishNames(match)).containsExactly("Al Nassr");
        assertThat(organisations(home)).containsExactly("الاتفاق");
        assertThat(organisations(politics)).isEmpty();
        assertThat(organisations(war)).isEmpty();
    }

    @Test
    void should_name_well_known_clubs_and_companies_in_english_from_the_dictionary() {
        // given: our own sentence
        String sentence = "وقع أرسنال عقدا جديدا مع شركة هيونداي لرعاية قمصان الفريق .";

        // when
        List<String> english = englishNames(sentence);

        // then
        assertThat(english).contains("Arsenal", "Hyundai");
    }

    @Test
    void should_give_a_common_word_club_the_models_find_the_same_names_as_the_rule_does() {
        // given: our own sentence; the models find the club after فريق, the rule the one after ضيفه
        String match = "فاز فريق النصر على ضيفه الاتفاق بهدفين مقابل هدف في مباراة الدوري مساء الجمعة .";

        // when / then
        assertThat(organisations(match)).containsExactly("النصر", "الاتفاق");
        assertThat(englishNames(match)).containsExactly("Al Nassr", "Al Ettifaq");
    }

    @Test
    void should_read_a_dictionary_club_that_is_also_a_given_name_as_the_person_before_a_surname() {
        // given: our own sentences; ميلان is the club in the dictionary and a given name, صفر "zero" a common word
        String writer = "واشتهر ميلان كونديرا بروايته الأولى التي ترجمت إلى لغات كثيرة .";
        String score = "تعادل ميلان صفر - صفر مع ضيفه في مباراة الدوري مساء الأحد .";

        // when / then
        assertThat(people(writer)).containsExactly("ميلان كونديرا");
        assertThat(organisations(writer)).isEmpty();
        assertThat(people(score)).isEmpty();
        assertThat(organisations(score)).containsExactly("ميلان");
    }
}
