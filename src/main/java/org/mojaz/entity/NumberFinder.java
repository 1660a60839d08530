package org.mojaz.entity;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.core.Language;

/**
 * Money amounts, percentages and scaled numbers ("2.5 billion dollars", "3%", "مليار دولار", "في المئة",
 * "درهم", "دينار", "يورو"). A bare number without a unit, scale or currency is not a fact worth listing.
 * The value is the plain amount followed by its unit: {@code 2500000000 USD}, {@code 3 %}.
 */
final class NumberFinder {
    private static final String NUM = "(\\d+(?:[.,٫٬]\\d+)*)";
    private static final Pattern EN = Pattern.compile("(?<![\\p{L}\\d])(?:(us\\$|\\$|€|£)\\s?)?" + NUM
            + "(?:\\s*(%|percent|per cent))?(?:\\s*(thousand|million|billion|trillion|bn|mln)\\b)?"
            + "(?:\\s+(dollars?|euros?|pounds?|dirhams?|dinars?|riyals?|barrels?|tonnes?))?(?!\\p{L})");
    private static final Pattern AR = Pattern.compile("(?:(?<![\\p{L}\\d])|(?<=(?:^|\\s)[وبل]))" + NUM + "?\\s*(?:(الف|الاف|مليون|ملايين|مليار|مليارات|تريليون)(?!\\p{L}))?"
            + "\\s*(?:(دولار|دولارا|يورو|درهم|دراهم|دينار|دنانير|ريال|جنيه|جنيها|برميل|طن)(?!\\p{L}))?"
            + "\\s*(%|٪|في المئه|في المائه|بالمئه|بالمائه)?");

    private static final Map<String, BigDecimal> SCALE = Map.ofEntries(
            Map.entry("thousand", BigDecimal.valueOf(1_000)), Map.entry("million", BigDecimal.valueOf(1_000_000)),
            Map.entry("mln", BigDecimal.valueOf(1_000_000)), Map.entry("billion", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000)), Map.entry("trillion", new BigDecimal("1000000000000")),
            Map.entry("الف", BigDecimal.valueOf(1_000)), Map.entry("الاف", BigDecimal.valueOf(1_000)),
            Map.entry("مليون", BigDecimal.valueOf(1_000_000)), Map.entry("ملايين", BigDecimal.valueOf(1_000_000)),
            Map.entry("مليار", BigDecimal.valueOf(1_000_000_000)), Map.entry("مليارات", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("تريليون", new BigDecimal("1000000000000")));

    /** Currency or unit word → {code, Arabic word, English word}. */
    private static final Map<String, String[]> UNITS = Map.ofEntries(
            Map.entry("$", new String[] {"USD", "دولار", "dollars"}), Map.entry("us$", new String[] {"USD", "دولار", "dollars"}),
            Map.entry("dollar", new String[] {"USD", "دولار", "dollars"}), Map.entry("دولار", new String[] {"USD", "دولار", "dollars"}),
            Map.entry("€", new String[] {"EUR", "يورو", "euros"}), Map.entry("euro", new String[] {"EUR", "يورو", "euros"}),
            Map.entry("يورو", new String[] {"EUR", "يورو", "euros"}), Map.entry("£", new String[] {"GBP", "جنيه إسترليني", "pounds"}),
            Map.entry("pound", new String[] {"GBP", "جنيه إسترليني", "pounds"}), Map.entry("جنيه", new String[] {"EGP", "جنيه", "pounds"}),
            Map.entry("dirham", new String[] {"MAD", "درهم", "dirhams"}), Map.entry("درهم", new String[] {"MAD", "درهم", "dirhams"}),
            Map.entry("دراهم", new String[] {"MAD", "درهم", "dirhams"}), Map.entry("dinar", new String[] {"DINAR", "دينار", "dinars"}),
            Map.entry("دينار", new String[] {"DINAR", "دينار", "dinars"}), Map.entry("دنانير", new String[] {"DINAR", "دينار", "dinars"}),
            Map.entry("riyal", new String[] {"RIYAL", "ريال", "riyals"}), Map.entry("ريال", new String[] {"RIYAL", "ريال", "riyals"}),
            Map.entry("barrel", new String[] {"barrels", "برميل", "barrels"}), Map.entry("برميل", new String[] {"barrels", "برميل", "barrels"}),
            Map.entry("tonne", new String[] {"tonnes", "طن", "tonnes"}), Map.entry("طن", new String[] {"tonnes", "طن", "tonnes"}),
            Map.entry("%", new String[] {"%", "%", "%"}));

    private static final Map<String, String[]> SCALE_WORDS = Map.of(
            "thousand", new String[] {"ألف", "thousand"}, "million", new String[] {"مليون", "million"},
            "billion", new String[] {"مليار", "billion"}, "trillion", new String[] {"تريليون", "trillion"});

    /** Number facts written the way the text's language writes them, in order. */
    List<Found> find(FoldedText text, Language language) {
        List<Found> out = new ArrayList<>();
        if (language == Language.ARABIC) {
            arabic(text, out);
        } else {
            english(text, out);
        }
        return out;
    }

    private static void english(FoldedText text, List<Found> out) {
        Matcher en = EN.matcher(text.folded());
        while (en.find()) {
            String unit = en.group(1) != null ? en.group(1) : en.group(3) != null ? "%" : en.group(5);
            add(text, en.start(), en.end(), en.group(2), en.group(4), unit, out);
        }
    }

    private static void arabic(FoldedText text, List<Found> out) {
        Matcher ar = AR.matcher(text.folded());
        while (ar.find()) {
            if (ar.end() > ar.start() && (ar.group(1) != null || ar.group(2) != null)) {
                String unit = ar.group(4) != null ? "%" : ar.group(3);
                add(text, ar.start(), ar.end(), ar.group(1), ar.group(2), unit, out);
            }
        }
    }

    private static void add(FoldedText text, int start, int end, String number, String scale, String unit, List<Found> out) {
        if (scale == null && unit == null || number == null && (scale == null || unit == null)) {
            return;
        }
        int at = text.originalOffset(start);
        for (Found f : out) {
            if (at < f.start() + f.surface().length() && f.start() < text.originalOffset(end - 1) + 1) {
                return;
            }
        }
        String[] u = unit == null ? null : UNITS.get(stripPlural(unit));
        BigDecimal figure = amount(number, scale != null);
        BigDecimal amount = figure.multiply(scale == null ? BigDecimal.ONE : SCALE.get(scale));
        String value = amount.stripTrailingZeros().toPlainString() + (u == null ? "" : " " + u[0]);
        String shown = number == null ? "1" : shown(number);
        String[] sw = scale == null ? null : SCALE_WORDS.get(englishScale(scale));
        String ar = join(shown, sw == null ? null : sw[0], u == null ? null : u[1]);
        boolean thousand = number != null && sw != null && sw[1].equals("thousand") && amount.stripTrailingZeros().scale() <= 0;
        String en = thousand ? join(english(amount), null, u == null ? null : u[2])
                : join(number == null ? "1" : english(figure), sw == null ? null : sw[1], u == null ? null : u[2]);
        out.add(new Found(text.originalOffset(start), text.originalText(start, end).strip(), value, ar, en));
    }

    /**
     * The figure as written, for the Arabic display: grouping kept as the article wrote it (137.000 or 137,000), a
     * decimal comma shown as a point.
     */
    static String shown(String number) {
        String n = number.replace('٫', '.').replace('٬', ',');
        return grouped(n, ',') || n.contains(".") ? n : n.replace(',', '.');
    }

    /** The figure the English way: thousands separated by commas, a decimal point (137,000; 2.5; 1,250,000). */
    static String english(BigDecimal figure) {
        DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(figure);
    }

    /**
     * The value of a written figure. Commas or dots between groups of three digits are thousands separators
     * (137,000 and the Maghreb's 137.000), except one dot before a scale word, which is a decimal point (2.125 مليار).
     */
    static BigDecimal amount(String number, boolean scaled) {
        if (number == null) {
            return BigDecimal.ONE;
        }
        String n = number.replace('٫', '.').replace('٬', ',');
        if (grouped(n, ',')) {
            n = n.replace(",", "");
        } else if (grouped(n, '.') && (!scaled || n.indexOf('.') != n.lastIndexOf('.') || n.contains(","))) {
            n = n.replace(".", "").replace(',', '.');
        } else {
            n = n.replace(',', '.');
        }
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            return BigDecimal.ONE;
        }
    }

    /** 137,000 or 1,250,000.5 with {@code separator} ','; 137.000 or 1.250.000,5 with '.'. */
    private static boolean grouped(String n, char separator) {
        String sep = Pattern.quote(String.valueOf(separator));
        String decimal = Pattern.quote(String.valueOf(separator == ',' ? '.' : ','));
        return n.matches("\\d{1,3}(" + sep + "\\d{3})+(" + decimal + "\\d+)?");
    }

    private static String stripPlural(String unit) {
        if (UNITS.containsKey(unit)) {
            return unit;
        }
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit.replace("دولارا", "دولار").replace("جنيها", "جنيه");
    }

    private static String englishScale(String scale) {
        return switch (scale) {
            case "الف", "الاف", "thousand" -> "thousand";
            case "مليون", "ملايين", "million", "mln" -> "million";
            case "مليار", "مليارات", "billion", "bn" -> "billion";
            default -> "trillion";
        };
    }

    private static String join(String number, String scale, String unit) {
        StringBuilder b = new StringBuilder(number);
        if (scale != null) {
            b.append(' ').append(scale);
        }
        if (unit != null) {
            b.append(unit.equals("%") ? "" : " ").append(unit);
        }
        return b.toString();
    }
}
