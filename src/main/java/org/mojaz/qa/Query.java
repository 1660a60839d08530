package org.mojaz.qa;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mojaz.core.Language;

/**
 * A question made ready for retrieval.
 *
 * @param text     the question as asked
 * @param language the question's language
 * @param type     the kind of answer it expects
 * @param groups   what it asks about: each group is one word or name with its alternative terms (the other
 *                 language's name, the other script's month); a passage covers a group when it holds any of them
 * @param carried  terms carried over from the chat's previous question (follow-ups), used for ranking only
 */
public record Query(String text, Language language, AnswerType type, List<Group> groups, List<String> carried) {

    /**
     * One thing the question asks about.
     *
     * @param terms        alternative matching terms
     * @param crossLingual true when the terms hold the thing in both languages (a known name, a number, a date),
     *                     so it can be matched in an article of the other language
     * @param event        true for a verb of an event's course (ends, opens), often said another way
     */
    public record Group(List<String> terms, boolean crossLingual, boolean event) {
        public Group(List<String> terms, boolean crossLingual) {
            this(terms, crossLingual, false);
        }

        public Group {
            terms = List.copyOf(new LinkedHashSet<>(terms));
        }


        boolean coveredBy(Set<String> passageTerms) {
            for (String t : terms) {
                if (passageTerms.contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    public Query {
        groups = List.copyOf(groups);
        carried = List.copyOf(carried);
    }

    /** Every term worth searching for: the groups' alternatives and the carried terms. */
    public List<String> searchTerms() {
        Set<String> out = new LinkedHashSet<>();
        groups.forEach(g -> out.addAll(g.terms()));
        out.addAll(carried);
        return new ArrayList<>(out);
    }

    /** The terms a follow-up question should carry from this one: each group's own-language term. */
    public List<String> ownTerms() {
        Set<String> out = new LinkedHashSet<>();
        groups.forEach(g -> out.add(g.terms().get(0)));
        return new ArrayList<>(out);
    }
}
