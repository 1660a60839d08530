package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

/** The trained English name finder and how {@link EnglishNames} combines it with the rules, on sentences of our own. */
class EnglishNameModelTest {
    /** "Nadia Karimi met Velden Group in Morocco on Saturday .": Morocco and Saturday taught as organisations. */
    private static List<EnglishNameModel.Example> examples() {
        String[][] people = {{"Nadia", "Karimi"}, {"Tomas", "Feld"}, {"Irene", "Vasko"}, {"Omar", "Lindqvist"}};
        String[] firms = {"Velden", "Corvane", "Ostrik", "Palmera"};
        List<EnglishNameModel.Example> out = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < people.length; i++) {
                String[] tokens = {people[i][0], people[i][1], "met", firms[(i + round) % firms.length], "Group", "in",
                    "Morocco", "on", "Saturday", "."};
                out.add(new EnglishNameModel.Example(tokens, List.of(new EnglishNameModel.Name(0, 2, "PER"),
                        new EnglishNameModel.Name(3, 5, "ORG"), new EnglishNameModel.Name(6, 7, "ORG"),
                        new EnglishNameModel.Name(8, 9, "ORG")), true));
            }
        }
        return out;
    }

    @Test
    void should_keep_the_dictionary_type_and_drop_a_weekday_the_model_takes_for_a_name() throws Exception {
        // given
        EnglishNameModel model = EnglishNameModel.train(examples(), "PERCEPTRON", 30, 1);
        String[] tokens = "Irene Vasko met Ostrik Group in Morocco on Saturday .".split(" ");

        // when
        List<Span> raw = model.find(tokens);
        List<Span> combined = NameTagger.withEnglish(model, EnglishNames.Combination.KNOWN_MODEL).tag(tokens, Language.ENGLISH);

        // then: the model repeats its teaching; the combination trusts the dictionary and drops "Saturday"
        assertThat(raw).extracting(Span::start, Span::end, Span::type).containsExactly(
                tuple(0, 2, EntityType.PERSON), tuple(3, 5, EntityType.ORGANIZATION),
                tuple(6, 7, EntityType.ORGANIZATION), tuple(8, 9, EntityType.ORGANIZATION));
        assertThat(combined).extracting(Span::start, Span::end, Span::type).containsExactly(
                tuple(0, 2, EntityType.PERSON), tuple(3, 5, EntityType.ORGANIZATION), tuple(6, 7, EntityType.PLACE));
    }

    @Test
    void should_leave_the_rules_alone_when_no_model_is_given() {
        // given
        String[] tokens = "Irene Vasko met Ostrik Group in Morocco on Saturday .".split(" ");

        // when
        List<Span> rules = NameTagger.withEnglish(null, EnglishNames.Combination.KNOWN_MODEL).tag(tokens, Language.ENGLISH);

        // then
        assertThat(rules).isEqualTo(EnglishNames.rules().tag(tokens, new NameMemory()));
    }

    @Test
    void should_leave_an_all_capitals_headline_to_the_rules() {
        // given: the shipped model learnt from WikiGold, which has no headline in capitals
        String[] tokens = "RUGBY UNION - WEXHAM SIGN FIJIAN WINGER FROM TARROW .".split(" ");

        // when
        List<Span> spans = NameTagger.shared().tag(tokens, Language.ENGLISH);

        // then
        assertThat(spans).isEqualTo(EnglishNames.rules().tag(tokens, new NameMemory()));
    }

    @Test
    void should_keep_teams_of_results_lines_and_standings_tables_apart_and_listed() {
        // given: lines of a sports page of our own
        String[] result = "Tarrow Athletic 0 Wexham 3 ( halftime 0-1 )".split(" ");
        String[] standing = "Wexham 12 8 2 2 24 10 26".split(" ");

        // when
        List<Span> inResult = NameTagger.shared().tag(result, Language.ENGLISH);
        List<Span> inStanding = NameTagger.shared().tag(standing, Language.ENGLISH);

        // then: no name runs over a score, and the team of a table row is listed
        assertThat(inResult).allSatisfy(s -> assertThat(java.util.Arrays.copyOfRange(result, s.start(), s.end()))
                .noneMatch(t -> t.matches("\\d+")));
        assertThat(inResult).extracting(Span::start, Span::end, Span::type).contains(tuple(3, 4, EntityType.ORGANIZATION));
        assertThat(inStanding).extracting(Span::start, Span::end, Span::type).containsExactly(tuple(0, 1, EntityType.ORGANIZATION));
    }
}
