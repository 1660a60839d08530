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
        assertThat(templates.version(PromptTemplates.SUMMARIZE)).matches("[0-9a-f]{12}");
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
        assertThat(edited.version(PromptTemplates.SUMMARIZE)).isNotEqualTo(defaults.version(PromptTemplates.SUMMARIZE));
        assertThat(PromptTemplates.load(dir).version(PromptTemplates.SUMMARIZE)).isEqualTo(edited.version(PromptTemplates.SUMMARIZE));
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

    @Test
    void should_keep_the_summary_version_when_another_prompt_file_is_added() throws Exception {
        // given
        PromptTemplates summaryOnly = PromptTemplates.load(dir);
        Files.writeString(dir.resolve("answer.txt"), "Answer in {{language}} from {{article}}.", StandardCharsets.UTF_8);

        // when
        PromptTemplates withAnswer = PromptTemplates.load(dir, java.util.List.of(PromptTemplates.SUMMARIZE_SYSTEM,
                PromptTemplates.SUMMARIZE_USER, PromptTemplates.SUMMARIZE_REPAIR, "answer.txt"));

        // then
        assertThat(withAnswer.version(PromptTemplates.SUMMARIZE)).isEqualTo(summaryOnly.version(PromptTemplates.SUMMARIZE));
        assertThat(withAnswer.version(java.util.List.of("answer.txt")))
                .isNotEqualTo(withAnswer.version(PromptTemplates.SUMMARIZE));
    }

    @Test
    void should_give_the_packaged_summarize_prompts_the_version_digests_were_cached_under_before() {
        // given: the version the packaged prompts had when one hash covered every template (12 Nov to 1 Dec 2026)
        String cachedUnder = "72f2d14207ca";

        // when
        String version = PromptTemplates.load(dir).version(PromptTemplates.SUMMARIZE);

        // then
        assertThat(version).isEqualTo(cachedUnder);
    }
}
