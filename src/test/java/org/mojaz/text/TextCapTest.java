package org.mojaz.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCapTest {

    @Test
    void shouldLeaveATextThatFitsAsItIs() {
        assertThat(TextCap.cut("Short text.", 100)).isEqualTo("Short text.");
    }

    @Test
    void shouldCutAtTheLastParagraphBreakBeforeTheLimit() {
        // given
        String text = "First paragraph here.\n\nSecond paragraph that runs past the limit.";

        // when / then
        assertThat(TextCap.cut(text, 40)).isEqualTo("First paragraph here.");
    }

    @Test
    void shouldCutAfterTheLastWholeSentenceOfASingleParagraph() {
        // given
        String text = "الماء وصل إلى الحي. ثم جاءت جملة ثانية طويلة جدا لا تتسع؟ وثالثة بعدها لا تتسع أبدا";

        // when
        String cut = TextCap.cut(text, 60);

        // then
        assertThat(cut).isEqualTo("الماء وصل إلى الحي. ثم جاءت جملة ثانية طويلة جدا لا تتسع؟");
    }

    @Test
    void shouldCutAtASpaceAndNeverInsideASurrogatePairWhenThereIsNoSentence() {
        assertThat(TextCap.cut("aaaa bbbb cccc dddd", 12)).isEqualTo("aaaa bbbb");
        assertThat(TextCap.cut("aaaaaa\uD83D\uDCA7bbbb", 7)).isEqualTo("aaaaaa");
    }
}
