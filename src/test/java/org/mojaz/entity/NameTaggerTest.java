package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

class NameTaggerTest {
    private final NameTagger tagger = NameTagger.shared();

    private static String[] words(String sentence) {
        return sentence.split(" ");
    }

    @Test
    void shouldTagArabicPlacesAndOrganisationsBehindClitics() {
        // given
        String[] tokens = words("وصل الوفد إلى بالمغرب والجزائر بدعوة للأمم المتحدة");

        // when
        List<Span> spans = tagger.tag(tokens, Language.ARABIC);

        // then
        assertThat(spans).extracting(Span::start, Span::end, Span::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, 4, EntityType.PLACE),
                org.assertj.core.groups.Tuple.tuple(4, 5, EntityType.PLACE),
                org.assertj.core.groups.Tuple.tuple(6, 8, EntityType.ORGANIZATION));
        assertThat(spans.get(0).known().nameEn()).isEqualTo("Morocco");
    }

    @Test
    void shouldMarkANisbaAsAnAdjectiveNotAName() {
        // given
        String[] tokens = words("أعلنت الحكومة المغربية خطة جديدة");

        // when
        List<Span> spans = tagger.tag(tokens, Language.ARABIC);

        // then
        assertThat(spans).singleElement().satisfies(s -> {
            assertThat(s.adjective()).isTrue();
            assertThat(s.known().nameEn()).isEqualTo("Morocco");
        });
    }

    @Test
    void shouldReadAnArabicPersonAfterATitleAndItsNisba() {
        // given
        String[] tokens = words("وقال وزير الخارجية الموريتاني سيدي ولد داهي إن الزيارة ناجحة");

        // when
        List<Span> spans = tagger.tag(tokens, Language.ARABIC);

        // then
        assertThat(spans).filteredOn(s -> s.type() == EntityType.PERSON)
                .singleElement().extracting(Span::start, Span::end).containsExactly(4, 7);
    }

    @Test
    void shouldTypeArabicOrganisationsFromCueNouns() {
        // given
        String[] tokens = words("عقد حزب التجمع الوطني مؤتمره في مدينة تيزنيت");

        // when
        List<Span> spans = tagger.tag(tokens, Language.ARABIC);

        // then
        assertThat(spans).extracting(Span::start, Span::end, Span::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 4, EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple(7, 8, EntityType.PLACE));
    }

    @Test
    void shouldTypeEnglishNamesFromTitlesSuffixesAndPrepositions() {
        // given
        String[] tokens = words("Finance Minister Halvard Monteiro told Kestrel Mining Corp. staff in Kandivar on Monday .");

        // when
        List<Span> spans = tagger.tag(tokens, Language.ENGLISH);

        // then
        assertThat(spans).extracting(Span::start, Span::end, Span::type).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 4, EntityType.PERSON),
                org.assertj.core.groups.Tuple.tuple(5, 8, EntityType.ORGANIZATION),
                org.assertj.core.groups.Tuple.tuple(10, 11, EntityType.PLACE));
    }

    @Test
    void shouldRememberASurnameAfterTheFullName() {
        // given
        NameMemory memory = new NameMemory();
        tagger.tag(words("Coach Ingrid Valtersen named her squad ."), Language.ENGLISH, memory);

        // when
        List<Span> spans = tagger.tag(words("Valtersen praised the defence ."), Language.ENGLISH, memory);

        // then
        assertThat(spans).singleElement().extracting(Span::type).isEqualTo(EntityType.PERSON);
    }

    @Test
    void shouldPreferTheDictionaryForKnownMultiWordNames() {
        // given
        String[] tokens = words("Officials from the United Arab Emirates and the African Union met in Nouakchott .");

        // when
        List<Span> spans = tagger.tag(tokens, Language.ENGLISH);

        // then
        assertThat(spans).extracting(s -> s.known().nameEn())
                .containsExactly("United Arab Emirates", "African Union", "Nouakchott");
    }

    @Test
    void shouldReadADatelineAsThePlaceTheStoryWasFiledFrom() {
        // given
        String[] tokens = words("TIZNIT 2026-09-14 Farmers gathered at dawn .");

        // when
        List<Span> spans = tagger.tag(tokens, Language.ENGLISH);

        // then
        assertThat(spans).first().extracting(Span::start, Span::end, Span::type)
                .containsExactly(0, 1, EntityType.PLACE);
    }
}
