package org.mojaz.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mojaz.config.Settings;
import org.mojaz.llm.CircuitBreaker;
import org.mojaz.llm.LlmChat;
import org.mojaz.llm.LlmModels;
import org.mojaz.llm.LlmOptions;
import org.mojaz.core.Article;
import org.mojaz.core.Language;

/** Short articles and model answers of our own writing, and settings for tests against fake model servers. */
final class NewsFixtures {
    static final String API_KEY = "sk-test-SECRET-9f8e7d6c5b4a";
    static final SummaryLength SUMMARY = new SummaryLength(60, 5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsFixtures() {
    }

    static Settings.Llm llm(String provider, String baseUrl) {
        return llm(provider, baseUrl, Duration.ofSeconds(10), 3);
    }

    static Settings.Llm llm(String provider, String baseUrl, Duration timeout, int breakerFailures) {
        return new Settings.Llm(provider, "test-model", baseUrl, timeout, 0.2, 1200, 6000, 50, 2000, breakerFailures,
                Duration.ofSeconds(60));
    }

    /** The chat for these settings with a breaker of its own, as App builds it. */
    static Optional<LlmChat> chat(Settings.Llm llm, String apiKey, Clock clock) {
        return LlmModels.chat(new LlmOptions(llm.provider(), llm.model(), llm.baseUrl(), llm.timeout(),
                llm.temperature(), llm.maxOutputTokens()), apiKey,
                new CircuitBreaker(llm.breakerFailures(), llm.breakerCooldown(), clock));
    }

    static Article english() {
        return article("hash-en-plant", Language.ENGLISH, "Harbour city opens a desalination plant", List.of(
                "The city of Port Halden opened a desalination plant on Tuesday that will supply 40,000 homes with"
                        + " drinking water, Mayor Samira Haddad said.",
                "The plant, built by the Northwind Water Company at a cost of 120 million dollars, took three years"
                        + " to complete.",
                "Officials said the plant would cut the city's reliance on the Tarrow River during summer droughts.",
                "Environmental groups asked the council to publish regular reports on the brine returned to the sea."));
    }

    static Article arabic() {
        return article("hash-ar-plant", Language.ARABIC, "افتتاح محطة لتحلية المياه في مدينة الساحل", List.of(
                "افتتحت بلدية مدينة الساحل يوم الثلاثاء محطةً جديدة لتحلية المياه ستزود ٤٠ ألف منزل بمياه الشرب،"
                        + " بحسب ما قالت رئيسة البلدية سميرة حداد.",
                "وبنت المحطة شركة الريح الشمالية للمياه بتكلفة 120 مليون دولار، واستغرق إنشاؤها ثلاث سنوات.",
                "وقال مسؤولون إن المحطة ستقلل اعتماد المدينة على نهر تارو خلال فترات الجفاف في الصيف."));
    }

    static Article article(String hash, Language language, String title, List<String> paragraphs) {
        return new Article("https://news.test/" + hash, null, title, null, "2026-09-15", "News Test", language,
                paragraphs, hash, Instant.parse("2026-09-15T08:00:00Z"));
    }

    /** A valid answer for {@link #english()}, with the entities given. */
    static String answerForEnglish(List<Map<String, String>> entities) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("summary_ar", "افتتحت مدينة بورت هالدن يوم الثلاثاء محطة لتحلية المياه ستزود أربعين ألف منزل بمياه"
                + " الشرب، وبنتها شركة نورثويند للمياه بتكلفة مئة وعشرين مليون دولار.");
        a.put("summary_en", "Port Halden opened a desalination plant on Tuesday that will supply 40,000 homes with"
                + " drinking water. The Northwind Water Company built it for 120 million dollars over three years.");
        a.put("key_points_ar", List.of("افتتحت المدينة محطة لتحلية المياه.", "ستزود المحطة أربعين ألف منزل.",
                "بنتها شركة نورثويند للمياه."));
        a.put("key_points_en", List.of("The city opened a desalination plant.", "It will supply 40,000 homes.",
                "The Northwind Water Company built it."));
        a.put("entities", entities);
        return write(a);
    }

    static String answerForEnglish() {
        return answerForEnglish(List.of(
                entity("سميرة حداد", "Samira Haddad", "PERSON", "mayor"),
                entity("شركة نورثويند للمياه", "Northwind Water Company", "ORGANIZATION", "built the plant"),
                entity("بورت هالدن", "Port Halden", "PLACE", ""),
                entity("40,000", "40,000", "NUMBER", "homes supplied")));
    }

    /** A valid answer for {@link #arabic()}. */
    static String answerForArabic() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("summary_ar", "افتتحت بلدية مدينة الساحل محطة جديدة لتحلية المياه ستزود ٤٠ ألف منزل بمياه الشرب،"
                + " وبنتها شركة الريح الشمالية للمياه بتكلفة 120 مليون دولار.");
        a.put("summary_en", "The municipality of Al-Sahel opened a new desalination plant that will supply 40,000"
                + " homes with drinking water; the Northern Wind Water Company built it for 120 million dollars.");
        a.put("key_points_ar", List.of("افتتحت البلدية محطة لتحلية المياه.", "ستزود المحطة ٤٠ ألف منزل."));
        a.put("key_points_en", List.of("The municipality opened a desalination plant.", "It will supply 40,000 homes."));
        a.put("entities", List.of(
                entity("سَمِيرة حدّاد", "Samira Haddad", "PERSON", "head of the municipality"),
                entity("شركة الريح الشمالية للمياه", "Northern Wind Water Company", "ORGANIZATION", ""),
                entity("نهر تارو", "Taro River", "PLACE", ""),
                entity("40 ألف", "40 thousand", "NUMBER", "homes"),
                entity("الثلاثاء", "Tuesday", "DATE", "")));
        return write(a);
    }

    /** Valid answers for the contract's two articles (ar-clinic.txt, then en-bridge.txt), in that order. */
    static List<String> answersForContractArticles() {
        Map<String, Object> clinic = new LinkedHashMap<>();
        clinic.put("summary_ar", "بدأت وزارة الصحة يوم الأحد تشغيل عشر عيادات متنقلة في قرى الجبل المعزولة، وتزور كل"
                + " عيادة ست قرى في الأسبوع بحسب منسقة البرنامج ليلى منصوري.");
        clinic.put("summary_en", "The health ministry started ten mobile clinics in isolated mountain villages on"
                + " Sunday; programme coordinator Leila Mansouri said each clinic visits six villages a week.");
        clinic.put("key_points_ar", List.of("عشر عيادات متنقلة في قرى الجبل."));
        clinic.put("key_points_en", List.of("Ten mobile clinics reach the mountain villages."));
        clinic.put("entities", List.of(entity("وزارة الصحة", "Ministry of Health", "ORGANIZATION", ""),
                entity("ليلى منصوري", "Leila Mansouri", "PERSON", "programme coordinator")));
        Map<String, Object> bridge = new LinkedHashMap<>();
        bridge.put("summary_ar", "أعيد فتح جسر الميناء القديم في بورت إليس يوم الاثنين بعد إصلاح دام عامين وكلف"
                + " 18.5 مليون دولار.");
        bridge.put("summary_en", "The old harbour bridge in Port Ellis reopened to traffic on Monday after a two-year"
                + " repair that cost $18.5 million, more than twice the first estimate.");
        bridge.put("key_points_ar", List.of("أعيد فتح الجسر بعد عامين من الإصلاح."));
        bridge.put("key_points_en", List.of("The bridge reopened after a two-year repair."));
        bridge.put("entities", List.of(entity("بورت إليس", "Port Ellis", "PLACE", ""),
                entity("روث ألفاريز", "Ruth Alvarez", "PERSON", "mayor")));
        return List.of(write(clinic), write(bridge));
    }

    static Map<String, String> entity(String ar, String en, String type, String note) {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("name_ar", ar);
        e.put("name_en", en);
        e.put("type", type);
        e.put("note", note);
        return e;
    }

    /** {@link #answerForEnglish()} with one field replaced. */
    static String answerForEnglishWith(String field, Object value) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> a = JSON.readValue(answerForEnglish(), LinkedHashMap.class);
            a.put(field, value);
            return write(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> words(int n, String word) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(word);
        }
        return out;
    }
}
