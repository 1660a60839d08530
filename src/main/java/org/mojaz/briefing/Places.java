package org.mojaz.briefing;

import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mojaz.text.ArabicNormalizer;

/**
 * Timezones from what people type: an IANA name ({@code Africa/Casablanca}) or a city in Arabic or English
 * (الرباط, Algiers, القاهرة, Paris), and the region a zone belongs to (for Arabic month names).
 */
final class Places {
    private static final Map<String, String> CITIES = new HashMap<>();
    private static final Set<String> ARAB_REGIONS = Set.of("DZ", "TN", "MA", "LY", "MR", "EG", "SD", "LB", "SY",
            "JO", "PS", "IQ", "SA", "AE", "QA", "KW", "BH", "OM", "YE");

    static {
        city("Africa/Casablanca", "الرباط", "rabat", "الدار البيضاء", "casablanca", "الدارالبيضاء", "مراكش",
                "marrakech", "marrakesh", "فاس", "fes", "fez", "طنجة", "tangier", "morocco", "المغرب");
        city("Africa/Algiers", "الجزائر", "algiers", "alger", "algeria", "وهران", "oran", "قسنطينة", "constantine");
        city("Africa/Tunis", "تونس", "tunis", "tunisia", "صفاقس", "sfax");
        city("Africa/Tripoli", "طرابلس", "tripoli", "libya", "ليبيا", "بنغازي", "benghazi");
        city("Africa/Cairo", "القاهرة", "cairo", "مصر", "egypt", "الإسكندرية", "الاسكندرية", "alexandria");
        city("Africa/Khartoum", "الخرطوم", "khartoum", "sudan", "السودان");
        city("Africa/Nouakchott", "نواكشوط", "nouakchott", "mauritania", "موريتانيا");
        city("Asia/Riyadh", "الرياض", "riyadh", "جدة", "jeddah", "مكة", "mecca", "makkah", "السعودية", "saudi arabia");
        city("Asia/Dubai", "دبي", "dubai", "أبوظبي", "ابوظبي", "أبو ظبي", "abu dhabi", "الإمارات", "uae");
        city("Asia/Qatar", "الدوحة", "doha", "قطر", "qatar");
        city("Asia/Kuwait", "الكويت", "kuwait");
        city("Asia/Bahrain", "المنامة", "manama", "البحرين", "bahrain");
        city("Asia/Muscat", "مسقط", "muscat", "عمان", "oman");
        city("Asia/Aden", "صنعاء", "sanaa", "عدن", "aden", "اليمن", "yemen");
        city("Asia/Beirut", "بيروت", "beirut", "لبنان", "lebanon");
        city("Asia/Damascus", "دمشق", "damascus", "سوريا", "syria", "حلب", "aleppo");
        city("Asia/Amman", "عمّان", "amman", "الأردن", "jordan");
        city("Asia/Gaza", "غزة", "gaza", "رام الله", "ramallah", "القدس", "jerusalem", "فلسطين", "palestine");
        city("Asia/Baghdad", "بغداد", "baghdad", "العراق", "iraq", "البصرة", "basra");
        city("Europe/Paris", "باريس", "paris", "france", "فرنسا");
        city("Europe/London", "لندن", "london", "uk", "بريطانيا");
        city("Europe/Berlin", "برلين", "berlin");
        city("Europe/Madrid", "مدريد", "madrid");
        city("Europe/Brussels", "بروكسل", "brussels");
        city("Europe/Istanbul", "إسطنبول", "اسطنبول", "istanbul", "أنقرة", "ankara");
        city("America/New_York", "نيويورك", "new york", "واشنطن", "washington");
        city("America/Montreal", "مونتريال", "montreal");
        city("UTC", "utc", "gmt");
    }

    private Places() {
    }

    private static void city(String zone, String... names) {
        for (String n : names) {
            CITIES.put(key(n), zone);
        }
    }

    private static String key(String s) {
        return ArabicNormalizer.normalize(s.strip()).toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", " ");
    }

    /** The zone an IANA name or a known city names, if any. */
    static Optional<ZoneId> zone(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.contains("/") || t.equalsIgnoreCase("UTC")) {
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.equalsIgnoreCase(t)) {
                    return Optional.of(ZoneId.of(id));
                }
            }
        }
        String zone = CITIES.get(key(t));
        if (zone != null) {
            return Optional.of(ZoneId.of(zone));
        }
        return exemplarCity(key(t));
    }

    /** Any IANA zone whose city part is the typed name ("Casablanca", "los angeles"). */
    private static Optional<ZoneId> exemplarCity(String typed) {
        for (String id : ZoneId.getAvailableZoneIds()) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && key(id.substring(slash + 1)).equals(typed)) {
                try {
                    return Optional.of(ZoneId.of(id));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The CLDR region of an Arabic-speaking country the zone is in ({@code DZ}, {@code LB}...), or empty. */
    static Optional<String> arabRegion(ZoneId zone) {
        String region;
        try {
            region = TimeZone.getRegion(zone.getId());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return ARAB_REGIONS.contains(region) ? Optional.of(region) : Optional.empty();
    }
}
