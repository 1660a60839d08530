package org.mojaz.qa;

import java.time.Instant;
import java.util.List;
import org.mojaz.core.Article;
import org.mojaz.core.Language;
import org.mojaz.ingest.Ingestor;

/** Short news articles of our own writing (invented events and people) for the question-answering tests. */
final class QaArticles {
    private QaArticles() {
    }

    static Article manoeuvres() {
        return article("https://news.test/ar/manoeuvres", "مناورات عسكرية مشتركة بين الجزائر وتونس قرب الحدود",
                Language.ARABIC, List.of(
                "انطلقت يوم الأحد 8 سبتمبر 2026 مناورات عسكرية مشتركة بين الجزائر وتونس في ولاية تبسة، بمشاركة نحو 3200 جندي من البلدين.",
                "وتستمر المناورات حتى 19 سبتمبر، وفق بيان لوزارة الدفاع الوطني الجزائرية.",
                "وقال اللواء كمال بن عيسى، قائد المناورات، إن التمرين يهدف إلى تعزيز التنسيق في مكافحة التهريب عبر الحدود.",
                "وتجري التدريبات على بعد 40 كيلومترا من الحدود التونسية، في منطقة جبلية وعرة."));
    }

    static Article gas() {
        return article("https://news.test/en/gas", "Algeria agrees to raise gas exports to Italy", Language.ENGLISH, List.of(
                "Algeria's state energy company Sonatrach signed an agreement in Rome on 3 March to raise gas exports to Italy through the Transmed pipeline.",
                "Under the deal, annual deliveries will rise to 25 billion cubic metres by 2027, up from 21 billion last year.",
                "Sonatrach chief executive Samir Hadjadj said the company would invest 4 billion dollars in new fields in the Hassi R'Mel region.",
                "The Transmed pipeline runs 2,475 kilometres from Algeria through Tunisia and under the Mediterranean to Sicily."));
    }

    static Article waterPipeline() {
        return article("https://news.test/en/water", "Jordan signs funding for the national water carrier", Language.ENGLISH,
                List.of("Jordan signed a funding agreement on Wednesday for the national water carrier from Aqaba to Amman.",
                        "The pipeline will be 450 kilometres long and will carry 300 million cubic metres of water a year.",
                        "Water minister Raed Khasawneh said the carrier would meet drinking needs until 2040."));
    }

    static Article solarPlant() {
        return article("https://news.test/en/solar", "Jordan opens a solar plant in Ma'an", Language.ENGLISH,
                List.of("Jordan opened a 200-megawatt solar plant in the southern governorate of Ma'an on Tuesday.",
                        "Energy minister Hala Zawati said the plant would supply electricity to about 160,000 homes.",
                        "Renewable sources now provide 27 percent of the country's electricity."));
    }

    static Article article(String url, String title, Language language, List<String> paragraphs) {
        return new Article(url, url, title, null, "2026-09-08", "News Test", language, paragraphs,
                Ingestor.contentHash(String.join("\n\n", paragraphs)), Instant.parse("2026-09-08T10:00:00Z"));
    }
}
