package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mojaz.entity.EnglishSentences.tag;
import static org.mojaz.entity.EnglishSentences.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

/** English names over sentences of our own: cue words, people, merged names, results lines, one type per entity. */
class EnglishNamesTest {
    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void should_type_studios_and_auctions_as_organisations_and_palaces_ports_and_resorts_as_places() {
        // given
        String sentence = "Crates left Tanger Med for the Elysee Palace after Marlow Studios bought them from Keswick Auctions ,"
                + " and a copy went to the Dunmore Resort near the Velmont Coliseum .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).contains(
                tuple("Tanger Med", EntityType.PLACE),
                tuple("Elysee Palace", EntityType.PLACE),
                tuple("Marlow Studios", EntityType.ORGANIZATION),
                tuple("Keswick Auctions", EntityType.ORGANIZATION),
                tuple("Dunmore Resort", EntityType.PLACE),
                tuple("Velmont Coliseum", EntityType.PLACE));
    }

    @Test
    void should_split_a_cast_list_that_lost_its_commas_into_two_people() {
        // given
        String sentence = "The film starred Rhett Butler Hattie McDaniel in its opening scene .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Rhett Butler", EntityType.PERSON),
                tuple("Hattie McDaniel", EntityType.PERSON));
    }

    @Test
    void should_take_the_person_after_a_title_inside_a_name() {
        // given
        String sentence = "The report was read by Police Commissioner Dana Whitcombe on Tuesday .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(tuple("Dana Whitcombe", EntityType.PERSON));
    }

    @Test
    void should_read_a_person_from_given_name_and_surname_words_even_when_a_word_is_a_country() {
        // given
        String sentence = "The pitcher Chad Edward Marrow threw for Linden Rovers last season .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Chad Edward Marrow", EntityType.PERSON),
                tuple("Linden Rovers", EntityType.ORGANIZATION));
    }

    @Test
    void should_type_teams_in_a_sports_results_line_as_organisations() {
        // given
        String sentence = "Soccer results : Leeds 2 Castlebrook 1 , Tarrow Athletic 0 Wexham 3 .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Leeds", EntityType.ORGANIZATION),
                tuple("Castlebrook", EntityType.ORGANIZATION),
                tuple("Tarrow Athletic", EntityType.ORGANIZATION),
                tuple("Wexham", EntityType.ORGANIZATION));
    }

    @Test
    void should_type_regions_and_islands_from_the_place_list() {
        // given
        String sentence = "Rain moved from Normandy across Lincolnshire to Sardinia overnight .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Normandy", EntityType.PLACE),
                tuple("Lincolnshire", EntityType.PLACE),
                tuple("Sardinia", EntityType.PLACE));
    }

    @Test
    void should_not_list_song_titles_nationalities_or_words_opening_a_sentence() {
        // given
        String sentence = "Jurors heard that the South African band played \" A Beautiful Lie \" and \" The Kill \" twice .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).isEmpty();
    }

    @Test
    void should_list_a_cup_as_an_event_not_a_person() {
        // given
        String sentence = "Her horse won the Fenwick Challenge Cup at the spring meeting .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(tuple("Fenwick Challenge Cup", EntityType.EVENT));
    }

    @Test
    void should_take_an_unknown_word_that_acts_like_someone_for_a_person() {
        // given
        String sentence = "Later that day Dravecki told the court that Harlund 's car was stolen , said Ostrowicz .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Dravecki", EntityType.PERSON),
                tuple("Harlund", EntityType.PERSON),
                tuple("Ostrowicz", EntityType.PERSON));
    }

    @Test
    void should_not_take_a_word_defined_at_the_opening_of_a_sentence_for_a_person() {
        // given
        String sentence = "Senescence is the scientific word for ageing .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).isEmpty();
    }

    @Test
    void should_take_a_name_with_an_age_after_it_for_a_person() {
        // given
        String sentence = "The driver , Quillane , 34 , was not hurt .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(tuple("Quillane", EntityType.PERSON));
    }

    @Test
    void should_not_take_common_words_or_things_after_an_article_for_people() {
        // given
        String sentence = "Construction began in May and the Velocette was sold after Scouting took over the hall , "
                + "as the 17th Century saw , the magazine told Quarterly and no-one knew .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(Span::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void should_type_a_place_and_a_plural_as_a_team_and_cities_named_city_as_places() {
        // given
        String sentence = "The Chicago Bulls beat the Toronto Raptors in New York City on Sunday .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Chicago Bulls", EntityType.ORGANIZATION),
                tuple("Toronto Raptors", EntityType.ORGANIZATION),
                tuple("New York City", EntityType.PLACE));
    }

    @Test
    void should_type_a_capitalised_plural_after_the_as_a_team() {
        // given
        String sentence = "Fans of the Wexford Falcons cheered as the Marlins lost .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).contains(tuple("Marlins", EntityType.ORGANIZATION));
    }

    @Test
    void should_type_listed_companies_and_agencies_as_organisations() {
        // given
        String sentence = "Shares in Konami and Nestle rose , according to Bloomberg .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Konami", EntityType.ORGANIZATION),
                tuple("Nestle", EntityType.ORGANIZATION),
                tuple("Bloomberg", EntityType.ORGANIZATION));
    }

    @Test
    void should_take_the_person_after_a_military_or_civic_title() {
        // given
        String sentence = "The inquiry heard Brigadier Tom Ashcombe and Coroner Ellen Pardew on Monday .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Tom Ashcombe", EntityType.PERSON),
                tuple("Ellen Pardew", EntityType.PERSON));
    }

    @Test
    void should_list_an_entity_under_one_type_whatever_its_mentions_were_typed() {
        // given
        String text = "Supporters of Kelvindale gathered in Glasgow. Kelvindale 2 Harwick 1 was the score. "
                + "Fans travelled to Kelvindale for the next match.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ENGLISH);

        // then: a club before its score, a place after "to"; listed once, with the type it was given first
        assertThat(entities).filteredOn(e -> "Kelvindale".equals(e.nameEn())).singleElement()
                .satisfies(e -> assertThat(e.mentions()).isEqualTo(2))
                .satisfies(e -> assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION));
    }

    @Test
    void should_join_a_lone_surname_to_the_person_whatever_type_it_was_given() {
        // given
        String text = "The plan was drafted by Peter Reading last year. Critics of Reading called it late.";

        // when
        List<Entity> entities = extractor.extract(text, Language.ENGLISH);

        // then: "Reading" alone is a town of the place list, but here the surname of the person named before
        assertThat(entities).filteredOn(e -> e.type() != EntityType.NUMBER && e.type() != EntityType.DATE)
                .extracting(Entity::nameEn, Entity::type, Entity::mentions)
                .containsExactly(tuple("Peter Reading", EntityType.PERSON, 2));
    }

    @Test
    void should_take_a_whole_name_the_rules_cut_short_from_the_trained_model() {
        // given: "May" is a month to the rules, "Institute for" not part of a name
        String sentence = "Prime Minister Theresa May visited the Institute for Aging Research in Boston on Tuesday .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).contains(
                tuple("Theresa May", EntityType.PERSON),
                tuple("Institute for Aging Research", EntityType.ORGANIZATION),
                tuple("Boston", EntityType.PLACE));
    }
}
