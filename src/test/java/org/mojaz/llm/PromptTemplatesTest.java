package org.mojaz.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.config.ConfigException;

class PromptTemplatesTest {
    @TempDir
    Path dir;

    @Test
    void shouldReadThePackagedDefaultsWhenTheFolderLacksTheFiles() throws Exception {
        // given
        String packaged = Files.readString(Path.of("prompts/summarize.txt"), StandardCharsets.UTF_8);

        // when
        PromptTemplates templates = PromptTemplates.load(dir);

        // then
        assertThat(templates.text(PromptTemplates.SUMMARIZE_SYSTEM)).isEqualTo(packaged);
        assertThat(templates.version()).matches("[0-9a-f]{12}");
    }

    @Test
    void shouldPreferAnEditedFileInTheFolderAndChangeTheVersion() throws Exception {
        // given
        PromptTemplates defaults = PromptTemplates.load(dir);
        Files.writeString(dir.resolve("summarize.txt"), "Summarise in {{summary_words}} words.", StandardCharsets.UTF_8);

        // when
        PromptTemplates edited = PromptTemplates.load(dir);

        // then
        assertThat(edited.text(PromptTemplates.SUMMARIZE_SYSTEM)).isEqualTo("Summarise in {{summary_words}} words.");
        assertThat(edited.text(PromptTemplates.SUMMARIZE_USER)).isEqualTo(defaults.text(PromptTemplates.SUMMARIZE_USER));
        assertThat(edited.version()).isNotEqualTo(defaults.version());
        assertThat(PromptTemplates.load(dir).version()).isEqualTo(edited.version());
    }

    @Test
    void refusesATemplateWithAnUnknownPlaceholder() throws Exception {
        // given
        Files.writeString(dir.resolve("summarize-user.txt"), "<article>{{artcle}}</article>", StandardCharsets.UTF_8);

        // when / then
        assertThatThrownBy(() -> PromptTemplates.load(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("summarize-user.txt", "{{artcle}}");
    }

    @Test
    void shouldNotExpandPlaceholdersThatAppearInsideAValue() {
        // given
        PromptTemplates templates = PromptTemplates.load(dir);

        // when
        String user = templates.render(PromptTemplates.SUMMARIZE_USER,
                Map.of("article", "A reader wrote {{errors}} and $1 \\ here.", "errors", "SHOULD NOT APPEAR"));

        // then
        assertThat(user).contains("A reader wrote {{errors}} and $1 \\ here.").doesNotContain("SHOULD NOT APPEAR");
    }
}
