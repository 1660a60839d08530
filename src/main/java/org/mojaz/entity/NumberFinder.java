package org.mojaz.entity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
        BigDecimal amount = amount(number).multiply(scale == null ? BigDecimal.ONE : SCALE.get(scale));
        String value = amount.stripTrailingZeros().toPlainString() + (u == null ? "" : " " + u[0]);
        String shown = number == null ? "1" : shown(number);
        String[] sw = scale == null ? null : SCALE_WORDS.get(englishScale(scale));
        String ar = join(shown, sw == null ? null : sw[0], u == null ? null : u[1]);
        String en = join(shown, sw == null ? null : sw[1], u == null ? null : u[2]);
        out.add(new Found(text.originalOffset(start), text.originalText(start, end).strip(), value, ar, en));
    }

    /** The figure as written for display: thousands separators stay commas (137,000), a decimal comma is a point. */
    static String shown(String number) {
        String n = number.replace('٫', '.').replace('٬', ',');
        return n.matches("\\d{1,3}(,\\d{3})+") ? n : n.replace(',', '.');
    }

    private static BigDecimal amount(String number) {
        if (number == null) {
            return BigDecimal.ONE;
        }
        String n = number.replace('٫', '.').replace('٬', ',');
        boolean thousands = n.matches("\\d{1,3}(,\\d{3})+");
        n = thousands ? n.replace(",", "") : n.replace(',', '.');
        try {
            return new BigDecimal(n);
        } catch (NumberFormatException e) {
            return BigDecimal.ONE;
        }
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
