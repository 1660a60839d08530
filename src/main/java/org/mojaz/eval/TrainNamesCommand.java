package org.mojaz.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.mojaz.entity.LetterSpelling;
import org.mojaz.text.ArabicNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz train names}: builds the bundled bilingual name list ({@code names.tsv}) from the open name data
 * (see ../shared/data/names/README.md): whole place names from the Wikidata world-cities set (CC BY 4.0, province
 * prefixes stripped), the most frequent English form of each Arabic person-name token and the most frequent Arabic
 * form of each English one from the Wikidata person-name tokens (CC0), and Google's Apache-2.0 transliteration
 * pairs for Arabic tokens the person tokens lack. English forms are recased.
 */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = "Build the bundled bilingual name list from the open name data.")
public final class TrainNamesCommand implements Callable<Integer> {
    private static final String PROVINCE = "^(ولاية|محافظة|إقليم|مقاطعة|منطقة|بلدية|مدينة|ناحية|قضاء|لواء|مركز) ";

    @Option(names = "--data", required = true, description = "The names folder (with google-transliteration, "
            + "netranslit-wikidata and world-cities-wikidata).")
    Path data;

    @Option(names = "--out", required = true, description = "File to write (the jar ships "
            + "src/main/resources/org/mojaz/entity/names.tsv).")
    Path out;

    @Option(names = "--min-count", defaultValue = "1", description = "Person tokens: keep Arabic -> English pairs seen "
            + "at least this often, English -> Arabic pairs one more (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Override
    public Integer call() throws IOException {
        Map<String, String> places = places(data.resolve("world-cities-wikidata/pairs.tsv"));
        List<String[]> persons = read(data.resolve("netranslit-wikidata/pairs.freq.tsv"));
        Map<String, String> personAr = best(persons, 0, 1, minCount);
        Map<String, String> personEn = best(persons, 1, 0, minCount + 1);
        Map<String, String> tokens = new TreeMap<>();
        for (String[] p : read(data.resolve("google-transliteration/pairs.tsv"))) {
            String key = ArabicNormalizer.normalize(p[0]);
            if (!personAr.containsKey(key) && p[0].chars().allMatch(Character::isLetter)) {
                tokens.putIfAbsent(key, recase(p[1]));
            }
        }
        LetterSpelling.Tables spelling = LetterSpelling.learn(examples(persons,
                read(data.resolve("google-transliteration/pairs.tsv")), read(data.resolve("world-cities-wikidata/pairs.tsv"))));
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# Bilingual names built by `mojaz train names` from ../shared/data/names (see NOTICE):\n");
            w.write("# LOC arabic english arabic-as-written (Wikidata world cities, CC BY 4.0, changed: province prefixes stripped),\n");
            w.write("# PA arabic token -> english, PE english token -> arabic (Wikidata person-name tokens, CC0),\n");
            w.write("# TA arabic token -> english (google/transliteration, Apache-2.0). Arabic keys normalised.\n");
            write(w, "LOC", places);
            write(w, "PA", personAr);
            write(w, "PE", personEn);
            write(w, "TA", tokens);
            w.write("# TL arabic letter window -> latin chunk, TR latin letter window -> arabic letter (_ = none), learned\n");
            w.write("# from the aligned pairs above (the last-resort spelling of names no list knows).\n");
            write(w, "TL", blankAsUnderscore(spelling.toLatin()));
            write(w, "TR", blankAsUnderscore(spelling.toArabic()));
        }
        System.out.printf(java.util.Locale.ROOT, "%d places, %d Arabic and %d English person tokens, %d other tokens, "
                + "%d + %d letter windows%n", places.size(), personAr.size(), personEn.size(), tokens.size(),
                spelling.toLatin().size(), spelling.toArabic().size());
        return 0;
    }

    /**
     * Single-token pairs to learn letter spelling from, each spelling once (counts would let common Western names
     * teach Arabic ones: Timothy makes a final ثي a y): person tokens without their one-off forms when the token has a
     * better one, the transliteration pairs and one-word city names. A leading ال goes with the English article.
     */
    private static List<LetterSpelling.Example> examples(List<String[]> persons, List<String[]> tokens,
            List<String[]> cities) {
        Map<String, Integer> top = new HashMap<>();
        for (String[] p : persons) {
            top.merge(p[0], count(p), Math::max);
        }
        List<LetterSpelling.Example> out = new ArrayList<>();
        for (List<String[]> set : List.of(persons, tokens, cities)) {
            for (String[] p : set) {
                if (p[0].strip().contains(" ") || p[1].strip().contains(" ") || count(p) == 1 && top.getOrDefault(p[0], 1) > 1) {
                    continue;
                }
                String ar = LetterSpelling.arabicLetters(p[0]);
                String en = LetterSpelling.latinLetters(p[1]);
                if (ar.startsWith("ال") && ar.length() > 3) {
                    ar = ar.substring(2);
                    en = en.startsWith("al") || en.startsWith("el") ? en.substring(2) : en;
                }
                if (!ar.isEmpty() && !en.isEmpty() && en.length() <= 3 * ar.length() + 2) {
                    out.add(new LetterSpelling.Example(ar, en, 1 + Math.log(count(p))));
                }
            }
        }
        return out;
    }

    private static int count(String[] pair) {
        return pair.length > 3 ? Integer.parseInt(pair[3].strip()) : 1;
    }

    private static Map<String, String> blankAsUnderscore(Map<String, String> table) {
        Map<String, String> out = new TreeMap<>();
        table.forEach((k, v) -> out.put(k, v.isEmpty() ? "_" : v));
        return out;
    }

    private static Map<String, String> places(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] p : read(file)) {
            String ar = p[0].replaceAll(PROVINCE, "").strip();
            if (!p[1].isBlank() && ar.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF)) {
                out.putIfAbsent(ArabicNormalizer.normalize(ar), p[1].strip() + "\t" + ar);
            }
        }
        return out;
    }

    /** For each form in column {@code from}, the most frequent form in column {@code to} (plain Latin preferred). */
    private static Map<String, String> best(List<String[]> pairs, int from, int to, int minCount) {
        Map<String, Map<String, Double>> scores = new HashMap<>();
        for (String[] p : pairs) {
            int count = p.length > 3 ? Integer.parseInt(p[3].strip()) : 1;
            String source = from == 0 ? ArabicNormalizer.normalize(p[0]) : p[1].toLowerCase(Locale.ROOT);
            String target = to == 1 ? p[1] : p[0];
            if (count < minCount || source.isBlank() || !target.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
                continue;
            }
            double weight = to == 1 && !plainLatin(target) ? count / 1.5 : count;
            scores.computeIfAbsent(source, k -> new HashMap<>()).merge(target, weight, Double::sum);
        }
        Map<String, String> out = new TreeMap<>();
        scores.forEach((source, targets) -> {
            String top = targets.entrySet().stream()
                    .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow().getKey();
            out.put(source, to == 1 ? recase(top) : top);
        });
        return out;
    }

    private static boolean plainLatin(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).equals(s) && s.chars().allMatch(c -> c < 128);
    }

    /** mogherini → Mogherini, el-sisi → el-Sisi, o'neill → O'Neill. */
    static String recase(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        boolean start = true;
        for (String part : lower.split("(?<=[-'])")) {
            boolean particle = part.equals("al-") || part.equals("el-");
            b.append(particle && !start ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            start = false;
        }
        return b.toString();
    }

    private static List<String[]> read(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] cols = line.split("\t");
            if (cols.length >= 2 && !line.startsWith("#")) {
                out.add(cols);
            }
        }
        return out;
    }

    private static void write(BufferedWriter w, String kind, Map<String, String> map) throws IOException {
        for (Map.Entry<String, String> e : map.entrySet()) {
            w.write(kind + "\t" + e.getKey() + "\t" + e.getValue() + "\n");
        }
    }
}
