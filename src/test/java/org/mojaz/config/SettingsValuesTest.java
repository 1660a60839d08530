package org.mojaz.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.LoggerFactory;

/** Values that used to end in a stack trace, or could not work, stop start-up with the documented message. */
class SettingsValuesTest {
    @TempDir
    Path dir;

    private static Settings load(Map<String, String> env) {
        return Settings.from(ConfigSource.load(null, env), env);
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "fetch.connect-timeout  | 0s                     | a duration from 1ms to 24h",
        "fetch.connect-timeout  | 99999999999999h        | a duration from 1ms to 24h",
        "fetch.read-timeout     | 9223372036854775807ms2 | a duration from 1ms to 24h",
        "fetch.call-timeout     | 0ms                    | a duration from 1ms to 24h",
        "llm.timeout            | 25h                    | a duration from 1ms to 24h",
        "fetch.max-body-bytes   | 99999999999999999999   | a size from 1 byte to 1GB",
        "fetch.max-body-bytes   | 9999999999999GB        | a size from 1 byte to 1GB",
        "input.max-file-bytes   | 0                      | a size from 1 byte to 1GB",
        "fetch.allowed-networks | 999.0.0.0/8            | CIDR ranges such as 10.20.0.0/16",
        "fetch.allowed-networks | 10.0.0.0/33            | CIDR ranges such as 10.20.0.0/16",
        "fetch.allowed-networks | fd00::/129             | CIDR ranges such as 10.20.0.0/16",
        "fetch.allowed-networks | 1::2::3/64             | CIDR ranges such as 10.20.0.0/16",
        "fetch.allowed-networks | abcd                   | CIDR ranges such as 10.20.0.0/16",
        "llm.base-url           | ftp://models.test/v1   | an http:// or https:// URL",
        "llm.base-url           | localhost:11434/v1     | an http:// or https:// URL",
        "telegram.base-url      | ftp://api.telegram.org | an http:// or https:// URL",
        "telegram.base-url      | https://user:pw@bot.test | an http:// or https:// URL",
    })
    void shouldRefuseABadValueNamingTheKeyItsVariableAndTheAcceptedValues(String key, String value,
                                                                           String accepted) {
        // given
        String variable = ConfigSource.envName(key);
        Map<String, String> env = Map.of(variable, value);

        // when / then
        assertThatThrownBy(() -> load(env))
                .isExactlyInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Bad value '" + value + "' for " + key + " (environment " + variable + ")")
                .hasMessageContaining(accepted);
    }

    @Test
    void shouldRefuseAUserAgentWithALineBreakShowingItOnOneLine() {
        // given
        Map<String, String> env = Map.of("MOJAZ_FETCH_USER_AGENT", "Mojaz/1.0\r\nX-Injected: yes");

        // when / then
        assertThatThrownBy(() -> load(env))
                .isExactlyInstanceOf(ConfigException.class)
                .hasMessageContaining("fetch.user-agent").hasMessageContaining("MOJAZ_FETCH_USER_AGENT")
                .hasMessageContaining("Mojaz/1.0U+000DU+000AX-Injected")
                .hasMessageContaining("no CR, LF")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r"));
    }

    @Test
    void shouldRefuseAPromptsFolderThatDoesNotExist() {
        // given
        Map<String, String> env = Map.of("MOJAZ_PROMPTS_DIR", dir.resolve("no-such-prompts").toString());

        // when / then
        assertThatThrownBy(() -> load(env))
                .isExactlyInstanceOf(ConfigException.class)
                .hasMessageContaining("prompts.dir").hasMessageContaining("MOJAZ_PROMPTS_DIR")
                .hasMessageContaining("an existing folder");
    }

    @Test
    void shouldAcceptTheEdgesOfEachRangeAndAnExistingPromptsFolder() throws Exception {
        // given
        Path prompts = Files.createDirectory(dir.resolve("prompts"));
        Map<String, String> env = new HashMap<>();
        env.put("MOJAZ_FETCH_CONNECT_TIMEOUT", "1ms");
        env.put("MOJAZ_FETCH_CALL_TIMEOUT", "24h");
        env.put("MOJAZ_FETCH_MAX_BODY_BYTES", "1GB");
        env.put("MOJAZ_TELEGRAM_PLACEHOLDER_AFTER", "0ms");
        env.put("MOJAZ_FETCH_ALLOWED_NETWORKS", "10.20.0.0/16, 192.168.1.7, fd00:1234::/48, ::ffff:10.0.0.0/104");
        env.put("MOJAZ_TELEGRAM_BASE_URL", "http://127.0.0.1:8081");
        env.put("MOJAZ_PROMPTS_DIR", prompts.toString());

        // when
        Settings s = load(env);

        // then
        assertThat(s.fetch().connectTimeout()).isEqualTo(Duration.ofMillis(1));
        assertThat(s.fetch().callTimeout()).isEqualTo(Duration.ofHours(24));
        assertThat(s.fetch().maxBodyBytes()).isEqualTo(1024L * 1024 * 1024);
        assertThat(s.telegram().placeholderAfter()).isZero();
        assertThat(s.fetch().allowedNetworks()).hasSize(4);
        assertThat(s.promptsDir()).isEqualTo(prompts);
    }

    @Test
    void shouldWarnAboutAnAllowListOpenToEveryAddressAndAboutUnknownMojazVariables() {
        // given
        Map<String, String> env = new HashMap<>();
        env.put("MOJAZ_FETCH_ALLOWED_NETWORKS", "0.0.0.0/0,::/0");
        env.put("MOJAZ_LLM_MODLE", "gpt-4o-mini");
        env.put("MOJAZ_TELEGRAM_TOKEN", "123:SECRET-VALUE");
        env.put("MOJAZ_CONFIG", "ignored-here.properties");
        env.put("MOJAZ_LOG_LEVEL", "DEBUG");
        env.put("MOJAZ_LLM_API_KEY", "sk-fine");
        env.put("MOJAZ_SUMMARY_WORDS", "50");

        // when
        List<String> warnings = warningsWhileLoading(env);

        // then
        assertThat(warnings).hasSize(4);
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("0.0.0.0/0", "every address"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("::/0", "every address"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("MOJAZ_LLM_MODLE", "did you mean MOJAZ_LLM_MODEL"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("MOJAZ_TELEGRAM_TOKEN"));
        assertThat(String.join("\n", warnings)).doesNotContain("SECRET-VALUE").doesNotContain("gpt-4o-mini");
    }

    private static List<String> warningsWhileLoading(Map<String, String> env) {
        Logger logger = (Logger) LoggerFactory.getLogger(Settings.class);
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.setContext(logger.getLoggerContext());
        logs.start();
        logger.addAppender(logs);
        try {
            load(env);
        } finally {
            logger.detachAppender(logs);
        }
        return logs.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }
}
