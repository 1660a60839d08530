package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.mojaz.core.Language;

class EntityExtractorThreadsTest {

    @Test
    void shouldGiveTheSameEntitiesWhenManyThreadsShareOneExtractor() throws Exception {
        // given
        EntityExtractor extractor = new EntityExtractor();
        String english = "Finance Minister Halvard Monteiro told the World Bank in Geneva on Monday that 3% growth was likely.";
        String arabic = "وقال الرئيس عبد المجيد تبون في الجزائر يوم الأربعاء إن الأمم المتحدة خصصت 4 مليار دولار.";
        List<Entity> expectedEn = extractor.extract(english, Language.ENGLISH);
        List<Entity> expectedAr = extractor.extract(arabic, Language.ARABIC);
        ExecutorService pool = Executors.newFixedThreadPool(4);

        // when
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                boolean ar = i % 2 == 0;
                results.add(pool.submit(() -> ar
                        ? extractor.extract(arabic, Language.ARABIC).equals(expectedAr)
                        : extractor.extract(english, Language.ENGLISH).equals(expectedEn)));
            }
            // then
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expectedEn).isNotEmpty();
        assertThat(expectedAr).isNotEmpty();
    }
}
