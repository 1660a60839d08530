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
}
