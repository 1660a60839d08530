package org.mojaz.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.entity.EntityExtractor;

class NewsSelectionTest {
    private static final ExtractiveSummarizer ENGINE = new ExtractiveSummarizer(new EntityExtractor());

    private static Article article(String title, Language language, String... paragraphs) {
        return new Article("text:pasted", null, title, null, null, null, language, List.of(paragraphs), "h",
                Instant.EPOCH);
    }

    @Test
    void should_start_a_news_brief_with_the_lead_without_its_dateline() {
        // given: our own report, whose lead is not the most "central" sentence
        Article a = article("", Language.ENGLISH,
                "RABAT (Mojaz) - The port of Tangier reopened on Tuesday after a three-day strike by dock workers "
                        + "ended with a wage agreement.",
                "Shipping companies said the backlog of containers would take a week to clear.",
                "Container traffic at the port had grown last year, and container ships and container cranes "
                        + "now handle most container traffic in the region.",
                "Container volumes and container prices are watched by container lines.");

        // when
        List<String> picked = ENGINE.extract(a.title(), a.text(), a.language(), 40, 99);

        // then
        assertThat(picked.get(0)).startsWith("The port of Tangier reopened on Tuesday");
    }

    @Test
    void should_never_quote_the_end_of_a_quotation_without_its_start() {
        // given: our own report where a speaker's quotation runs over three sentences, the last a short question
        Article a = article("", Language.ENGLISH,
                "Farmers near Larache asked the water agency on Monday to release more water from the dam for the "
                        + "spring planting.",
                "\"We have waited two months. The fields are dry. Who will pay for a lost harvest?\" said Ahmed "
                        + "Benali, who grows tomatoes on twelve hectares.",
                "The agency said the reservoir held a third of its capacity and that towns come first.",
                "It will decide on the request at its meeting next week.",
                "“We share the farmers’ worry. Rain is what we need most.” The agency’s director "
                        + "said so on local radio.");

        // when
        List<String> picked = ENGINE.extract(a.title(), a.text(), a.language(), 200, 99);

        // then: a quotation is picked whole or not at all
        assertThat(picked).noneSatisfy(s -> assertThat(s).matches("(The fields|Who will pay|Rain is).*"));
        assertThat(picked).allSatisfy(s -> assertThat(NewsLayout.quoteOpen(s)).isFalse());
    }

    @Test
    void should_not_say_the_lead_twice_when_a_caption_restates_it() {
        // given: our own report whose photo caption repeats the lead in other words
        Article a = article("", Language.ENGLISH,
                "The city of Fez opened a new water treatment plant on Monday that will serve two hundred thousand "
                        + "homes, officials said.",
                "Opened: the new water treatment plant in Fez will serve two hundred thousand homes.",
                "Engineers said the plant cleans water drawn from the Sebou river with sand filters and sunlight.",
                "The project took four years and was paid for by the city and a regional development fund.",
                "Residents of the old town said their taps had often run dry in the summer months.");

        // when
        List<String> picked = ENGINE.extract(a.title(), a.text(), a.language(), 60, 99);

        // then
        assertThat(picked).anySatisfy(s -> assertThat(s).startsWith("The city of Fez opened"))
                .noneSatisfy(s -> assertThat(s).startsWith("Opened:"));
    }

    @Test
    void should_fill_an_english_news_brief_beyond_a_short_lead() {
        // given: our own English report with a short lead and further sentences on other matters
        Article a = article("", Language.ENGLISH,
                "Rail workers in Tunis went on strike on Wednesday, the union said.",
                "Commuters crowded bus stops across the capital as trains stood idle in the depots.",
                "The union is asking for higher wages and new safety rules after an accident last spring.",
                "The transport ministry said talks with union leaders would resume on Friday morning.",
                "Taxi drivers raised their fares for the day, passengers complained.");

        // when
        List<String> picked = ENGINE.extract(a.title(), a.text(), a.language(), 60, 99);

        // then: the brief is the lead and more, not the lead alone
        assertThat(picked.get(0)).startsWith("Rail workers in Tunis");
        assertThat(picked).hasSizeGreaterThan(1);
    }

    @Test
    void should_include_an_answer_in_the_summary_of_an_interview() {
        // given: our own interview, questions and answers
        Article a = article("", Language.ARABIC,
                "التقينا المهندسة سلمى العلوي التي تدير مشروع الطاقة الشمسية في ورزازات منذ ثلاث سنوات.",
                "س: ما الذي تغير في المشروع هذا العام؟",
                "ج: أضفنا وحدة تخزين جديدة تسمح بإنتاج الكهرباء ليلا لمدة سبع ساعات بعد غروب الشمس.",
                "س: وما هي الخطوة المقبلة؟",
                "ج: نعمل على ربط القرى المجاورة بالشبكة قبل نهاية السنة المقبلة.");

        // when
        Brief brief = ENGINE.summarize(a).arabic();

        // then
        assertThat(brief.summary()).doesNotContain("؟");
        assertThat(brief.summary()).containsAnyOf("وحدة تخزين", "ربط القرى");
    }

    @Test
    void should_not_pick_a_teaser_question_as_the_lead() {
        // given
        Article a = article("", Language.ENGLISH,
                "Who pays for the new tram?",
                "The city council approved on Monday a 200 million dollar loan to build the new tram line.",
                "Work will start in spring.");

        // when
        List<String> picked = ENGINE.extract(a.title(), a.text(), a.language(), 20, 99);

        // then
        assertThat(picked.get(0)).startsWith("The city council approved");
    }

    @Test
    void should_give_no_entities_for_a_german_page() {
        // given: our own German text
        Article german = article("Neue Straßenbahn", Language.OTHER,
                "Die Stadtverwaltung Bremen hat am Montag den Bau einer neuen Straßenbahnlinie beschlossen.",
                "Bürgermeisterin Anna Schmidt sagte, die Digitalisierung der Fahrpläne beginne im Frühjahr.");

        // when
        Digest digest = ENGINE.summarize(german);

        // then
        assertThat(digest.entities()).isEmpty();
        assertThat(digest.english().available()).isFalse();
    }

    @Test
    void should_give_an_english_gist_of_the_main_entities_of_an_arabic_article() {
        // given: our own Arabic report
        Article a = article("", Language.ARABIC,
                "أعلنت وزارة الدفاع الجزائرية يوم الأحد أن الجزائر وروسيا ستجريان مناورات عسكرية مشتركة في ولاية "
                        + "بشار حتى 28 نوفمبر، بمشاركة مئات الجنود من البلدين.",
                "وقالت الوزارة إن المناورات تأتي بعد صفقة بقيمة 23 مليار دولار وقعتها الجزائر مع روسيا.");

        // when
        Brief english = ENGINE.summarize(a).english();

        // then
        assertThat(english.available()).isFalse();
        assertThat(english.summary()).startsWith("Gist").contains("Algeria").contains("Russia")
                .contains("23 billion").contains("language model");
    }
}
