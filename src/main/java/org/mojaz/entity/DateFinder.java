package org.mojaz.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.text.ArabicNormalizer;
import org.mojaz.core.Language;

/**
 * Dates in Arabic and English text: Arabic month names in their Gulf/Egyptian, Maghreb (جانفي، شتنبر، نونبر)
 * and Levantine (كانون الثاني، أيلول) forms, English month names, numeric dates, weekdays and relative words.
 * Values are ISO-8601 where the parts are known: 2026-09-14, --09-14 without a year, 2026-09 without a day.
 */
final class DateFinder {
    private static final Map<String, Integer> AR_MONTHS = new LinkedHashMap<>();
    private static final Map<String, Integer> EN_MONTHS = new LinkedHashMap<>();
    private static final String[] AR_DISPLAY = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
        "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] EN_DISPLAY = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    static {
        String[][] ar = {
            {"يناير", "جانفي", "كانون الثاني", "ينايِر"}, {"فبراير", "فيفري", "شباط", "فبرايِر"},
            {"مارس", "آذار"}, {"أبريل", "إبريل", "أفريل", "نيسان", "ابريل"}, {"مايو", "ماي", "أيار", "مايِو"},
            {"يونيو", "يونيه", "جوان", "حزيران"}, {"يوليو", "يوليه", "يوليوز", "جويلية", "تموز"},
            {"أغسطس", "اغسطس", "غشت", "أوت", "آب"}, {"سبتمبر", "شتنبر", "أيلول"},
            {"أكتوبر", "اكتوبر", "تشرين الأول"}, {"نوفمبر", "نونبر", "تشرين الثاني"},
            {"ديسمبر", "دجنبر", "كانون الأول"}};
        for (int m = 0; m < ar.length; m++) {
            for (String name : ar[m]) {
                AR_MONTHS.put(ArabicNormalizer.normalize(name), m + 1);
            }
        }
        String[][] en = {{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"},
            {"june", "jun"}, {"july", "jul"}, {"august", "aug"}, {"september", "sept", "sep"},
            {"october", "oct"}, {"november", "nov"}, {"december", "dec"}};
        for (int m = 0; m < en.length; m++) {
            for (String name : en[m]) {
                EN_MONTHS.put(name, m + 1);
            }
        }
    }

    private static final String AR_MONTH = alternation(AR_MONTHS);
    private static final String EN_MONTH = alternation(EN_MONTHS);
    private static final Pattern AR_DATE = Pattern.compile(
            "(?<!\\p{L})(?:(\\d{1,2})\\s*(?:من\\s+)?)?(?:شهر\\s+)?(" + AR_MONTH + ")(?:\\s*[/(-]\\s*(?:" + AR_MONTH
            + ")\\s*\\)?)?(?:\\s*(?:من\\s+)?(?:عام|سنه)?\\s*(\\d{4}))?(?!\\p{L})");
    private static final Pattern EN_DATE = Pattern.compile(
            "(?<!\\p{L})(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(" + EN_MONTH
            + ")\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?(?:,?\\s+(\\d{4}))?(?!\\p{L})");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})/(\\d{4}))(?!\\d)");
    private static final Pattern AR_DAY = Pattern.compile(
            "(?<!\\p{L})(?:يوم\\s+)?(?:[وف]?(?:ال|ب|بال)?)(اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد|امس|اليوم|غدا)(?!\\p{L})");
    private static final Pattern EN_DAY = Pattern.compile(
            "(?<!\\p{L})(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow)(?!\\p{L})");

    private static String alternation(Map<String, Integer> names) {
        return names.keySet().stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** Dates written in the text's language (Arabic text: Arabic forms; otherwise English forms), in order. */
    List<Found> find(FoldedText text, Language language) {
        List<Found> out = new ArrayList<>();
        String s = text.folded();
        boolean arabic = language == Language.ARABIC;
        if (arabic) {
            monthDates(text, AR_DATE.matcher(s), AR_MONTHS, 1, 2, -1, 3, out);
        } else {
            monthDates(text, EN_DATE.matcher(s), EN_MONTHS, 1, 2, 3, 4, out);
        }
        numeric(text, out);
        days(text, (arabic ? AR_DAY : EN_DAY).matcher(s), out);
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private static void monthDates(FoldedText text, Matcher m, Map<String, Integer> months, int dayGroup,
            int monthGroup, int dayAfterGroup, int yearGroup, List<Found> out) {
        while (m.find()) {
            String day = m.group(dayGroup);
            if (day == null && dayAfterGroup > 0) {
                day = m.group(dayAfterGroup);
            }
            String year = m.group(yearGroup);
            if (day == null && year == null) {
                continue;
            }
            int month = months.get(m.group(monthGroup));
            add(text, m.start(), m.end(), year, month, day == null ? 0 : Integer.parseInt(day), out);
        }
    }

    private static void numeric(FoldedText text, List<Found> out) {
        Matcher m = NUMERIC.matcher(text.folded());
        while (m.find()) {
            boolean iso = m.group(1) != null;
            int month = Integer.parseInt(iso ? m.group(2) : m.group(5));
            int day = Integer.parseInt(iso ? m.group(3) : m.group(4));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                add(text, m.start(), m.end(), iso ? m.group(1) : m.group(6), month, day, out);
            }
        }
    }

    private static void add(FoldedText text, int start, int end, String year, int month, int day, List<Found> out) {
        if (day > 31 || overlaps(out, text.originalOffset(start))) {
            return;
        }
        String value = (year == null ? "-" : year) + String.format(Locale.ROOT, "-%02d", month)
                + (day > 0 ? String.format(Locale.ROOT, "-%02d", day) : "");
        String ar = (day > 0 ? day + " " : "") + AR_DISPLAY[month - 1] + (year == null ? "" : " " + year);
        String en = EN_DISPLAY[month - 1] + (day > 0 ? " " + day : "") + (year == null ? "" : (day > 0 ? ", " : " ") + year);
        out.add(new Found(text.originalOffset(start), text.originalText(start, end).strip(), value, ar, en));
    }

    private static boolean overlaps(List<Found> found, int start) {
        for (Found f : found) {
            if (start >= f.start() && start < f.start() + f.surface().length()) {
                return true;
            }
        }
        return false;
    }

    private static final Map<String, String[]> DAY_NAMES = Map.ofEntries(
            Map.entry("اثنين", new String[] {"الاثنين", "Monday"}), Map.entry("ثلاثاء", new String[] {"الثلاثاء", "Tuesday"}),
            Map.entry("اربعاء", new String[] {"الأربعاء", "Wednesday"}), Map.entry("خميس", new String[] {"الخميس", "Thursday"}),
            Map.entry("جمعه", new String[] {"الجمعة", "Friday"}), Map.entry("سبت", new String[] {"السبت", "Saturday"}),
            Map.entry("احد", new String[] {"الأحد", "Sunday"}), Map.entry("امس", new String[] {"أمس", "yesterday"}),
            Map.entry("اليوم", new String[] {"اليوم", "today"}), Map.entry("غدا", new String[] {"غدا", "tomorrow"}),
            Map.entry("monday", new String[] {"الاثنين", "Monday"}), Map.entry("tuesday", new String[] {"الثلاثاء", "Tuesday"}),
            Map.entry("wednesday", new String[] {"الأربعاء", "Wednesday"}), Map.entry("thursday", new String[] {"الخميس", "Thursday"}),
            Map.entry("friday", new String[] {"الجمعة", "Friday"}), Map.entry("saturday", new String[] {"السبت", "Saturday"}),
            Map.entry("sunday", new String[] {"الأحد", "Sunday"}), Map.entry("yesterday", new String[] {"أمس", "yesterday"}),
            Map.entry("tomorrow", new String[] {"غدا", "tomorrow"}));

    private static void days(FoldedText text, Matcher m, List<Found> out) {
        while (m.find()) {
            String word = m.group(1);
            boolean relative = word.equals("امس") || word.equals("اليوم") || word.equals("غدا");
            boolean bareWeekday = !relative && !m.group().contains("ال") && !m.group().startsWith("يوم")
                    && (word.charAt(0) < 'a' || word.charAt(0) > 'z');
            if (bareWeekday || overlaps(out, text.originalOffset(m.start()))) {
                continue;
            }
            String[] names = DAY_NAMES.get(word);
            out.add(new Found(text.originalOffset(m.start()), text.originalText(m.start(), m.end()).strip(), null, names[0], names[1]));
        }
    }
}
