package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NamesEvalCommandTest {
    private static final Pattern ROW = Pattern.compile("(Arabic -> English|English -> Arabic) +(\\d+) names +exact +([\\d.]+) % +"
            + "transliterated +([\\d.]+) %");

    @Test
    void shouldGiveTheUsualNameInTheOtherLanguageForMostOfOurOwnSet() {
        // given: our own set of Maghreb and Middle East names and English names (src/test/resources/names)
        Path data = Path.of("src/test/resources/names/names-eval.tsv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;

        // when
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = new CommandLine(new NamesEvalCommand()).execute("--data", data.toString());
        } finally {
            System.setOut(previous);
        }

        // then: the targets, at least 70 % exact each way and at most 15 % transliterated
        assertThat(code).isZero();
        Matcher m = ROW.matcher(out.toString(StandardCharsets.UTF_8));
        int rows = 0;
        while (m.find()) {
            rows++;
            assertThat(Integer.parseInt(m.group(2))).isGreaterThanOrEqualTo(m.group(1).startsWith("Arabic") ? 200 : 100);
            assertThat(Double.parseDouble(m.group(3))).as(m.group()).isGreaterThanOrEqualTo(70.0);
            assertThat(Double.parseDouble(m.group(4))).as(m.group()).isLessThanOrEqualTo(15.0);
        }
        assertThat(rows).isEqualTo(2);
    }
}
