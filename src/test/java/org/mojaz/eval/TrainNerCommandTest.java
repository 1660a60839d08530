package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mojaz.core.Language;
import org.mojaz.entity.ArabicNameModel;
import org.mojaz.entity.ArabicNameTagger;
import org.mojaz.entity.EnglishNameModel;
import org.mojaz.entity.EnglishNames;
import org.mojaz.entity.EntityType;
import org.mojaz.entity.NameMemory;
import org.mojaz.entity.NameTagger;
import org.mojaz.entity.Span;
import picocli.CommandLine;

class TrainNerCommandTest {
    @TempDir
    Path dir;

    /** Tiny CoNLL text of our own: "X visited Y" sentences with invented names. */
    private static String corpus() {
        String[][] people = {{"سليم", "بوزيدي"}, {"كريمة", "العلوي"}, {"منير", "الحداد"}, {"نادية", "بلقاسم"}};
        String[] places = {"تيزي", "بلارة", "سيدي", "ورزازات"};
        StringBuilder b = new StringBuilder();
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < people.length; i++) {
                b.append("زار O\n").append(people[i][0]).append(" B-PERS\n").append(people[i][1]).append(" I-PERS\n")
                        .append("مدينة O\n").append(places[(i + round) % places.length]).append(" B-LOC\n")
                        .append("أمس O\n. O\n\n");
            }
        }
        return b.toString();
    }

    @Test
    void shouldTrainAModelThatFindsTheNamesItWasTaughtAndWriteIt() throws Exception {
        // given
        Path conll = dir.resolve("tiny.conll");
        Files.writeString(conll, corpus(), StandardCharsets.UTF_8);
        Path model = dir.resolve("ner-ar.bin");
        PrintStream previous = System.out;

        // when
        int code;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            code = new CommandLine(new TrainNerCommand()).execute("--conll", conll.toString(), "--lang", "ar",
                    "--out", model.toString(), "--iterations", "20", "--cutoff", "1");
        } finally {
            System.setOut(previous);
        }

        // then
        assertThat(code).isZero();
        ArabicNameModel trained;
        try (InputStream in = Files.newInputStream(model)) {
            trained = ArabicNameModel.read(in);
        }
        NameTagger tagger = NameTagger.with(trained, ArabicNameTagger.Combination.MODEL);
        List<Span> spans = tagger.tag("زار منير الحداد مدينة تيزي أمس .".split(" "), Language.ARABIC, new NameMemory());
        assertThat(spans).extracting(Span::type).containsExactly(EntityType.PERSON, EntityType.PLACE);
        assertThat(spans.get(0).start()).isEqualTo(1);
        assertThat(spans.get(0).end()).isEqualTo(3);
    }

    /**
     * Tiny English CoNLL text of our own, with two deliberate oddities: a country (Morocco) and a weekday (Saturday)
     * labelled as organisations.
     */
    private static String englishCorpus() {
        String[][] people = {{"Nadia", "Karimi"}, {"Tomas", "Feld"}, {"Irene", "Vasko"}, {"Omar", "Lindqvist"}};
        String[] firms = {"Velden", "Corvane", "Ostrik", "Palmera"};
        StringBuilder b = new StringBuilder("-DOCSTART- O\n\n");
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < people.length; i++) {
                b.append(people[i][0]).append(" B-PER\n").append(people[i][1]).append(" I-PER\n")
                        .append("met O\n").append(firms[(i + round) % firms.length]).append(" B-ORG\n")
                        .append("Group I-ORG\nin O\nMorocco B-ORG\non O\nSaturday B-ORG\n. O\n\n");
            }
        }
        return b.toString();
    }

    @Test
    void should_train_an_english_model_whose_mistake_on_a_known_name_the_combination_corrects()
            throws Exception {
        // given
        Path conll = dir.resolve("tiny-en.conll");
        Files.writeString(conll, englishCorpus(), StandardCharsets.UTF_8);
        Path model = dir.resolve("ner-en.bin");
        PrintStream previous = System.out;

        // when
        int code;
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            code = new CommandLine(new TrainNerCommand()).execute("--conll", conll.toString(), "--lang", "en",
                    "--out", model.toString(), "--iterations", "30", "--cutoff", "1");
        } finally {
            System.setOut(previous);
        }

        // then: the model repeats what it was taught, Morocco as an organisation (Saturday is no name alone)
        assertThat(code).isZero();
        EnglishNameModel trained;
        try (InputStream in = Files.newInputStream(model)) {
            trained = EnglishNameModel.read(in);
        }
        String[] tokens = "Irene Vasko met Ostrik Group in Morocco on Saturday .".split(" ");
        List<Span> alone = NameTagger.withEnglish(trained, EnglishNames.Combination.MODEL).tag(tokens, Language.ENGLISH);
        assertThat(alone).extracting(Span::start, Span::end, Span::type).containsExactly(
                tuple(0, 2, EntityType.PERSON), tuple(3, 5, EntityType.ORGANIZATION), tuple(6, 7, EntityType.ORGANIZATION));
        // and the shipped combination keeps the dictionary's type
        List<Span> combined = NameTagger.withEnglish(trained, EnglishNames.Combination.KNOWN_MODEL)
                .tag(tokens, Language.ENGLISH);
        assertThat(combined).extracting(Span::start, Span::end, Span::type).containsExactly(
                tuple(0, 2, EntityType.PERSON), tuple(3, 5, EntityType.ORGANIZATION), tuple(6, 7, EntityType.PLACE));
    }

    @Test
    void shouldWriteTheFiveModelsOfTheVoteWhoseVoteFindsTheNamesWhereTheyAre() throws Exception {
        // given
        Path conll = dir.resolve("tiny.conll");
        Files.writeString(conll, corpus(), StandardCharsets.UTF_8);
        Path model = dir.resolve("tiny-ner.bin");
        Files.writeString(dir.resolve("tiny-ner-seq3.bin"), "a sentence model of an older run with three");
        PrintStream previous = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // when
        int code;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            code = new CommandLine(new TrainNerCommand()).execute("--conll", conll.toString(), "--lang", "ar",
                    "--out", model.toString(), "--iterations", "20", "--hold-out", "0.25", "--hold-out-from", "0",
                    "--combine", "MODEL");
        } finally {
            System.setOut(previous);
        }

        // then
        assertThat(code).isZero();
        assertThat(dir.resolve("tiny-ner-rtl.bin")).exists();
        assertThat(dir.resolve("tiny-ner-pw.bin")).exists();
        assertThat(dir.resolve("tiny-ner-seq1.bin")).exists();
        assertThat(dir.resolve("tiny-ner-seq2.bin")).exists();
        assertThat(dir.resolve("tiny-ner-seq3.bin")).doesNotExist();
        String report = printed.toString(StandardCharsets.UTF_8);
        assertThat(report).contains("trained BACKWARD (tiny-ner-rtl.bin) on 18 sentences")
                .contains("trained sentence model 2 (tiny-ner-seq2.bin) on 18 sentences")
                .contains("held-out 6 sentences, vote of the models, MODEL")
                .containsPattern("recall of held-out names seen in training \\d+\\.\\d\\d \\(12\\), "
                        + "of unseen ones 0\\.00 \\(0\\)");
        NameTagger tagger = NameTagger.with(ArabicNameModel.readWithVoters(model), ArabicNameTagger.Combination.MODEL);
        List<Span> spans = tagger.tag("زار كريمة العلوي مدينة ورزازات أمس .".split(" "), Language.ARABIC, new NameMemory());
        assertThat(spans).extracting(Span::type).containsExactly(EntityType.PERSON, EntityType.PLACE);
        assertThat(spans).extracting(Span::start).containsExactly(1, 4);
        assertThat(spans).extracting(Span::end).containsExactly(3, 5);
    }

    @Test
    void shouldReadTheRightToLeftModelsNamesBackInTheSentencesOrder() throws Exception {
        // given
        List<ArabicNameModel.Example> examples = new java.util.ArrayList<>();
        for (String line : corpus().split("\n\n")) {
            String[] rows = line.strip().split("\n");
            String[] tokens = new String[rows.length];
            for (int i = 0; i < rows.length; i++) {
                tokens[i] = rows[i].split(" ")[0];
            }
            examples.add(new ArabicNameModel.Example(tokens, List.of(new ArabicNameModel.Name(1, 3, "PER"),
                    new ArabicNameModel.Name(4, 5, "LOC"))));
        }

        // when
        ArabicNameModel backward = ArabicNameModel.train(examples, "PERCEPTRON", 20, 1, ArabicNameModel.Reading.BACKWARD);
        List<Span> spans = NameTagger.with(backward, ArabicNameTagger.Combination.MODEL)
                .tag("زار سليم بوزيدي مدينة بلارة أمس .".split(" "), Language.ARABIC, new NameMemory());

        // then
        assertThat(spans).extracting(Span::type).containsExactly(EntityType.PERSON, EntityType.PLACE);
        assertThat(spans).extracting(Span::start).containsExactly(1, 4);
        assertThat(spans).extracting(Span::end).containsExactly(3, 5);
    }
}
