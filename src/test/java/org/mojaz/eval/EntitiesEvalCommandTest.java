package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EntitiesEvalCommandTest {
    @TempDir
    Path dir;

    /** Runs {@code eval entities} on the file; stdout is kept in {@code out}. */
    private int run(Path conll, ByteArrayOutputStream out, String... bars) {
        PrintStream previous = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            String[] args = new String[4 + bars.length];
            args[0] = "--conll";
            args[1] = conll.toString();
            args[2] = "--lang";
            args[3] = "en";
            System.arraycopy(bars, 0, args, 4, bars.length);
            return new CommandLine(new EntitiesEvalCommand()).execute(args);
        } finally {
            System.setOut(previous);
        }
    }

    @Test
    void should_fail_the_type_bar_when_one_type_is_below_it_though_the_overall_bar_holds() throws IOException {
        // given: our own sentences; the gold file calls a made-up word an organisation no tagger can know
        Path conll = dir.resolve("set.conll");
        Files.writeString(conll, """
                -DOCSTART- O

                President B-PER
                Emmanuel I-PER
                Macron I-PER
                visited O
                Paris B-LOC
                on O
                Monday O
                . O

                Officials O
                of O
                zorblat B-ORG
                met O
                in O
                Berlin B-LOC
                . O
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream overall = new ByteArrayOutputStream();
        ByteArrayOutputStream typed = new ByteArrayOutputStream();

        // when
        int overallCode = run(conll, overall, "--min-f1", "50");
        int typedCode = run(conll, typed, "--min-f1", "50", "--min-type-f1", "60");

        // then
        assertThat(overallCode).isZero();
        assertThat(typedCode).isEqualTo(1);
        assertThat(typed.toString(StandardCharsets.UTF_8)).contains("bar: ORG F1 0.00 >= 60.00: NO")
                .contains("bar: LOC F1 100.00 >= 60.00: yes");
    }
}
