package org.mojaz.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.Main;

/** {@code mojaz chat --lang}: an explicit option beats what an earlier run stored; without it, the stored setting. */
class ChatLanguageTest {
    @TempDir
    Path dir;

    /** Runs {@code mojaz chat} once over the same database file and returns what it printed. */
    private String chat(String input, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = "chat";
        System.arraycopy(options, 0, args, 1, options.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, Map.of("MOJAZ_DATABASE_PATH", dir.resolve("m.db").toString()),
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void should_let_an_explicit_lang_option_win_over_the_language_an_earlier_run_stored() {
        // given an earlier run that switched the terminal chat to Arabic
        String first = chat("/lang ar\n/help\n:quit\n");

        // when the next run asks for English explicitly, and a third run gives no option
        String second = chat("/help\n:quit\n", "--lang", "en");
        String third = chat("/help\n:quit\n");

        // then the explicit option wins, and the run without one keeps the stored setting
        assertThat(first).contains("ما أستطيع فعله");
        assertThat(second).contains("What I can do").doesNotContain("ما أستطيع فعله");
        assertThat(third).contains("What I can do");
    }

    @Test
    void should_keep_the_stored_language_when_no_option_is_given_and_default_to_english_on_a_fresh_file() {
        // given a fresh file, then a run that asks for Arabic explicitly
        String fresh = chat("/help\n:quit\n");
        chat("/help\n:quit\n", "--lang", "ar");

        // when a later run gives no option
        String later = chat("/help\n:quit\n");

        // then the fresh file spoke English, and the later run keeps the Arabic it was given last
        assertThat(fresh).contains("What I can do");
        assertThat(later).contains("ما أستطيع فعله").doesNotContain("What I can do");
    }
}
