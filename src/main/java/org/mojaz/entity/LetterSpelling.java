package org.mojaz.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the letters of a name are usually spelt in the other script, with the vowels Arabic leaves unwritten, learned
 * from name pairs by {@code mojaz train names}. Each pair is aligned letter by letter: an Arabic letter takes a
 * Latin chunk of one of its usual consonants and the vowels after it (ب → "ba" in برغوثي → barghouti). Each letter
 * then gets the chunk the pairs most often give it among up to two letters before and three after, backing off to
 * fewer neighbours; the English → Arabic direction reads the same alignments the other way (each Latin letter starts an
 * Arabic letter or continues one). Used only for names no list knows, and such names are marked transliterated.
 */
public final class LetterSpelling {
    /**
     * Windows of (left, right) neighbours, most specific first, each inside the one before: decoding takes the first
     * one the table has, so a window that says what the next kept one says is left out of the table.
     */
    private static final int[][] WINDOWS = {{2, 3}, {2, 2}, {1, 2}, {1, 1}, {0, 1}, {0, 0}};
    private static final int MIN_SEEN = 3;
    private static final String VOWELS = "aeiou";
    private static final Set<Character> VOWEL_LETTERS = Set.of('ا', 'أ', 'إ', 'آ', 'و', 'ي', 'ى', 'ع', 'ء', 'ئ', 'ؤ', 'ه', 'ة');
    /** Letters that write a vowel themselves: the letter before them takes no unwritten vowel (بي → b + i). */
    private static final Set<Character> WRITTEN_VOWELS = Set.of('ا', 'أ', 'إ', 'آ', 'و', 'ي', 'ى', 'ع', 'ء', 'ئ', 'ؤ', 'ة');
    private static final Map<Character, String[]> CORES = Map.ofEntries(
            Map.entry('ا', new String[] {""}), Map.entry('أ', new String[] {""}), Map.entry('إ', new String[] {""}),
            Map.entry('آ', new String[] {""}), Map.entry('ء', new String[] {""}), Map.entry('ئ', new String[] {"", "y"}),
            Map.entry('ؤ', new String[] {"", "w"}), Map.entry('ب', new String[] {"b", "bb", "p"}),
            Map.entry('ت', new String[] {"t", "tt"}), Map.entry('ث', new String[] {"th", "t", "s", "ss"}),
            Map.entry('ج', new String[] {"j", "jj", "g", "gg", "dj", "zh"}), Map.entry('ح', new String[] {"h", "hh", "kh"}),
            Map.entry('خ', new String[] {"kh", "h", "ch", "k", "x"}), Map.entry('د', new String[] {"d", "dd"}),
            Map.entry('ذ', new String[] {"dh", "z", "th", "d"}), Map.entry('ر', new String[] {"r", "rr"}),
            Map.entry('ز', new String[] {"z", "zz", "s"}), Map.entry('س', new String[] {"s", "ss", "c"}),
            Map.entry('ش', new String[] {"sh", "ch", "sch", "s", "j"}), Map.entry('ص', new String[] {"s", "ss", "c"}),
            Map.entry('ض', new String[] {"d", "dh", "dd", "z"}), Map.entry('ط', new String[] {"t", "tt", "th"}),
            Map.entry('ظ', new String[] {"z", "dh", "d", "th"}), Map.entry('ع', new String[] {""}),
            Map.entry('غ', new String[] {"gh", "g", "r"}), Map.entry('ف', new String[] {"f", "ff", "ph", "v"}),
            Map.entry('ق', new String[] {"q", "k", "g", "c", "kk"}), Map.entry('ك', new String[] {"k", "c", "ck", "kk", "ch"}),
            Map.entry('ل', new String[] {"l", "ll"}), Map.entry('م', new String[] {"m", "mm"}),
            Map.entry('ن', new String[] {"n", "nn"}), Map.entry('ه', new String[] {"h", ""}),
            Map.entry('ة', new String[] {"", "h", "t"}), Map.entry('و', new String[] {"w", "v", "ww", ""}),
            Map.entry('ي', new String[] {"y", "yy", ""}), Map.entry('ى', new String[] {"", "y"}));

    private final Map<String, String> toLatin;
    private final Map<String, String> toArabic;

    LetterSpelling(Map<String, String> toLatin, Map<String, String> toArabic) {
        this.toLatin = toLatin;
        this.toArabic = toArabic;
    }

    /** One Arabic name token and its Latin spelling, seen {@code weight} times. */
    public record Example(String arabic, String latin, double weight) {
    }

    /** The learned tables: Arabic window → Latin chunk, and Latin window → Arabic letter ("" to continue one). */
    public record Tables(Map<String, String> toLatin, Map<String, String> toArabic) {
    }

    // ---- decoding -----------------------------------------------------------------------------------------------

    /** برغوثي → barghouti (lower case); empty when the table is empty or the word has no Arabic letter it knows. */
    String latin(String arabicWord) {
        String w = arabicLetters(arabicWord);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            String chunk = best(toLatin, w, i);
            out.append(chunk == null ? "" : chunk);
        }
        return out.toString().replaceAll("([aeiou])\\1\\1+", "$1$1");
    }

    /** messi → ميسي; empty when the table is empty. */
    String arabic(String latinWord) {
        String w = latinLetters(latinWord);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            String letter = best(toArabic, w, i);
            out.append(letter == null ? "" : letter);
        }
        return out.toString();
    }

    boolean isEmpty() {
        return toLatin.isEmpty();
    }

    private static String best(Map<String, String> table, String w, int i) {
        for (int[] window : WINDOWS) {
            String chunk = table.get(key(w, i, window[0], window[1]));
            if (chunk != null) {
                return chunk;
            }
        }
        return null;
    }

    private static String key(String w, int i, int left, int right) {
        StringBuilder k = new StringBuilder();
        for (int j = i - left; j < i; j++) {
            k.append(j < 0 ? '^' : w.charAt(j));
        }
        k.append('[').append(w.charAt(i)).append(']');
        for (int j = i + 1; j <= i + right; j++) {
            k.append(j >= w.length() ? '$' : w.charAt(j));
        }
        return k.toString();
    }

    /** Arabic letters only, harakat and tatweel dropped, ٱ → ا; hamza forms, ى and ة kept (they say vowels). */
    public static String arabicLetters(String word) {
        StringBuilder b = new StringBuilder();
        for (char c : word.toCharArray()) {
            char f = c == 'ٱ' ? 'ا' : c;
            if (CORES.containsKey(f)) {
                b.append(f);
            }
        }
        return b.toString();
    }

    /** Lower-case a-z only, accents dropped: Béchar → bechar. */
    public static String latinLetters(String word) {
        String plain = Normalizer.normalize(word, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z]", "");
    }

    // ---- learning -----------------------------------------------------------------------------------------------

    /** Aligns the examples (two rounds, each scored by the chunks the previous round chose) and keeps the windows. */
    public static Tables learn(List<Example> examples) {
        Map<String, Double> scores = new HashMap<>();
        List<String[][]> aligned = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Map<String, Double> counts = new HashMap<>();
            aligned.clear();
            for (Example e : examples) {
                String[] chunks = align(e.arabic(), e.latin(), round == 0 ? null : scores);
                if (chunks != null) {
                    aligned.add(new String[][] {{e.arabic(), e.latin(), Double.toString(e.weight())}, chunks});
                    for (int i = 0; i < chunks.length; i++) {
                        counts.merge(e.arabic().charAt(i) + "\t" + chunks[i], e.weight(), Double::sum);
                        counts.merge(e.arabic().charAt(i) + "\t", e.weight(), Double::sum);
                    }
                }
            }
            scores = counts;
        }
        Map<String, Map<String, Double>> latin = new HashMap<>();
        Map<String, Map<String, Double>> arabic = new HashMap<>();
        for (String[][] a : aligned) {
            String ar = a[0][0];
            double weight = Double.parseDouble(a[0][2]);
            String[] chunks = a[1];
            StringBuilder lat = new StringBuilder();
            List<String> labels = new ArrayList<>();
            for (int i = 0; i < chunks.length; i++) {
                count(latin, ar, i, chunks[i], weight);
                for (int j = 0; j < chunks[i].length(); j++) {
                    labels.add(j == 0 ? String.valueOf(ar.charAt(i)) : "");
                }
                lat.append(chunks[i]);
            }
            for (int i = 0; i < lat.length(); i++) {
                count(arabic, lat.toString(), i, labels.get(i), weight);
            }
        }
        return new Tables(prune(latin), prune(arabic));
    }

    private static void count(Map<String, Map<String, Double>> table, String w, int i, String out, double weight) {
        for (int[] window : WINDOWS) {
            table.computeIfAbsent(key(w, i, window[0], window[1]), k -> new HashMap<>()).merge(out, weight, Double::sum);
        }
    }

    /** The best output of each window seen often enough, leaving out windows that say what a wider one would. */
    private static Map<String, String> prune(Map<String, Map<String, Double>> table) {
        Map<String, String> kept = new TreeMap<>();
        for (int level = WINDOWS.length - 1; level >= 0; level--) {
            for (Map.Entry<String, Map<String, Double>> e : table.entrySet()) {
                if (window(e.getKey()) != level) {
                    continue;
                }
                double seen = e.getValue().values().stream().mapToDouble(Double::doubleValue).sum();
                if (seen < MIN_SEEN && level != WINDOWS.length - 1) {
                    continue;
                }
                String top = e.getValue().entrySet().stream()
                        .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .orElseThrow().getKey();
                if (!top.equals(backOff(kept, e.getKey(), level))) {
                    kept.put(e.getKey(), top);
                }
            }
        }
        return kept;
    }

    private static int window(String key) {
        int open = key.indexOf('[');
        int left = open;
        int right = key.length() - key.indexOf(']') - 1;
        for (int level = 0; level < WINDOWS.length; level++) {
            if (WINDOWS[level][0] == left && WINDOWS[level][1] == right) {
                return level;
            }
        }
        return -1;
    }

    private static String backOff(Map<String, String> kept, String key, int level) {
        int open = key.indexOf('[');
        int close = key.indexOf(']');
        for (int l = level + 1; l < WINDOWS.length; l++) {
            int left = WINDOWS[l][0];
            int right = WINDOWS[l][1];
            String narrower = key.substring(open - left, close + 1 + right);
            String chunk = kept.get(narrower);
            if (chunk != null) {
                return chunk;
            }
        }
        return null;
    }

    /**
     * The Latin chunk of each Arabic letter, or null when the pair cannot be aligned. Scored by the previous round's
     * chunk counts, or on the first round by a prior that gives unwritten vowels to the letter before them and
     * written ones (ا و ي) to their letter.
     */
    static String[] align(String ar, String lat, Map<String, Double> counts) {
        int n = ar.length();
        int m = lat.length();
        double[][] best = new double[n + 1][m + 1];
        int[][] from = new int[n + 1][m + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0;
        for (int i = 0; i < n; i++) {
            char letter = ar.charAt(i);
            boolean beforeVowel = i + 1 < n && WRITTEN_VOWELS.contains(ar.charAt(i + 1));
            int maxVowels = beforeVowel ? 0 : VOWEL_LETTERS.contains(letter) ? 3 : 2;
            int maxLead = letter == 'و' || letter == 'ي' ? 2 : 0;
            for (int j = 0; j <= m; j++) {
                if (best[i][j] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                for (int lead = 0; lead <= maxLead && j + lead <= m; lead++) {
                    if (lead > 0 && VOWELS.indexOf(lat.charAt(j + lead - 1)) < 0) {
                        break;
                    }
                    for (String core : cores(letter)) {
                        if (core.isEmpty() && lead > 0 || !lat.startsWith(core, j + lead)) {
                            continue;
                        }
                        int end = j + lead + core.length();
                        for (int v = 0; v <= maxVowels && end + v <= m; v++) {
                            if (v > 0 && VOWELS.indexOf(lat.charAt(end + v - 1)) < 0) {
                                break;
                            }
                            String chunk = lat.substring(j, end + v);
                            double s = best[i][j] + score(letter, chunk, core, v + lead, counts);
                            if (s > best[i + 1][end + v]) {
                                best[i + 1][end + v] = s;
                                from[i + 1][end + v] = j;
                            }
                        }
                    }
                }
            }
        }
        if (best[n][m] == Double.NEGATIVE_INFINITY) {
            return null;
        }
        String[] chunks = new String[n];
        for (int i = n, j = m; i > 0; i--) {
            chunks[i - 1] = lat.substring(from[i][j], j);
            j = from[i][j];
        }
        return chunks;
    }

    /** The letter's usual consonants, and each single one doubled (an unwritten shadda: Mbappe, Tebboune). */
    private static List<String> cores(char letter) {
        List<String> out = new ArrayList<>(List.of(CORES.get(letter)));
        for (String core : CORES.get(letter)) {
            if (core.length() == 1 && !out.contains(core + core)) {
                out.add(core + core);
            }
        }
        return out;
    }

    private static double score(char letter, String chunk, String core, int vowels, Map<String, Double> counts) {
        if (counts == null) {
            boolean vowelLetter = VOWEL_LETTERS.contains(letter);
            return -(vowelLetter ? 0.2 : 0.5) * vowels - (chunk.isEmpty() && vowelLetter && letter != 'ع' ? 0.6 : 0)
                    - 0.1 * core.length();
        }
        double c = counts.getOrDefault(letter + "\t" + chunk, 0.0);
        double all = counts.getOrDefault(letter + "\t", 0.0);
        return Math.log((c + 0.1) / (all + 1));
    }
}
