package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllSentencesTest {

    @Test
    void shouldReadIob2SpansAndThePersSpelling() {
        // given / when
        List<TypedSpan> spans = ConllSentences.spans(List.of("B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG"));

        // then
        assertThat(spans).containsExactly(new TypedSpan(0, 2, "PER"), new TypedSpan(3, 4, "LOC"),
                new TypedSpan(4, 5, "LOC"), new TypedSpan(5, 6, "ORG"));
    }

    @Test
    void shouldReadIob1WhereOnlyATypeChangeStartsANewSpan() {
        // given / when
        List<TypedSpan> spans = ConllSentences.spans(List.of("I-ORG", "I-ORG", "I-PER", "O", "I-LOC"));

        // then
        assertThat(spans).containsExactly(new TypedSpan(0, 2, "ORG"), new TypedSpan(2, 3, "PER"), new TypedSpan(4, 5, "LOC"));
    }

    @Test
    void shouldSplitSentencesAndDocuments(@TempDir Path dir) throws IOException {
        // given
        Path file = dir.resolve("tiny.conll");
        Files.writeString(file, "-DOCSTART- O\n\nSalma\tB-PER\nsmiled\tO\n\nRabat B-LOC\n.\tO\n", StandardCharsets.UTF_8);

        // when
        List<ConllSentences.Sentence> sentences = ConllSentences.read(file);

        // then
        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).tokens()).containsExactly("Salma", "smiled");
        assertThat(sentences.get(0).newDocument()).isTrue();
        assertThat(sentences.get(1).newDocument()).isFalse();
        assertThat(sentences.get(1).gold()).containsExactly(new TypedSpan(0, 1, "LOC"));
    }

    @Test
    void shouldKeepTheDocumentsOfOneRankCountingTheFirstAsZero(@TempDir Path dir) throws IOException {
        // given: a first document without a -DOCSTART- line, as in WikiGold, then two more
        Path file = dir.resolve("three.conll");
        Files.writeString(file, "Salma B-PER\n\nRabat B-LOC\n\n-DOCSTART- O\n\nOujda B-LOC\n\n-DOCSTART- O\n\nNour B-PER\n",
                StandardCharsets.UTF_8);
        List<ConllSentences.Sentence> all = ConllSentences.read(file);

        // when
        List<ConllSentences.Sentence> even = EntitiesEvalCommand.documents(all, "even");
        List<ConllSentences.Sentence> odd = EntitiesEvalCommand.documents(all, "odd");

        // then
        assertThat(even).extracting(s -> s.tokens()[0]).containsExactly("Salma", "Rabat", "Nour");
        assertThat(odd).extracting(s -> s.tokens()[0]).containsExactly("Oujda");
        assertThat(EntitiesEvalCommand.documents(all, "all")).hasSize(4);
    }
}
