package org.mojaz.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves relative and year-less dates against a reference date (the article's own date) and names dates in both
 * languages. Rules, kept simple because news mostly reports the past:
 * <ul>
 * <li>أمس، البارحة، أول أمس، اليوم، غدا، بعد غد / yesterday, today, tomorrow: the reference date plus or minus days;
 * <li>a weekday alone (الأربعاء، on Wednesday): the latest such day on or before the reference date, or the first on
 * or after it when a future verb comes just before (سيعقد، سوف، will, scheduled); "الماضي" / "last": strictly
 * before; "المقبل، القادم" / "next": strictly after;
 * <li>الأسبوع، الشهر، العام الماضي / المقبل / الجاري, last / next / this week, month, year: the period before, after
 * or containing the reference date (a week is named by its Monday);
 * <li>a month without a year: with "الماضي" / "last" the latest such month before the reference month, with
 * "المقبل" / "next" the first after it; alone (في أبريل، in April, 14 سبتمبر) the latest on or before it after a past
 * marker (منذ، قد أعلن، كان, since, had), the first on or after it after a future verb, else the one nearest the
 * reference date.
 * </ul>
 * Resolved dates are shown as the date itself ("November 30, 2026", "الأربعاء 25 نوفمبر 2026"), which is what a
 * reader of a brief needs: "yesterday" means nothing once the reader is a day or a week away from the article.
 * Without a reference nothing is resolved: the expression keeps its words and has no value.
 */
final class RelativeDates {
    /** Where a month, weekday or period lies from the reference date, as its qualifying word says. */
    enum Which {
        /** الماضي، last: strictly before. */
        PAST,
        /** المقبل، next: strictly after. */
        NEXT,
        /** الجاري، this: the one containing the reference date. */
        CURRENT,
        /** a future verb before it (سيعقد، will): on or after. */
        COMING,
        /** a past marker before it (منذ، قد، كان, since, had): on or before. */
        ELAPSED,
        /** no word: on or before for a weekday, the nearest for a month. */
        NONE
    }

    enum Unit { WEEK, MONTH, YEAR }

    /** A date as listed: its ISO value (null when unresolved) and both display names. */
    record Shown(String value, String nameAr, String nameEn) {
    }

    private static final String[] AR_MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
        "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] AR_WEEKDAYS = {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"};
    private static final String[] EN_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    private static final Set<String> AR_FUTURE_WORDS = Set.of("سوف", "المقرر", "المرتقب", "يرتقب", "المنتظر",
            "المزمع", "يعتزم", "تعتزم", "ستنطلق", "سينطلق");
    /** سيعقد، ستجري، سنعلن: the future prefix "س" on an imperfect verb. */
    private static final Pattern AR_FUTURE_VERB = Pattern.compile("[وف]?س[يتن]\\p{L}{2,}");
    /** Nouns that look like a future verb (سيارة، سياسة، سيطرة، ستين، سنوات). */
    private static final Pattern AR_NOT_VERB = Pattern.compile(
            "[وف]?(?:سيار|سياس|سيد|سيط|سين|سيول|سيف|سيب|سيك|ستار|ستين|ستون|ستم|سنو|سنغ|سنت|سنه|سنا).*");
    /** Marks that end the clause a future verb must be in ("We will win, he said on Monday": Monday is past). */
    private static final String CLAUSE_END = ".!?؟؛,،\n";
    private static final Set<String> EN_FUTURE_WORDS = Set.of("will", "would", "shall", "scheduled", "due",
            "expected", "upcoming", "planned", "plans", "plan", "won't");

    private static final Set<String> AR_PAST_WORDS = Set.of("منذ", "ومنذ", "كان", "كانت", "وكان", "وكانت", "سبق",
            "وسبق");
    /** قد before a past verb marks the past (قد أعلن); before an imperfect it is "may" (قد يصل). */
    private static final Set<String> AR_MAY = Set.of("قد", "وقد", "فقد", "لقد");
    private static final Set<String> EN_PAST_WORDS = Set.of("since", "had");

    private final LocalDate reference;

    /** @param reference the article's own date, or null: nothing relative is then resolved */
    RelativeDates(LocalDate reference) {
        this.reference = reference;
    }

    /** The word that places a date (الماضي، المقبلة، last, next, this), or null / another word: {@link Which#NONE}. */
    static Which which(String word) {
        if (word == null) {
            return Which.NONE;
        }
        String w = word.strip();
        w = w.endsWith("ه") ? w.substring(0, w.length() - 1) : w;
        return switch (w) {
            case "الماضي", "المنصرم", "الفائت", "الفارط", "السابق", "last", "this past" -> Which.PAST;
            case "المقبل", "القادم", "next", "this coming" -> Which.NEXT;
            case "الجاري", "الحالي", "this" -> Which.CURRENT;
            default -> Which.NONE;
        };
    }

    /**
     * {@link Which#COMING} when one of the few words before folded offset {@code at}, in the same clause, marks the
     * future (سيعقد، سوف، will, scheduled), else {@link Which#NONE}.
     */
    static Which tense(String folded, int at, boolean arabic) {
        String before = folded.substring(Math.max(0, at - 80), at);
        int cut = -1;
        for (int i = 0; i < before.length(); i++) {
            if (CLAUSE_END.indexOf(before.charAt(i)) >= 0) {
                cut = i;
            }
        }
        String[] words = before.substring(cut + 1).strip().split("\\s+");
        int look = arabic ? 4 : 6;
        for (int i = words.length - 1; i >= Math.max(0, words.length - look); i--) {
            String w = words[i];
            boolean future = arabic
                    ? AR_FUTURE_WORDS.contains(w) || AR_FUTURE_VERB.matcher(w).matches() && !AR_NOT_VERB.matcher(w).matches()
                    : EN_FUTURE_WORDS.contains(w) || w.endsWith("'ll") || w.endsWith("’ll");
            if (future) {
                return Which.COMING;
            }
            String next = i + 1 < words.length ? words[i + 1] : "";
            boolean past = arabic
                    ? AR_PAST_WORDS.contains(w) || AR_MAY.contains(w) && !next.isEmpty() && "يتن".indexOf(next.charAt(0)) < 0
                    : EN_PAST_WORDS.contains(w);
            if (past) {
                return Which.ELAPSED;
            }
        }
        return Which.NONE;
    }

    /** A day given by its distance from the reference date (أمس = -1). */
    Shown day(int offset, String nameAr, String nameEn) {
        return reference == null ? new Shown(null, nameAr, nameEn) : date(reference.plusDays(offset), false);
    }

    /** A weekday, placed by its word or the verb before it. */
    Shown weekday(DayOfWeek day, Which which) {
        if (reference == null) {
            int i = day.getValue() - 1;
            return switch (which) {
                case PAST -> new Shown(null, AR_WEEKDAYS[i] + " الماضي", "last " + EN_WEEKDAYS[i]);
                case NEXT -> new Shown(null, AR_WEEKDAYS[i] + " المقبل", "next " + EN_WEEKDAYS[i]);
                default -> new Shown(null, AR_WEEKDAYS[i], EN_WEEKDAYS[i]);
            };
        }
        LocalDate d = switch (which) {
            case PAST -> reference.minusDays(1).with(TemporalAdjusters.previousOrSame(day));
            case NEXT -> reference.plusDays(1).with(TemporalAdjusters.nextOrSame(day));
            case COMING -> reference.with(TemporalAdjusters.nextOrSame(day));
            default -> reference.with(TemporalAdjusters.previousOrSame(day));
        };
        return date(d, true);
    }

    /** The week, month or year before, after or containing the reference date. */
    Shown period(Unit unit, Which which) {
        int offset = which == Which.PAST ? -1 : which == Which.NEXT ? 1 : 0;
        if (reference == null) {
            String[] ar = {"الأسبوع", "الشهر", "العام"};
            String[] en = {"week", "month", "year"};
            String arWhich = offset < 0 ? " الماضي" : offset > 0 ? " المقبل" : " الجاري";
            String enWhich = offset < 0 ? "last " : offset > 0 ? "next " : "this ";
            return new Shown(null, ar[unit.ordinal()] + arWhich, enWhich + en[unit.ordinal()]);
        }
        return switch (unit) {
            case WEEK -> week(reference.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset));
            case MONTH -> {
                YearMonth ym = YearMonth.from(reference).plusMonths(offset);
                yield written(ym.getYear(), ym.getMonthValue(), 0);
            }
            case YEAR -> {
                String year = String.valueOf(reference.getYear() + offset);
                yield new Shown(year, year, year);
            }
        };
    }

    /** The year before (الماضي), after (المقبل) or of the reference date (هذا العام), or 0 without a reference. */
    int year(Which which) {
        if (reference == null) {
            return 0;
        }
        return reference.getYear() + (which == Which.PAST ? -1 : which == Which.NEXT ? 1 : 0);
    }

    /**
     * A month, with or without its day, with or without its year.
     *
     * @param day   1..31, or 0 when not given
     * @param year  the year as written, or 0 when not given
     */
    Shown month(int month, int day, int year, Which which) {
        if (year > 0) {
            return written(year, month, day);
        }
        if (reference == null) {
            if (which == Which.NONE || which == Which.COMING || which == Which.ELAPSED || day > 0) {
                return written(0, month, day);
            }
            boolean past = which == Which.PAST;
            boolean next = which == Which.NEXT;
            return new Shown(null, AR_MONTHS[month - 1] + (past ? " الماضي" : next ? " المقبل" : " الجاري"),
                    (past ? "last " : next ? "next " : "this ") + EN_MONTHS[month - 1]);
        }
        int y = year(month, day, which);
        return day > YearMonth.of(y, month).lengthOfMonth() ? written(0, month, day) : written(y, month, day);
    }

    private int year(int month, int day, Which which) {
        int y = reference.getYear();
        int d = Math.min(day == 0 ? 1 : day, YearMonth.of(y, month).lengthOfMonth());
        LocalDate sameYear = LocalDate.of(y, month, d);
        YearMonth ym = YearMonth.of(y, month);
        YearMonth refMonth = YearMonth.from(reference);
        return switch (which) {
            case PAST -> (day > 0 ? sameYear.isBefore(reference) : ym.isBefore(refMonth)) ? y : y - 1;
            case NEXT -> (day > 0 ? sameYear.isAfter(reference) : ym.isAfter(refMonth)) ? y : y + 1;
            case CURRENT -> y;
            case ELAPSED -> (day > 0 ? sameYear.isAfter(reference) : ym.isAfter(refMonth)) ? y - 1 : y;
            case COMING -> (day > 0 ? sameYear.isBefore(reference) : ym.isBefore(refMonth)) ? y + 1 : y;
            default -> nearest(month, day);
        };
    }

    /** The year that puts the month (its middle when no day is given) nearest the reference date; ties: the earlier. */
    private int nearest(int month, int day) {
        int best = reference.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
            int last = YearMonth.of(y, month).lengthOfMonth();
            LocalDate d = LocalDate.of(y, month, Math.min(day == 0 ? 15 : day, last));
            long distance = Math.abs(d.toEpochDay() - reference.toEpochDay());
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A date as written in the text: year 0 and day 0 when not given. */
    static Shown written(int year, int month, int day) {
        String value = (year == 0 ? "-" : String.valueOf(year)) + String.format(Locale.ROOT, "-%02d", month)
                + (day > 0 ? String.format(Locale.ROOT, "-%02d", day) : "");
        String ar = (day > 0 ? day + " " : "") + AR_MONTHS[month - 1] + (year == 0 ? "" : " " + year);
        String en = EN_MONTHS[month - 1] + (day > 0 ? " " + day : "") + (year == 0 ? "" : (day > 0 ? ", " : " ") + year);
        return new Shown(value, ar, en);
    }

    private static Shown date(LocalDate d, boolean withWeekday) {
        Shown plain = written(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        if (!withWeekday) {
            return plain;
        }
        int i = d.getDayOfWeek().getValue() - 1;
        return new Shown(plain.value(), AR_WEEKDAYS[i] + " " + plain.nameAr(), EN_WEEKDAYS[i] + ", " + plain.nameEn());
    }

    private static Shown week(LocalDate monday) {
        String value = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        Shown first = written(monday.getYear(), monday.getMonthValue(), monday.getDayOfMonth());
        return new Shown(value, "أسبوع " + first.nameAr(), "week of " + first.nameEn());
    }
}
