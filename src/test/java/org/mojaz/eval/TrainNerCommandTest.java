package org.mojaz.eval;

import static org.assertj.core.api.Assertions.assertThat;

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
}
