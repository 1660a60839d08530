package org.mojaz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mojaz.entity.EntityExtractor;
import org.mojaz.summary.ExtractiveSummarizer;
import org.mojaz.testing.TestWiring;

class BriefingBenchCommandTest {

    @Test
    void should_deliver_one_briefing_to_every_chat_and_print_the_figures() throws Exception {
        // given a small run
        BriefingBenchCommand bench = new BriefingBenchCommand(TestWiring::ingestor,
                () -> new ExtractiveSummarizer(new EntityExtractor()));
        bench.chats = 40;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bench.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        // when it runs
        int exit = bench.call();

        // then every chat got exactly one briefing, and the figures are printed
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(out).contains("delivered: 40 briefings (40 messages)", "sustained rate:", "429s received:",
                "duplicates: 0", "missing: 0", "peak heap:");
    }
}
