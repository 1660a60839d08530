package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.entity.ArabicWordStats;
import picocli.CommandLine;

class TrainClustersCommandTest {
    @TempDir
    Path dir;

    /** News lines of our own: countries after "سافر الوفد إلى", speech verbs after "ثم" and before "الوزير". */
    private static String news() {
        String[] countries = {"فرنسا", "ألمانيا", "إسبانيا", "إيطاليا", "روسيا", "تركيا", "كندا", "اليابان"};
        String[] verbs = {"قال", "أكد", "أوضح", "أضاف", "ذكر", "أشار", "صرح", "اعتبر"};
        StringBuilder b = new StringBuilder();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < countries.length; i++) {
                b.append("سافر الوفد إلى ").append(countries[i]).append(" صباحا ثم ")
                        .append(verbs[(i + round) % verbs.length]).append(" الوزير إن المحادثات مفيدة ¶ ")
                        .append("وصل الرئيس إلى ").append(countries[(i + 1) % countries.length]).append(" صباحا\n");
            }
        }
        return b.toString();
    }

    private Map<String, String> run(Path out) {
        PrintStream previous = System.out;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            int code = new CommandLine(new TrainClustersCommand()).execute("--news", dir.resolve("news.txt").toString(),
                    "--out", out.toString(), "--min-count", "1", "--contexts", "20", "--fine", "4", "--coarse", "2");
            assertThat(code).isZero();
        } finally {
            System.setOut(previous);
        }
        Map<String, String> fine = new HashMap<>();
        try {
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                String[] c = line.split("\t");
                if (!line.startsWith("#")) {
                    fine.put(c[0], c[2]);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return fine;
    }

    /** How the command keys a word (normalised, clitics and article off). */
    private static String key(String word) {
        return ArabicWordStats.readings(new String[] {word}).get(0)[1];
    }

    @Test
    void should_group_words_that_share_their_neighbours_and_give_the_same_file_twice() throws Exception {
        // given
        Files.writeString(dir.resolve("news.txt"), news(), StandardCharsets.UTF_8);

        // when
        Map<String, String> fine = run(dir.resolve("a.tsv"));
        run(dir.resolve("b.tsv"));

        // then
        assertThat(fine.get(key("ألمانيا"))).isNotNull().isEqualTo(fine.get(key("فرنسا")))
                .isEqualTo(fine.get(key("إيطاليا")));
        assertThat(fine.get(key("أكد"))).isNotNull().isEqualTo(fine.get(key("قال"))).isNotEqualTo(fine.get(key("فرنسا")));
        assertThat(Files.readString(dir.resolve("b.tsv"))).isEqualTo(Files.readString(dir.resolve("a.tsv")));
    }
}
