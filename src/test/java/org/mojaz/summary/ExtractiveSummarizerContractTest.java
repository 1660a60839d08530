package org.mojaz.summary;

import org.mojaz.entity.EntityExtractor;

class ExtractiveSummarizerContractTest extends SummarizerContract {
    private static final ExtractiveSummarizer ENGINE = new ExtractiveSummarizer(new EntityExtractor());

    @Override
    Summarizer summarizer() {
        return ENGINE;
    }
}
