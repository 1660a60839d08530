package org.mojaz.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;
import org.mojaz.entity.Entity;
import org.mojaz.entity.EntityType;
import org.mojaz.summary.Brief;
import org.mojaz.summary.Digest;

class DigestTextTest {
    @Test
    void should_label_organisations_as_the_telegram_brief_does() {
        // given
        Entity ministry = new Entity(EntityType.ORGANIZATION, "وزارة الصحة", "Ministry of Health", 1, 0, null, false,
                null);
        Digest digest = new Digest("h", new Brief(Language.ARABIC, "ملخص.", List.of(), true),
                Brief.unavailable(Language.ENGLISH, "note"), List.of(ministry), "extractive", "-", null);

        // when
        String text = DigestText.render(digest, false);

        // then
        assertThat(text).contains("Organisations / منظمات").doesNotContain("هيئات");
    }
}
