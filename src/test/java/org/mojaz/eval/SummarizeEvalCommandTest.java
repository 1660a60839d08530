package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SummarizeEvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldPrintOneRowPerSystemAndDumpEverySummary() throws Exception {
        // given: two tiny English articles of our own; references of 5, 8 and 9 words (median 8)
        Path data = dir.resolve("set.jsonl");
        Files.writeString(data, String.join("\n",
                "{\"id\":\"a\",\"lang\":\"en\",\"title\":null,\"text\":\"The bridge reopened on Monday after two years."
                        + " Cars crossed it at noon. Shops on the north side want help.\",\"summaries\":"
                        + "[\"The bridge reopened on Monday.\",\"Bridge reopens after two years of repair work.\"]}",
                "{\"id\":\"b\",\"lang\":\"en\",\"title\":null,\"text\":\"The town voted for a flood wall on Tuesday."
                        + " It will cost four million dollars. Farmers fear the water will move downstream.\","
                        + "\"summaries\":[\"Town votes for a four million dollar flood wall.\"]}"), StandardCharsets.UTF_8);
        Path dump = dir.resolve("dump.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream previous = System.out;

        // when
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = new CommandLine(new SummarizeEvalCommand()).execute("--data", data.toString(), "--dump",
                    dump.toString());
        } finally {
            System.setOut(previous);
        }

        // then
        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(table).contains("word budget 8 (median reference length)");
        for (String system : SummarizeEvalCommand.SYSTEMS) {
            assertThat(table).containsPattern("(?m)^" + system + " +\\d+\\.\\d\\d +\\d+\\.\\d\\d");
        }
        List<String> rows = Files.readAllLines(dump, StandardCharsets.UTF_8);
        assertThat(rows).hasSize(2 * SummarizeEvalCommand.SYSTEMS.size());
        assertThat(rows.get(0)).startsWith("{\"id\":\"a\",\"system\":\"mojaz\",\"summary\":\"");
    }
}
