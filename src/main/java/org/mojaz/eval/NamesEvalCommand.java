package org.mojaz.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.entity.EntityType;
import org.mojaz.text.ArabicNormalizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code mojaz eval names}: how often the name shown in the other language is the usual one. Exact match after
 * case folding (English) or hamza, alef maqsura and ta marbuta folding (Arabic); any listed alternative counts.
 */
@Command(name = "names", mixinStandardHelpOptions = true,
        description = "Exact-match accuracy of names in the other language, and the share transliterated.")
public final class NamesEvalCommand implements Callable<Integer> {
    @Option(names = "--data", required = true, description = "TSV: ar|en, type, name, usual other name(s) separated by ;")
    Path data;

    @Option(names = "--errors", defaultValue = "0", description = "Print up to this many wrong names to stderr.")
    int errors;

    @Override
    public Integer call() throws IOException {
        EntityExtractor extractor = new EntityExtractor();
        int[][] counts = new int[2][3];
        int shown = 0;
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (line.startsWith("#") || c.length < 4) {
                continue;
            }
            Language from = Language.fromCode(c[0]);
            int d = from == Language.ARABIC ? 0 : 1;
            Entity e = extractor.name(c[2], EntityType.valueOf(c[1]), from);
            String got = d == 0 ? e.nameEn() : e.nameAr();
            boolean ok = Arrays.stream(c[3].split(";")).anyMatch(want -> fold(want).equals(fold(got)));
            counts[d][0]++;
            counts[d][1] += ok ? 1 : 0;
            counts[d][2] += e.transliterated() ? 1 : 0;
            if (!ok && shown++ < errors) {
                System.err.println(c[0] + " " + c[1] + " " + c[2] + " -> " + got + (e.transliterated() ? " (transliterated)" : "")
                        + " | want " + c[3]);
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%s%n", data.getFileName());
        print("Arabic -> English", counts[0]);
        print("English -> Arabic", counts[1]);
        return 0;
    }

    private static void print(String label, int[] c) {
        System.out.printf(Locale.ROOT, "%-18s %4d names  exact %6.2f %%  transliterated %6.2f %%%n", label, c[0],
                pct(c[1], c[0]), pct(c[2], c[0]));
    }

    static double pct(int n, int of) {
        return of == 0 ? 0 : 100.0 * n / of;
    }

    private static String fold(String s) {
        return s == null ? "" : ArabicNormalizer.normalize(s.strip().replaceAll("\\s+", " ")).toLowerCase(Locale.ROOT);
    }
}
