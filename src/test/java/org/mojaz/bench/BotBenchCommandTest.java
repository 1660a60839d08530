package org.mojaz.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mojaz.testing.FakeSummarizer;
import org.mojaz.testing.TestWiring;

class BotBenchCommandTest {
    /** The real command line, so the soak's bot is {@code mojaz bot} itself. */
    private static final String BOT = "org.mojaz.Main";

    @Test
    void shouldDriveEverySimulatedChatToTheEndAndPrintTheFigures() throws Exception {
        BotBenchCommand bench = new BotBenchCommand(TestWiring::ingestor, FakeSummarizer::standard, BOT);
        bench.chats = 3;
        bench.messages = 2;
        bench.workers = 2;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bench.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        int exit = bench.call();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(out).contains("updates answered: 6 of 6", "throughput:", "p50", "p99").doesNotContain("timed out");
    }

    @Test
    void shouldSoakTheRealBotThroughFaultsAStalledModelAndAKill9WithNoLossAndNoDuplicate() throws Exception {
        // given a short soak: faults on every server, the model stalling or failing, the bot killed once
        BotBenchCommand bench = new BotBenchCommand(TestWiring::ingestor, FakeSummarizer::standard, BOT);
        bench.chats = 3;
        bench.soakMinutes = 0.3;
        bench.faultRate = 0.1;
        bench.thinkMs = 200;
        bench.kills = 1;
        bench.botHeap = "256m";
        bench.placeholderAfterMs = 1000;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bench.out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

        // when it runs
        int exit = bench.call();

        // then every message got exactly one reply, across the kill and the restart
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("updates sent:", "duplicates: 0, lost: 0", "faults injected: Bot API 429",
                "model: ", "stalled ", "killed with kill -9 1 times, restarted 1 times", "peak heap used:");
        assertThat(exit).isZero();
    }
}
