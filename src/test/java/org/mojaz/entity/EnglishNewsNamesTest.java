package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.mojaz.entity.EnglishSentences.tag;
import static org.mojaz.entity.EnglishSentences.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

/**
 * English names in wire-service news of our own writing: sports reports (cities standing for clubs, results lines,
 * headlines in capitals), datelines, organisations known by their context, and acronyms that mean something else.
 */
class EnglishNewsNamesTest {
    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void should_type_a_city_in_a_match_report_as_its_club_but_keep_a_country_and_a_venue_after_in_as_places() {
        // given
        String sentence = "Leeds beat Southampton 2-1 in Manchester on Saturday while England drew with Portugal .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Leeds", EntityType.ORGANIZATION),
                tuple("Southampton", EntityType.ORGANIZATION),
                tuple("Manchester", EntityType.PLACE),
                tuple("England", EntityType.PLACE),
                tuple("Portugal", EntityType.PLACE));
    }

    @Test
    void should_type_a_city_before_a_player_role_as_its_club() {
        // given
        String sentence = "Dortmund captain Eryk Baumholt was sent off after 70 minutes .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Dortmund", EntityType.ORGANIZATION),
                tuple("Eryk Baumholt", EntityType.PERSON));
    }

    @Test
    void should_keep_a_city_and_its_region_as_places_in_a_sports_sentence() {
        // given
        String sentence = "The striker was born in Kingston , Ontario and scored 30 goals .";

        // when
        List<Span> spans = tag(sentence);

        // then
        assertThat(spans).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Kingston", EntityType.PLACE),
                tuple("Ontario", EntityType.PLACE));
    }

    @Test
    void should_type_the_team_opening_a_results_line_or_a_standings_row_as_an_organisation() {
        // given
        String results = "Arsenal 1 Newcastle 1";
        String standings = "Leeds 4 3 1 0 9 3 10";
        String notResults = "Milepost 13 : a stone arch over the brook .";

        // when
        List<Span> r = tag(results);
        List<Span> s = tag(standings);
        List<Span> n = tag(notResults);

        // then
        assertThat(r).extracting(x -> text(results, x), Span::type).containsExactly(
                tuple("Arsenal", EntityType.ORGANIZATION), tuple("Newcastle", EntityType.ORGANIZATION));
        assertThat(s).extracting(x -> text(standings, x), Span::type).containsExactly(tuple("Leeds", EntityType.ORGANIZATION));
        assertThat(n).isEmpty();
    }

    @Test
    void should_type_a_two_word_team_opening_a_standings_row_as_an_organisation() {
        // given
        String row = "Real Sociedad 4 3 1 0 9 3 10";

        // when / then
        assertThat(tag(row)).extracting(s -> text(row, s), Span::type).containsExactly(tuple("Real Sociedad", EntityType.ORGANIZATION));
    }

    @Test
    void should_read_the_sides_of_a_sports_headline_in_capitals() {
        // given
        String soccer = "SOCCER - LEEDS BEAT CHELSEA TO GO TOP .";
        String tennis = "TENNIS - KOVAC BEATS LINDQVIST IN NEW YORK .";

        // when
        List<Span> a = tag(soccer);
        List<Span> b = tag(tennis);

        // then
        assertThat(a).extracting(s -> text(soccer, s), Span::type).containsExactly(
                tuple("LEEDS", EntityType.ORGANIZATION), tuple("CHELSEA", EntityType.ORGANIZATION));
        assertThat(b).extracting(s -> text(tennis, s), Span::type).containsExactly(
                tuple("KOVAC", EntityType.PERSON), tuple("LINDQVIST", EntityType.PERSON), tuple("NEW YORK", EntityType.PLACE));
    }

    @Test
    void should_read_listed_organisations_in_a_headline_in_capitals_and_a_club_named_after_its_city() {
        // given
        String headline = "UNILEVER TO SELL ITS FOOD BUSINESS IN BELGIUM .";
        String club = "Manchester United 4 Sheffield Wednesday 0";

        // when / then
        assertThat(tag(headline)).extracting(s -> text(headline, s), Span::type).containsExactly(
                tuple("UNILEVER", EntityType.ORGANIZATION), tuple("BELGIUM", EntityType.PLACE));
        assertThat(tag(club)).extracting(s -> text(club, s), Span::type).containsExactly(
                tuple("Manchester United", EntityType.ORGANIZATION), tuple("Sheffield Wednesday", EntityType.ORGANIZATION));
    }

    @Test
    void should_keep_two_joiners_inside_a_person_name() {
        // given
        String sentence = "Dutchman Pieter van der Berg won the fourth stage on Tuesday .";

        // when / then
        assertThat(tag(sentence)).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Pieter van der Berg", EntityType.PERSON));
    }

    @Test
    void should_not_take_the_sport_before_a_headline_dash_for_a_dateline() {
        // given
        String headline = "RUGBY UNION - WASPS SIGN SAMOAN CENTRE .";
        String dateline = "WASHINGTON ( Reuters ) - The central bank left rates unchanged on Tuesday .";

        // when
        List<Span> a = tag(headline);
        List<Span> b = tag(dateline);

        // then
        assertThat(a).extracting(s -> text(headline, s), Span::type).containsExactly(tuple("WASPS", EntityType.ORGANIZATION));
        assertThat(b).extracting(s -> text(dateline, s), Span::type).containsExactly(
                tuple("WASHINGTON", EntityType.PLACE), tuple("Reuters", EntityType.ORGANIZATION));
    }

    @Test
    void should_type_a_name_as_an_organisation_from_the_words_around_it() {
        // given
        String engine = "He claimed that the search engine Vostrex was controlled by foreign intelligence .";
        String magazine = "Surgeries cut referrals , the doctors ' magazine Quillbeat found .";
        String member = "Brackwell spokesman Owen Tarr called for an inquiry .";
        String shares = "Shares in Hoechst rose 1.20 marks to 52.80 in Frankfurt .";

        // when / then
        assertThat(tag(engine)).extracting(s -> text(engine, s), Span::type).containsExactly(tuple("Vostrex", EntityType.ORGANIZATION));
        assertThat(tag(magazine)).extracting(s -> text(magazine, s), Span::type).containsExactly(tuple("Quillbeat", EntityType.ORGANIZATION));
        assertThat(tag(member)).extracting(s -> text(member, s), Span::type).containsExactly(
                tuple("Brackwell", EntityType.ORGANIZATION), tuple("Owen Tarr", EntityType.PERSON));
        assertThat(tag(shares)).extracting(s -> text(shares, s), Span::type).containsExactly(
                tuple("Hoechst", EntityType.ORGANIZATION), tuple("Frankfurt", EntityType.PLACE));
    }

    @Test
    void should_not_take_a_word_after_a_curly_quote_or_before_an_ing_noun_for_a_person() {
        // given
        String quoted = "\u2018 Hydrogen is the most difficult bit , \u2019 Dr Hintermair explained .";
        String brand = "She also discovered Sandglass training - a fitness programme for busy people .";

        // when / then
        assertThat(tag(quoted)).extracting(s -> text(quoted, s)).containsExactly("Hintermair");
        assertThat(tag(brand)).isEmpty();
    }

    @Test
    void should_keep_the_whole_name_of_a_company_a_club_and_a_secretary_of_state() {
        // given
        String airline = "British Airways Plc said it was in talks about a transatlantic alliance .";
        String club = "The Baltimore Orioles beat the New York Yankees 5-3 on Friday .";
        String secretary = "U.S. Secretary of State Helen Marsh will travel to Cairo next week .";

        // when / then
        assertThat(tag(airline)).extracting(s -> text(airline, s), Span::type).containsExactly(
                tuple("British Airways Plc", EntityType.ORGANIZATION));
        assertThat(tag(club)).extracting(s -> text(club, s), Span::type).containsExactly(
                tuple("Baltimore Orioles", EntityType.ORGANIZATION), tuple("New York Yankees", EntityType.ORGANIZATION));
        assertThat(tag(secretary)).extracting(s -> text(secretary, s), Span::type).contains(
                tuple("Helen Marsh", EntityType.PERSON), tuple("Cairo", EntityType.PLACE));
    }

    @Test
    void should_type_a_word_ending_in_bank_as_an_organisation() {
        // given
        String sentence = "The Bundesbank is expected to leave its discount rate unchanged , economists said .";

        // when / then
        assertThat(tag(sentence)).extracting(s -> text(sentence, s), Span::type).containsExactly(
                tuple("Bundesbank", EntityType.ORGANIZATION));
    }

    @Test
    void should_not_name_an_acronym_after_the_listed_body_when_a_cricket_report_means_another() {
        // given
        String cricket = "England set Pakistan a target of 278 on the fourth day of the third test . The ECB said play would"
                + " start early on Sunday . The captain scored 84 before he was caught , and the bowler took four wickets .";
        String rates = "The ECB left its main interest rate unchanged on Thursday , and the bank said inflation was easing .";

        // when
        List<Entity> sport = extractor.extract(cricket, Language.ENGLISH);
        List<Entity> money = extractor.extract(rates, Language.ENGLISH);

        // then
        assertThat(sport).extracting(Entity::nameEn).contains("ECB").doesNotContain("European Central Bank");
        assertThat(money).extracting(Entity::nameEn).contains("European Central Bank");
    }

    @Test
    void should_not_name_an_acronym_after_the_listed_body_when_the_article_spells_out_another() {
        // given
        String text = "The England and Wales Cricket Board confirmed the dates . An ECB official said tickets would go on"
                + " sale in May .";

        // when
        List<Entity> entities = extractor.extract(text, Language.ENGLISH);

        // then
        assertThat(entities).extracting(Entity::nameEn).doesNotContain("European Central Bank");
    }
}
