package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mojaz.entity.EnglishSentences.tag;
import static org.mojaz.entity.EnglishSentences.text;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People named in the compact formats of wire news, each sentence read alone (no name memory to lean on): initials,
 * scorecards, scorers lists, results lines with a nation in brackets, a lone surname as subject or object, a surname
 * in a headline in capitals. Our own sentences.
 */
class EnglishWireFormatsTest {

    @Test
    void should_read_initials_and_a_surname_as_one_person() {
        // given
        String sentence = "The study was written by A.J. Vesely and R. Mendoza of the IMF .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("A.J. Vesely", EntityType.PERSON),
                tuple("R. Mendoza", EntityType.PERSON),
                tuple("IMF", EntityType.ORGANIZATION));
    }

    @Test
    void should_read_the_players_of_a_cricket_scorecard_line_as_people_even_a_place_name() {
        // given
        String batting = "K. Pardoe c Lara b Ramdin 41";
        String bowling = "Bowling : Ramdin 14-2-38-3 , Benn 10-1-44-0 , Bishop 6-0-21-1";

        // when
        List<Span> a = tag(batting);
        List<Span> b = tag(bowling);

        // then
        assertThat(a).extracting(s -> text(batting, s), Span::type).containsExactly(
                tuple("K. Pardoe", EntityType.PERSON), tuple("Lara", EntityType.PERSON), tuple("Ramdin", EntityType.PERSON));
        assertThat(b).extracting(s -> text(bowling, s), Span::type).containsExactly(
                tuple("Ramdin", EntityType.PERSON), tuple("Benn", EntityType.PERSON), tuple("Bishop", EntityType.PERSON));
    }

    @Test
    void should_read_scorers_in_brackets_after_a_score_and_in_a_scorers_line_as_people_not_teams() {
        // given
        String result = "Fulham 2 ( Okafor 14 , Brennan 77 ) Reading 1 ( Kowal 60 ) . Halftime 1-0 .";
        String scorers = "Scorers : Okafor 14 , Brennan 77 , 81";

        // when
        List<Span> a = tag(result);
        List<Span> b = tag(scorers);

        // then
        assertThat(a).extracting(s -> text(result, s), Span::type).containsExactly(
                tuple("Fulham", EntityType.ORGANIZATION), tuple("Okafor", EntityType.PERSON),
                tuple("Brennan", EntityType.PERSON), tuple("Reading", EntityType.ORGANIZATION),
                tuple("Kowal", EntityType.PERSON));
        assertThat(b).extracting(s -> text(scorers, s), Span::type).containsExactly(
                tuple("Okafor", EntityType.PERSON), tuple("Brennan", EntityType.PERSON));
    }

    @Test
    void should_read_a_name_before_a_nation_in_brackets_in_a_results_line_as_a_person() {
        // given
        String golf = "141 Retief Vanterpool ( South Africa ) 70 71";
        String tennis = "3 - Ilse Hartung ( Germany ) beat Naoko Ibaraki ( Japan ) 6-2 6-1";

        // when
        List<Span> a = tag(golf);
        List<Span> b = tag(tennis);

        // then
        assertThat(a).extracting(s -> text(golf, s), Span::type).containsExactly(
                tuple("Retief Vanterpool", EntityType.PERSON), tuple("South Africa", EntityType.PLACE));
        assertThat(b).extracting(s -> text(tennis, s), Span::type).containsExactly(
                tuple("Ilse Hartung", EntityType.PERSON), tuple("Germany", EntityType.PLACE),
                tuple("Naoko Ibaraki", EntityType.PERSON), tuple("Japan", EntityType.PLACE));
    }

    @Test
    void should_read_a_lone_name_opening_a_sentence_before_a_possessive_a_verb_of_telling_or_who_as_a_person() {
        // given
        String possessive = "Kohl 's coalition faces a hard vote on the budget .";
        String told = "Kohl told parliament that cuts were needed .";
        String who = "Farrow , who has not won since 1993 , birdied the last hole .";

        // when / then
        assertThat(tag(possessive)).extracting(s -> text(possessive, s), Span::type).containsExactly(tuple("Kohl", EntityType.PERSON));
        assertThat(tag(told)).extracting(s -> text(told, s), Span::type).containsExactly(tuple("Kohl", EntityType.PERSON));
        assertThat(tag(who)).extracting(s -> text(who, s), Span::type).containsExactly(tuple("Farrow", EntityType.PERSON));
    }

    @Test
    void should_read_someone_met_as_a_person_but_not_a_group_before_its_members() {
        // given
        String person = "The envoy met Maskhadov on Monday in the mountains .";
        String group = "The envoy met Hamas leaders on Monday .";

        // when / then
        assertThat(tag(person)).extracting(s -> text(person, s), Span::type).containsExactly(tuple("Maskhadov", EntityType.PERSON));
        assertThat(tag(group)).extracting(s -> text(group, s), Span::type).doesNotContain(tuple("Hamas", EntityType.PERSON));
    }

    @Test
    void should_read_a_surname_opening_a_headline_in_capitals_before_a_verb_of_speaking_as_a_person() {
        // given
        String headline = "KOHL WARNS ON BUDGET DEFICIT .";

        // when / then
        assertThat(tag(headline)).extracting(s -> text(headline, s), Span::type).containsExactly(tuple("KOHL", EntityType.PERSON));
    }

    @Test
    void should_read_the_side_after_a_comma_or_before_named_in_a_sports_headline() {
        // given
        String cycling = "CYCLING - ZUELLIG WINS STAGE , OLANO KEEPS LEAD .";
        String soccer = "SOCCER - SHEARER NAMED ENGLAND CAPTAIN .";

        // when / then
        assertThat(tag(cycling)).extracting(s -> text(cycling, s), Span::type).containsExactly(
                tuple("ZUELLIG", EntityType.PERSON), tuple("OLANO", EntityType.PERSON));
        assertThat(tag(soccer)).extracting(s -> text(soccer, s), Span::type).contains(tuple("SHEARER", EntityType.PERSON));
    }

    @Test
    void should_not_list_the_plural_of_an_acronym_and_should_type_a_tour_of_a_country_as_an_event() {
        // given
        String plural = "Several MPs and GPs wrote to the minister .";
        String tour = "Olano won the fourth stage of the Tour of Spain on Tuesday .";

        // when
        List<Span> a = tag(plural);
        List<Span> b = tag(tour);

        // then
        assertThat(a).isEmpty();
        assertThat(b).extracting(s -> text(tour, s), Span::type).contains(tuple("Tour of Spain", EntityType.EVENT))
                .doesNotContain(tuple("Spain", EntityType.PLACE));
    }

    @Test
    void should_read_the_single_names_of_a_squad_list_as_people() {
        // given
        String squad = "Squad : Goalkeepers - Pardew , Lindqvist ; Defenders - Okafor , Brennan , Kowal ( captain )";

        // when
        List<Span> spans = tag(squad);

        // then
        assertThat(spans).extracting(s -> text(squad, s), Span::type).containsExactly(
                tuple("Pardew", EntityType.PERSON), tuple("Lindqvist", EntityType.PERSON), tuple("Okafor", EntityType.PERSON),
                tuple("Brennan", EntityType.PERSON), tuple("Kowal", EntityType.PERSON));
    }

    @Test
    void should_tell_a_combination_which_people_come_from_a_compact_format() {
        // given
        EnglishNameTagger rules = new EnglishNameTagger(Gazetteer.shared());
        String[] tokens = "Fulham 2 ( Okafor 14 ) Reading 1 after Brennan , who came on late , was sent off .".split(" ");

        // when
        List<Span> spans = rules.tag(tokens, new NameMemory());

        // then
        assertThat(spans).filteredOn(s -> rules.compactFormatPerson(tokens, s))
                .extracting(s -> tokens[s.start()]).containsExactly("Okafor");
        assertThat(spans).extracting(s -> tokens[s.start()]).contains("Fulham", "Okafor", "Reading", "Brennan");
    }
}
