package org.mojaz.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.Main;

/** {@code mojaz chat} as a fresh machine runs it: embedded defaults, no token, no key, no network. */
class ChatCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldBriefABundledExampleAndAPastedArticleOnEmbeddedDefaults() throws Exception {
        String pasted = Files.readString(Path.of("examples", "ar-pasted.txt"), StandardCharsets.UTF_8);
        String input = ":file examples/en-port-expansion.html\n" + pasted + "\n\n/recent\n:quit\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(new String[] {"chat"}, Map.of("MOJAZ_DATABASE_PATH", dir.resolve("m.db").toString()),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text).contains("Tangier port expansion opens new container terminal",
                "The operator of Tanger Med", "engine: extractive");
        assertThat(text).contains("تونس تطلق برنامجا لدعم الشركات الناشئة", "120 مليون دينار");
        assertThat(text).contains("needs a language model");
        assertThat(Files.exists(dir.resolve("m.db"))).isTrue();
    }
}
