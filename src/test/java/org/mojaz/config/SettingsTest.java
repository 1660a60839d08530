package org.mojaz.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void shouldLoadThePackagedDefaultsWithNoFileAndNoEnvironment() {
        Settings s = Settings.from(ConfigSource.load(null, Map.of()), Map.of());

        assertThat(s.databasePath().toString()).endsWith("mojaz.db");
        assertThat(s.fetch().maxBodyBytes()).isEqualTo(5L * 1024 * 1024);
        assertThat(s.fetch().allowPrivateAddresses()).isFalse();
        assertThat(s.fetch().maxRedirects()).isEqualTo(5);
        assertThat(s.llm().provider()).isEqualTo("none");
        assertThat(s.telegram().baseUrl()).isEqualTo("https://api.telegram.org");
        assertThat(s.secrets().telegramToken()).isNull();
    }

    @Test
    void shouldLetEnvironmentVariablesOverrideFileAndDefaults() throws Exception {
        Path file = dir.resolve("mojaz.properties");
        Files.writeString(file, "fetch.read-timeout=3s\nsummary.words=80\n", StandardCharsets.UTF_8);
        Map<String, String> env = Map.of("MOJAZ_SUMMARY_WORDS", "45", "MOJAZ_LLM_PROVIDER", "openai-compatible",
                "MOJAZ_LLM_MODEL", "llama3.1:8b", "MOJAZ_LLM_BASE_URL", "http://localhost:11434/v1");

        Settings s = Settings.from(ConfigSource.load(file, env), env);

        assertThat(s.fetch().readTimeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(s.summary().words()).isEqualTo(45);
        assertThat(s.llm().provider()).isEqualTo("openai-compatible");
    }

    @Test
    void refusesABadValueNamingTheKeyAndTheAcceptedValues() {
        Map<String, String> env = Map.of("MOJAZ_LLM_PROVIDER", "chatgpt");

        assertThatThrownBy(() -> Settings.from(ConfigSource.load(null, env), env))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("llm.provider")
                .hasMessageContaining("MOJAZ_LLM_PROVIDER")
                .hasMessageContaining("none, openai-compatible, anthropic, gemini");
    }

    @Test
    void refusesUnknownKeysAndSecretsInTheFile() throws Exception {
        Path typo = dir.resolve("typo.properties");
        Files.writeString(typo, "fetch.max-body=1MB\n", StandardCharsets.UTF_8);
        Path secret = dir.resolve("secret.properties");
        Files.writeString(secret, "llm.api-key=sk-123\n", StandardCharsets.UTF_8);
        Path budget = dir.resolve("budget.properties");
        Files.writeString(budget, "llm.input-token-budget=4000\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ConfigSource.load(typo, Map.of())).hasMessageContaining("fetch.max-body");
        assertThatThrownBy(() -> ConfigSource.load(secret, Map.of())).hasMessageContaining("secret")
                .hasMessageNotContaining("sk-123");
        assertThat(ConfigSource.load(budget, Map.of()).get("llm.input-token-budget")).isEqualTo("4000");
    }

    @Test
    void refusesAnLlmProviderWithoutAModel() {
        Map<String, String> env = Map.of("MOJAZ_LLM_PROVIDER", "anthropic", "MOJAZ_LLM_API_KEY", "k");

        assertThatThrownBy(() -> Settings.from(ConfigSource.load(null, env), env))
                .hasMessageContaining("llm.model");
    }

    @Test
    void shouldNeverPrintSecrets() {
        Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", "123:ABCDEF", "MOJAZ_LLM_API_KEY", "sk-secret");

        Settings s = Settings.from(ConfigSource.load(null, env), env);

        assertThat(s.toString()).doesNotContain("ABCDEF").doesNotContain("sk-secret");
        assertThat(s.secrets().telegramToken()).isEqualTo("123:ABCDEF");
    }
}
