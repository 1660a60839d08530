package org.mojaz.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicSequenceModelTest {
    /**
     * Sentences of our own: an invented person (two words) "visited" an invented town (one word) and met the
     * members of an invented organisation (three words), in turn.
     */
    private static List<ArabicNameModel.Example> examples() {
        String[][] people = {{"سليم", "بوزيدي"}, {"كريمة", "العلوي"}, {"منير", "الحداد"}, {"نادية", "بلقاسم"}};
        String[] towns = {"تيزي", "بلارة", "سيدي", "ورزازات"};
        String[][] bodies = {{"جمعية", "أصدقاء", "الواحة"}, {"نقابة", "عمال", "الموانئ"}, {"رابطة", "هواة", "الفلك"}};
        List<ArabicNameModel.Example> out = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            for (int i = 0; i < people.length; i++) {
                String[] b = bodies[(i + round) % bodies.length];
                String[] tokens = {"زار", people[i][0], people[i][1], "مدينة", towns[(i + round) % towns.length],
                    "والتقى", "أعضاء", b[0], b[1], b[2], "."};
                out.add(new ArabicNameModel.Example(tokens, List.of(new ArabicNameModel.Name(1, 3, "PER"),
                        new ArabicNameModel.Name(4, 5, "LOC"), new ArabicNameModel.Name(7, 10, "ORG"))));
            }
        }
        return out;
    }

    private static final String[] NEW_PAIRING = "زار نادية بلقاسم مدينة بلارة والتقى أعضاء رابطة هواة الفلك ."
            .split(" ");

    @Test
    void shouldFindNamesOfOneTwoAndThreeWordsInAPairingItWasNotTaught() {
        // given
        ArabicSequenceModel model = ArabicSequenceModel.train(examples(), ArabicNameModel.Reading.PERSON_WORDS, 10, 1);

        // when
        List<ArabicNameModel.Name> names = model.find(NEW_PAIRING);

        // then
        assertThat(names).containsExactly(new ArabicNameModel.Name(1, 3, "PER"), new ArabicNameModel.Name(4, 5, "LOC"),
                new ArabicNameModel.Name(7, 10, "ORG"));
        assertThat(model.find(new String[0])).isEmpty();
    }

    @Test
    void shouldTrainTheSameModelTwiceAndReadBackWhatItWrote() throws Exception {
        // given
        ArabicSequenceModel first = ArabicSequenceModel.train(examples(), ArabicNameModel.Reading.PERSON_WORDS, 10, 7);
        ArabicSequenceModel second = ArabicSequenceModel.train(examples(), ArabicNameModel.Reading.PERSON_WORDS, 10, 7);
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();

        // when
        first.write(a);
        second.write(b);
        ArabicSequenceModel read = ArabicSequenceModel.read(new ByteArrayInputStream(a.toByteArray()));

        // then
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
        assertThat(read.reading()).isEqualTo(ArabicNameModel.Reading.PERSON_WORDS);
        assertThat(read.find(NEW_PAIRING)).isEqualTo(first.find(NEW_PAIRING)).isNotEmpty();
    }

    @Test
    void shouldRefuseAFileThatIsNoSequenceModel() {
        byte[] opennlp = "PK not a gzip stream".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ArabicSequenceModel.read(new ByteArrayInputStream(opennlp)))
                .isInstanceOf(java.io.IOException.class);
    }
}
