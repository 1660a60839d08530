package org.mojaz.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityType;

class AskedNamesTest {

    private static Entity entity(EntityType type, String ar, String en) {
        return new Entity(type, ar, en, 1, 0, null, false, null);
    }

    @Test
    void should_not_take_the_name_a_question_asks_about_for_its_answer() {
        // given: a question about the head of an office, and the names of a passage that names that office and a woman
        Query question = new Query("من هي المديرة العامة للمكتب الوطني للكهرباء والماء؟", Language.ARABIC, AnswerType.PERSON,
                List.of(), List.of());
        Entity office = entity(EntityType.ORGANIZATION, "المكتب الوطني للكهرباء والماء الصالح للشرب", null);
        Entity director = entity(EntityType.PERSON, "سعاد الإدريسي", "Souad El Idrissi");

        // when
        List<Entity> answers = Retriever.notAskedAbout(List.of(office, director), question);

        // then: only the name the question does not already hold can answer it
        assertThat(answers).containsExactly(director);
    }

    @Test
    void should_keep_every_name_of_an_english_passage_for_an_arabic_question_that_names_none_of_them() {
        Query question = new Query("من يرأس الوكالة؟", Language.ARABIC, AnswerType.PERSON, List.of(), List.of());
        Entity agency = entity(EntityType.ORGANIZATION, null, "National Water Agency");
        Entity head = entity(EntityType.PERSON, null, "Karim Haddad");

        assertThat(Retriever.notAskedAbout(List.of(agency, head), question)).containsExactly(agency, head);
    }
}
