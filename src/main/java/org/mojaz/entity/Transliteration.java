package org.mojaz.entity;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * Last-resort names in the other script, for names no dictionary knows. Both ways first spell letter by letter with
 * the vowels the name pairs teach ({@link LetterSpelling}: البرغوثي → Al-Barghouti, not Al-Brghwthy); without a
 * learned table, Arabic → Latin falls back to ICU's Arabic-Latin rules with light tidying and Latin → Arabic to our
 * own letter rules (ICU's Latin-Arabic output, vowel marks and گ, reads badly). Entities named this way are marked
 * {@code transliterated}.
 */
final class Transliteration {
    private static final ThreadLocal<Transliterator> ARABIC_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Arabic-Latin; Latin-ASCII"));

    private static final String[][] LATIN_RULES = {
        {"sch", "ش"}, {"tch", "تش"}, {"sh", "ش"}, {"ch", "تش"}, {"th", "ث"}, {"kh", "خ"}, {"gh", "غ"},
        {"ph", "ف"}, {"ck", "ك"}, {"ou", "و"}, {"oo", "و"}, {"ee", "ي"}, {"ie", "ي"}, {"ea", "ي"},
        {"qu", "كو"}, {"a", "ا"}, {"b", "ب"}, {"c", "ك"}, {"d", "د"}, {"e", ""}, {"f", "ف"}, {"g", "غ"},
        {"h", "ه"}, {"i", "ي"}, {"j", "ج"}, {"k", "ك"}, {"l", "ل"}, {"m", "م"}, {"n", "ن"}, {"o", "و"},
        {"p", "ب"}, {"q", "ق"}, {"r", "ر"}, {"s", "س"}, {"t", "ت"}, {"u", "و"}, {"v", "ف"}, {"w", "و"},
        {"x", "كس"}, {"y", "ي"}, {"z", "ز"}};

    private Transliteration() {
    }

    /** البرغوثي → Al-Barghouti, أبو زايدة → Abu Zaida: the learned spelling word by word, capitalised. */
    static String toLatin(String arabic) {
        LetterSpelling spelling = NameLexicon.shared().spelling();
        StringBuilder out = new StringBuilder();
        for (String word : arabic.strip().split("\\s+")) {
            String letters = LetterSpelling.arabicLetters(word);
            boolean article = letters.startsWith("ال") && letters.length() > 3;
            String latin = spelling.latin(article ? letters.substring(2) : letters);
            if (latin.isEmpty()) {
                latin = icuLatin(word);
            } else {
                latin = (article ? "al-" : "") + latin;
            }
            if (!latin.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(capitalise(latin));
            }
        }
        return out.toString();
    }

    /** الطراونة → Al-Trawna: ICU's rules, for a word the learned table cannot spell. */
    private static String icuLatin(String arabic) {
        String prepared = arabic.replaceAll("ة(?=\\s|$)", "ا").replace("ال", "ال-");
        String latin = ARABIC_LATIN.get().transliterate(prepared).replaceAll("[^A-Za-z\\s-]", "");
        StringBuilder out = new StringBuilder();
        for (String word : latin.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(capitalise(word));
            }
        }
        return out.toString().replace("Al--", "Al-").replace("-l-", "-");
    }

    private static String capitalise(String word) {
        StringBuilder b = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-';
        }
        return b.toString();
    }

    /** Messi → ميسي: the learned spelling word by word, else {@link #byRules}. */
    static String toArabic(String latin) {
        LetterSpelling spelling = NameLexicon.shared().spelling();
        StringBuilder out = new StringBuilder();
        for (String word : latin.split("[\\s-]+")) {
            String arabic = spelling.arabic(word);
            arabic = arabic.isEmpty() ? byRules(word) : withFirstVowel(word, arabic);
            if (!arabic.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(arabic);
            }
        }
        return out.toString();
    }

    /** A name that starts with a vowel starts with an alif that carries it: Earth → إيرث, Omar → أومار. */
    private static String withFirstVowel(String latin, String arabic) {
        String lower = latin.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || "aeiou".indexOf(lower.charAt(0)) < 0 || "اأإآع".indexOf(arabic.charAt(0)) >= 0) {
            return arabic;
        }
        return (lower.charAt(0) == 'e' || lower.charAt(0) == 'i' ? "إ" : "أ") + arabic;
    }

    /** Tebboune → تبون: letter rules, initial vowels written with alif, a silent final e dropped. */
    static String byRules(String latin) {
        StringBuilder out = new StringBuilder();
        for (String word : latin.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
            String w = word.replaceAll("[^a-z]", "").replaceAll("(.)\\1", "$1");
            if (w.isEmpty()) {
                continue;
            }
            StringBuilder ar = new StringBuilder();
            if ("aeiou".indexOf(w.charAt(0)) >= 0) {
                ar.append(w.charAt(0) == 'a' || w.charAt(0) == 'e' ? "إ" : "أ");
                w = w.charAt(0) == 'a' || w.charAt(0) == 'e' ? w.substring(1) : w;
            }
            ar.append(letters(w));
            out.append(out.length() == 0 ? "" : " ").append(ar);
        }
        return out.toString();
    }

    private static String letters(String w) {
        StringBuilder ar = new StringBuilder();
        int i = 0;
        while (i < w.length()) {
            for (String[] rule : LATIN_RULES) {
                if (w.startsWith(rule[0], i)) {
                    ar.append(rule[1]);
                    i += rule[0].length();
                    break;
                }
            }
        }
        return ar.toString();
    }
}
