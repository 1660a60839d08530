package org.mojaz.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mojaz.chat.Html;
import org.mojaz.chat.Reply;
import org.mojaz.core.Language;

/**
 * An {@link Answer} as a chat reply: the answer (each line isolated in its own direction), the short note when the
 * model was not used, then the sources - title and link of each cited article - and the engine, as briefs do.
 * Every outside string is escaped.
 */
public final class AnswerReplies {
    /** Characters of one quoted passage shown at most (a run-on sentence is cut, never the reply). */
    static final int MAX_PASSAGE_CHARS = 700;

    private AnswerReplies() {
    }

    public static Reply reply(Answer answer, Language question) {
        StringBuilder html = new StringBuilder();
        for (String line : answer.text().split("\n")) {
            html.append(html.length() == 0 ? "" : "\n").append(Html.either(cut(line)));
        }
        if (answer.notice() != null) {
            html.append("\n").append(Html.italic(Html.escape(answer.notice())));
        }
        if (!answer.citations().isEmpty()) {
            html.append("\n\n").append(Html.bold(Html.escape(AnswerWords.sources(question))));
            for (String source : sources(answer.citations(), question)) {
                html.append("\n").append(source);
            }
        }
        html.append("\n").append(Html.italic(Html.escape(AnswerWords.engine(question, answer.engine()))));
        return Reply.of(html.toString());
    }

    /** One line per cited article: its citation numbers, its title, linked when the link is a web address. */
    private static List<String> sources(List<Citation> citations, Language question) {
        Set<Long> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (Citation c : citations) {
            if (!seen.add(c.articleId())) {
                continue;
            }
            StringBuilder numbers = new StringBuilder();
            citations.stream().filter(x -> x.articleId() == c.articleId())
                    .forEach(x -> numbers.append('[').append(x.number()).append(']'));
            String title = c.title().isBlank() ? AnswerWords.untitled(question) : c.title();
            String link = c.link() == null ? "" : c.link();
            String shown = link.startsWith("https://") || link.startsWith("http://")
                    ? "<a href=\"" + Html.escape(link) + "\">" + Html.either(title) + "</a>"
                    : Html.either(title) + (link.isEmpty() ? "" : " · " + Html.escape(link));
            out.add(numbers + " " + shown);
        }
        return out;
    }

    private static String cut(String line) {
        return line.length() <= MAX_PASSAGE_CHARS ? line : line.substring(0, MAX_PASSAGE_CHARS) + "…»";
    }
}
