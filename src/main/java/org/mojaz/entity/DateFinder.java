package org.mojaz.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.core.Language;
import org.mojaz.text.ArabicNormalizer;

/**
 * Dates in Arabic and English text: Arabic month names in their Gulf/Egyptian, Maghreb (جانفي، شتنبر، نونبر)
 * and Levantine (كانون الثاني، أيلول) forms, English month names, numeric dates, month-only dates (شتنبر الماضي،
 * في أبريل، last September), weekdays and relative words (أمس، الأربعاء المقبل، الشهر الماضي، last year).
 * Values are ISO-8601 where the parts are known: 2026-09-14, --09-14 without a year, 2026-09 without a day.
 *
 * <p>With a reference date (the article's own date), relative and year-less expressions are resolved against it
 * by {@link RelativeDates} and shown as the date they stand for; without one they are listed as written, with no
 * value: a date is never invented from today's clock.
 */
final class DateFinder {
    private static final Map<String, Integer> AR_MONTHS = new LinkedHashMap<>();
    private static final Map<String, Integer> EN_MONTHS = new LinkedHashMap<>();
    private static final Map<String, Integer> EN_FULL_MONTHS = new LinkedHashMap<>();

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
            EN_FULL_MONTHS.put(en[m][0], m + 1);
        }
    }

    private static final String AR_MONTH = alternation(AR_MONTHS.keySet());
    private static final String EN_MONTH = alternation(EN_MONTHS.keySet());
    /** Words after a month, weekday or period that place it: past (الماضي، الفارط), next (المقبل), current (الجاري). */
    private static final String AR_WHICH = "(?:الماضي|المنصرم|الفائت|الفارط|السابق|المقبل|القادم|الجاري|الحالي)ه?";
    private static final Pattern AR_DATE = Pattern.compile(
            "(?<!\\p{L})(?:(\\d{1,2})\\s*(?:من\\s+)?)?(شهر\\s+)?(" + AR_MONTH + ")(?:\\s*[/(-]\\s*(?:" + AR_MONTH
            + ")\\s*\\)?)?(?:\\s*(?:من\\s+)?(?:ال)?(?:عام|سنه)?\\s*(\\d{4}))?(?:\\s+(" + AR_WHICH + "))?"
            + "(\\s+من\\s+(?:(?:هذا|هذه)\\s+ال(?:عام|سنه)|ال(?:عام|سنه)\\s+(" + AR_WHICH + ")))?(?!\\p{L})");
    private static final Pattern EN_DATE = Pattern.compile(
            "(?<!\\p{L})(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?(" + EN_MONTH
            + ")\\.?(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?(?:,?\\s+(\\d{4}))?(?!\\p{L})");
    /** An English month alone, placed by a word before it: last September, in April (never "in May": a verb). */
    private static final Pattern EN_MONTH_ONLY = Pattern.compile(
            "(?<!\\p{L})((?:last|next|this past|this coming|in|since|until|by|early|late|from)\\s+|mid-\\s*)("
            + alternation(EN_FULL_MONTHS.keySet()) + ")(?!\\p{L})");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<!\\d)(?:(\\d{4})-(\\d{2})-(\\d{2})|(\\d{1,2})/(\\d{1,2})/(\\d{4}))(?!\\d)");
    private static final String AR_WEEKDAY = "اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد";
    /** A relative day, with the weekday that may follow it (أمس الأحد: one date), or a weekday and its placing word. */
    private static final Pattern AR_DAY = Pattern.compile(
            "(?<!\\p{L})(?:يوم\\s+)?(?:[وف]?(?:ال|ب|بال)?)(?:(اول\\s+(?:من\\s+)?امس|امس\\s+الاول|بعد\\s+غد|امس|بارحه"
            + "|اليوم|غدا)(?:\\s+(?:يوم\\s+)?ال(" + AR_WEEKDAY + "))?|(" + AR_WEEKDAY + ")(?:\\s+(" + AR_WHICH
            + "))?)(?!\\p{L})");
    private static final Pattern EN_DAY = Pattern.compile(
            "(?<!\\p{L})(?:(last|next|this past|this coming|on|this)\\s+)?(the day before yesterday"
            + "|the day after tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today"
            + "|tomorrow)(?!\\p{L})");
    private static final Pattern AR_PERIOD = Pattern.compile(
            "(?<!\\p{L})(?:[وفب]?(?:ال|لل)(اسبوع|شهر|عام|سنه)\\s+(" + AR_WHICH + ")|(?:[وف]?(?:هذا|هذه)\\s+)ال"
            + "(اسبوع|شهر|عام|سنه))(?!\\p{L})");
    private static final Pattern EN_PERIOD = Pattern.compile("(?<!\\p{L})(last|next|this)\\s+(week|month|year)(?!\\p{L})");

    /** Words before a bare Arabic month that make it a date (في سبتمبر), not a verb (مارس الفريق ضغطا). */
    private static final Set<String> AR_MONTH_CUES = Set.of("في", "وفي", "خلال", "منذ", "حتي", "مطلع", "مستهل",
            "اواخر", "اوائل", "منتصف", "اواسط", "نهايه", "بدايه", "بحلول", "قبل", "بعد", "غضون", "ومنذ", "وخلال");

    private static final Map<String, String[]> DAY_NAMES = Map.ofEntries(
            Map.entry("امس", new String[] {"أمس", "yesterday"}), Map.entry("بارحه", new String[] {"البارحة", "yesterday"}),
            Map.entry("اول امس", new String[] {"أول أمس", "the day before yesterday"}),
            Map.entry("بعد غد", new String[] {"بعد غد", "the day after tomorrow"}),
            Map.entry("اليوم", new String[] {"اليوم", "today"}), Map.entry("غدا", new String[] {"غدا", "tomorrow"}),
            Map.entry("yesterday", new String[] {"أمس", "yesterday"}), Map.entry("today", new String[] {"اليوم", "today"}),
            Map.entry("tomorrow", new String[] {"غدا", "tomorrow"}),
            Map.entry("the day before yesterday", new String[] {"أول أمس", "the day before yesterday"}),
            Map.entry("the day after tomorrow", new String[] {"بعد غد", "the day after tomorrow"}));
    private static final Map<String, Integer> DAY_OFFSETS = Map.ofEntries(Map.entry("امس", -1),
            Map.entry("بارحه", -1), Map.entry("اول امس", -2), Map.entry("بعد غد", 2), Map.entry("اليوم", 0),
            Map.entry("غدا", 1), Map.entry("yesterday", -1), Map.entry("today", 0), Map.entry("tomorrow", 1),
            Map.entry("the day before yesterday", -2), Map.entry("the day after tomorrow", 2));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("اثنين", DayOfWeek.MONDAY), Map.entry("ثلاثاء", DayOfWeek.TUESDAY),
            Map.entry("اربعاء", DayOfWeek.WEDNESDAY), Map.entry("خميس", DayOfWeek.THURSDAY),
            Map.entry("جمعه", DayOfWeek.FRIDAY), Map.entry("سبت", DayOfWeek.SATURDAY), Map.entry("احد", DayOfWeek.SUNDAY));

    private static String alternation(Set<String> names) {
        return names.stream().sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote).reduce((a, b) -> a + "|" + b).orElseThrow();
    }

    /** Dates written in the text's language, in order, without a reference date (nothing relative resolved). */
    List<Found> find(FoldedText text, Language language) {
        return find(text, language, null);
    }

    /**
     * Dates written in the text's language (Arabic text: Arabic forms; otherwise English forms), in order.
     *
     * @param reference the article's own date, or null: relative and year-less dates are then left as written
     */
    List<Found> find(FoldedText text, Language language, LocalDate reference) {
        List<Found> out = new ArrayList<>();
        RelativeDates dates = new RelativeDates(reference);
        if (language == Language.ARABIC) {
            arabicMonths(text, dates, out);
            numeric(text, out);
            arabicDays(text, dates, out);
            arabicPeriods(text, dates, out);
        } else {
            englishMonths(text, dates, out);
            numeric(text, out);
            englishDays(text, dates, out);
            englishPeriods(text, dates, out);
        }
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    private static void arabicMonths(FoldedText text, RelativeDates dates, List<Found> out) {
        String s = text.folded();
        Matcher m = AR_DATE.matcher(s);
        while (m.find()) {
            String day = m.group(1);
            String year = m.group(4);
            String which = m.group(5);
            boolean placed = day != null || year != null || which != null || m.group(2) != null
                    || AR_MONTH_CUES.contains(wordBefore(s, m.start()));
            if (placed) {
                RelativeDates.Which placing = which != null ? RelativeDates.which(which) : RelativeDates.tense(s, m.start(), true);
                int y = year != null || m.group(6) == null ? number(year) : dates.year(RelativeDates.which(m.group(7)));
                add(text, m.start(), m.end(), dates.month(AR_MONTHS.get(m.group(3)), number(day), y, placing), out);
            }
        }
    }

    private static void englishMonths(FoldedText text, RelativeDates dates, List<Found> out) {
        Matcher m = EN_DATE.matcher(text.folded());
        while (m.find()) {
            String day = m.group(1) != null ? m.group(1) : m.group(3);
            if (day != null || m.group(4) != null) {
                add(text, m.start(), m.end(), dates.month(EN_MONTHS.get(m.group(2)), number(day), number(m.group(4)),
                        RelativeDates.tense(text.folded(), m.start(), false)), out);
            }
        }
        Matcher only = EN_MONTH_ONLY.matcher(text.folded());
        while (only.find()) {
            String cue = only.group(1).strip();
            RelativeDates.Which which = RelativeDates.which(cue);
            if (!only.group(2).equals("may")) {
                if (which == RelativeDates.Which.NONE) {
                    which = cue.equals("since") ? RelativeDates.Which.ELAPSED : RelativeDates.tense(text.folded(), only.start(), false);
                }
                boolean placing = cue.startsWith("last") || cue.startsWith("next") || cue.startsWith("this");
                int start = placing ? only.start() : only.start(2);
                add(text, start, only.end(), dates.month(EN_FULL_MONTHS.get(only.group(2)), 0, 0, which), out);
            }
        }
    }

    private static void numeric(FoldedText text, List<Found> out) {
        Matcher m = NUMERIC.matcher(text.folded());
        while (m.find()) {
            boolean iso = m.group(1) != null;
            int month = Integer.parseInt(iso ? m.group(2) : m.group(5));
            int day = Integer.parseInt(iso ? m.group(3) : m.group(4));
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                int year = Integer.parseInt(iso ? m.group(1) : m.group(6));
                add(text, m.start(), m.end(), RelativeDates.written(year, month, day), out);
            }
        }
    }

    private static void arabicDays(FoldedText text, RelativeDates dates, List<Found> out) {
        String s = text.folded();
        Matcher m = AR_DAY.matcher(s);
        while (m.find()) {
            if (m.group(1) != null) {
                String word = m.group(1).replaceAll("\\s+", " ").replace("اول من امس", "اول امس")
                        .replace("امس الاول", "اول امس");
                if (!word.equals("اليوم") || m.group(2) != null || today(s, m.start(), m.end())) {
                    String[] names = DAY_NAMES.get(word);
                    add(text, m.start(), m.end(), dates.day(DAY_OFFSETS.get(word), names[0], names[1]), out);
                }
                continue;
            }
            String word = m.group(3);
            // a weekday needs "ال" or "يوم" (أحد alone is "one of", يوم واحد is "one day"), and no full date after it
            boolean named = word.equals("احد") ? m.group().contains("الاحد")
                    : m.group().contains("ال") || m.group().startsWith("يوم");
            if (named && !datedAfter(text, m.end(), out)) {
                RelativeDates.Which which = m.group(4) != null ? RelativeDates.which(m.group(4))
                        : RelativeDates.tense(s, m.start(), true);
                add(text, m.start(), m.end(), dates.weekday(WEEKDAYS.get(word), which), out);
            }
        }
    }

    /**
     * اليوم as "today": not "per day" (في اليوم), "this day" (هذا اليوم), a named day (اليوم العالمي، اليوم التالي) nor
     * the end of a channel's or paper's name (روسيا اليوم، صحيفة المغرب اليوم).
     */
    private static boolean today(String s, int start, int end) {
        String before = wordBefore(s, start);
        String after = s.substring(end).stripLeading();
        boolean namedDay = after.startsWith("ال") && !after.startsWith("الي ") && !after.startsWith("الى ");
        return !Set.of("في", "وفي", "هذا", "ذلك", "نفس", "مثل", "روسيا").contains(before) && !namedDay
                && !MEDIA.contains(wordBefore(s, s.lastIndexOf(before, start)));
    }

    /** Words that open the name of a channel, paper or site: what follows them up to اليوم is a title. */
    private static final Set<String> MEDIA = Set.of("قناة", "قناه", "صحيفة", "صحيفه", "جريدة", "جريده", "موقع", "مجلة",
            "مجله", "شبكة", "شبكه", "وكالة", "وكاله", "برنامج");

    private static void englishDays(FoldedText text, RelativeDates dates, List<Found> out) {
        String s = text.folded();
        Matcher m = EN_DAY.matcher(s);
        while (m.find()) {
            String word = m.group(2);
            DayOfWeek weekday = weekday(word);
            if (weekday == null) {
                String[] names = DAY_NAMES.get(word);
                add(text, m.start(2), m.end(), dates.day(DAY_OFFSETS.getOrDefault(word, 2), names[0], names[1]), out);
            } else if (!datedAfter(text, m.end(), out)) {
                String cue = m.group(1) == null ? "on" : m.group(1);
                boolean placing = !cue.equals("on") && !cue.equals("this");
                int start = placing ? m.start() : m.start(2);
                RelativeDates.Which which = placing ? RelativeDates.which(cue) : RelativeDates.tense(s, m.start(), false);
                add(text, start, m.end(), dates.weekday(weekday, which), out);
            }
        }
    }

    private static void arabicPeriods(FoldedText text, RelativeDates dates, List<Found> out) {
        Matcher m = AR_PERIOD.matcher(text.folded());
        while (m.find()) {
            String unit = m.group(1) != null ? m.group(1) : m.group(3);
            RelativeDates.Which which = m.group(2) != null ? RelativeDates.which(m.group(2)) : RelativeDates.Which.CURRENT;
            add(text, m.start(), m.end(), dates.period(unit(unit), which), out);
        }
    }

    private static void englishPeriods(FoldedText text, RelativeDates dates, List<Found> out) {
        Matcher m = EN_PERIOD.matcher(text.folded());
        while (m.find()) {
            add(text, m.start(), m.end(), dates.period(unit(m.group(2)), RelativeDates.which(m.group(1))), out);
        }
    }

    /** True when a date found already starts right after folded offset {@code end} (الأحد 14 سبتمبر): it says the day. */
    private static boolean datedAfter(FoldedText text, int end, List<Found> out) {
        int at = text.originalOffset(end);
        for (Found f : out) {
            if (f.start() >= at && f.start() - at <= 2) {
                return true;
            }
        }
        return false;
    }

    private static RelativeDates.Unit unit(String word) {
        return switch (word) {
            case "اسبوع", "week" -> RelativeDates.Unit.WEEK;
            case "شهر", "month" -> RelativeDates.Unit.MONTH;
            default -> RelativeDates.Unit.YEAR;
        };
    }

    private static DayOfWeek weekday(String english) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(english)) {
                return d;
            }
        }
        return null;
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    /** The word just before folded offset {@code at} (without punctuation), or "" at the start of the text. */
    private static String wordBefore(String s, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
            start--;
        }
        return s.substring(start, end);
    }

    private static void add(FoldedText text, int start, int end, RelativeDates.Shown shown, List<Found> out) {
        if (shown == null) {
            return;
        }
        int from = text.originalOffset(start);
        String surface = text.originalText(start, end).strip();
        for (Found f : out) {
            if (from < f.start() + f.surface().length() && f.start() < from + surface.length()) {
                return;
            }
        }
        out.add(new Found(from, surface, shown.value(), shown.nameAr(), shown.nameEn()));
    }
}
