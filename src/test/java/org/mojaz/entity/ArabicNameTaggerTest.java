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

    private List<String> places(String sentence) {
        String[] tokens = words(sentence);
        return tagger.tag(tokens, Language.ARABIC).stream()
                .filter(s -> s.type() == EntityType.PLACE && !s.adjective())
                .map(s -> String.join(" ", List.of(tokens).subList(s.start(), s.end())))
                .toList();
    }

    private List<String> people(String sentence) {
        String[] tokens = words(sentence);
        return tagger.tag(tokens, Language.ARABIC).stream()
                .filter(s -> s.type() == EntityType.PERSON)
                .map(s -> String.join(" ", List.of(tokens).subList(s.start(), s.end())))
                .toList();
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
}
