package org.mojaz.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features of one English token for the trained name finder ({@link EnglishNameModel}): the word and its lower-case
 * form, prefixes and suffixes, shape, part of speech (the tagger's own OpenNLP model), the neighbours, whether it
 * opens a sentence, membership of our lists (person-name words, places, organisations, titles, cue words, the
 * dictionary) and what the rules ({@link EnglishNameTagger}, memory of the sentence only) say about it and its
 * neighbours, so the model learns where to trust them. One instance per name finder and thread: it caches the
 * current sentence.
 */
final class EnglishFeatures implements AdaptiveFeatureGenerator {
    private static final int WINDOW = 2;

    private final Gazetteer gazetteer;
    private final EnglishNameTagger rules;
    private String[] cachedTokens;
    private Primed cachedPrimed;
    private Token[] cached;

    /** The rules' spans for the sentence about to be decoded on this thread, found with the document's memory. */
    private static final ThreadLocal<Primed> PRIMED = new ThreadLocal<>();

    private record Primed(String[] tokens, List<Span> rules) {
    }

    /**
     * Gives the features of the next sentence the rules' spans found with the document's name memory (the caller
     * ran the rules already); without it the features run the rules with the sentence's memory only.
     */
    static void prime(String[] tokens, List<Span> rules) {
        PRIMED.set(new Primed(tokens.clone(), List.copyOf(rules)));
    }

    EnglishFeatures(Gazetteer gazetteer, EnglishNameTagger rules) {
        this.gazetteer = gazetteer;
        this.rules = rules;
    }

    /** What we know of one token before looking at its neighbours. */
    private record Token(String word, String lower, String shape, String pos, String lists, String rule,
            String known, String listed, boolean opener) {
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        Token[] ts = tokens(tokens);
        Token t = ts[index];
        features.add("w=" + t.word);
        features.add("lw=" + t.lower);
        features.add("sh=" + t.shape);
        features.add("open=" + t.opener);
        for (int n = 2; n <= 4; n++) {
            features.add("p" + n + "=" + head(t.lower, n));
            features.add("s" + n + "=" + tail(t.lower, n));
        }
        for (int k = -WINDOW; k <= WINDOW; k++) {
            int j = index + k;
            Token o = j < 0 || j >= ts.length ? null : ts[j];
            String at = Integer.toString(k);
            if (o == null) {
                features.add("edge" + at);
                continue;
            }
            features.add("rule" + at + "=" + o.rule);
            features.add("pos" + at + "=" + o.pos);
            features.add("gaz" + at + "=" + o.known);
            features.add("listed" + at + "=" + o.listed);
            if (!o.lists.isEmpty()) {
                for (String l : o.lists.split(",")) {
                    features.add("list" + at + "=" + l);
                }
            }
            if (k != 0) {
                features.add("lw" + at + "=" + o.lower);
                if (Math.abs(k) == 1) {
                    features.add("sh" + at + "=" + o.shape);
                }
            }
        }
        Token before = index > 0 ? ts[index - 1] : null;
        Token after = index + 1 < ts.length ? ts[index + 1] : null;
        features.add("ww-1=" + (before == null ? "^" : before.lower) + "_" + t.lower);
        features.add("ww+1=" + t.lower + "_" + (after == null ? "$" : after.lower));
        features.add("rs=" + t.rule + "_" + t.shape);
        features.add("rp=" + t.rule + "_" + t.pos + "_" + t.opener);
        features.add("pp=" + (before == null ? "^" : before.pos) + "_" + t.pos + "_" + (after == null ? "$" : after.pos));
        String previous = index > 0 && previousOutcomes != null && index - 1 < previousOutcomes.length
                ? previousOutcomes[index - 1] : "^";
        features.add("pt=" + previous);
        features.add("pt_sh=" + previous + "_" + t.shape);
    }

    private Token[] tokens(String[] tokens) {
        Primed primed = PRIMED.get();
        if (!Arrays.equals(tokens, cachedTokens) || primed != cachedPrimed) {
            cached = describe(tokens, primed);
            cachedTokens = tokens;
            cachedPrimed = primed;
        }
        return cached;
    }

    private Token[] describe(String[] tokens, Primed primed) {
        List<Span> byRules = primed != null && Arrays.equals(primed.tokens, tokens) ? primed.rules
                : rules.tag(tokens, new NameMemory());
        String[] rule = bio(tokens.length, byRules);
        String[] known = bio(tokens.length, knownSpans(tokens));
        String[] pos = rules.partsOfSpeech(tokens);
        String[] listed = listedTags(tokens);
        Token[] out = new Token[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            boolean opener = i == 0 || EnglishWords.opensSentence(tokens[i - 1]);
            out[i] = new Token(t, t.toLowerCase(Locale.ROOT), shape(t), pos[i], lists(t), rule[i], known[i], listed[i], opener);
        }
        return out;
    }

    /** Longest dictionary names (given names alone excluded) opening on a capitalised word. */
    private List<Span> knownSpans(String[] tokens) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int end = EnglishWords.capitalised(tokens[i]) ? rules.knownEnd(tokens, i) : 0;
            if (end > i) {
                spans.add(new Span(i, end, gazetteer.find(EnglishNameTagger.key(tokens, i, end)).orElseThrow().type(),
                        null, false));
                i = end;
            } else {
                i++;
            }
        }
        return spans;
    }

    /** The end of the longest name of our place and organisation lists opening at {@code start}, or 0. */
    private static int listedEnd(String[] tokens, int start) {
        for (int end = Math.min(tokens.length, start + 4); end > start; end--) {
            if (EnglishNames.listed(tokens, start, end)) {
                return end;
            }
        }
        return 0;
    }

    /** B/I tags of the longest names of our place and organisation lists (L), O elsewhere. */
    private static String[] listedTags(String[] tokens) {
        String[] tags = new String[tokens.length];
        Arrays.fill(tags, "O");
        int i = 0;
        while (i < tokens.length) {
            int end = EnglishWords.capitalised(tokens[i]) ? listedEnd(tokens, i) : 0;
            for (int j = i; j < end; j++) {
                tags[j] = j == i ? "B-L" : "I-L";
            }
            i = Math.max(i + 1, end);
        }
        return tags;
    }

    private String lists(String t) {
        List<String> in = new ArrayList<>();
        int uses = EnglishWords.personWordCount(t);
        if (uses > 0) {
            in.add(uses >= 1000 ? "person-1000" : uses >= 100 ? "person-100" : uses >= 20 ? "person-20" : "person-2");
        }
        gazetteer.find(Gazetteer.key(t)).ifPresent(k -> in.add(k.givenName() ? "given" : "name-" + k.type()));
        if (EnglishWords.listedPlace(t)) {
            in.add("place");
        }
        if (EnglishWords.listedOrganisation(t)) {
            in.add("org");
        }
        if (EnglishWords.title(t)) {
            in.add("title");
        }
        EnglishWords.cueType(new String[] {t}, 0, 1).ifPresent(c -> in.add("cue-" + c));
        if (EnglishWords.cueWordAlone(t)) {
            in.add("cue-word");
        }
        if (EnglishWords.notName(t)) {
            in.add("not-name");
        }
        if (EnglishWords.notNameAlone(t)) {
            in.add("not-alone");
        }
        if (EnglishWords.commonAtStart(t)) {
            in.add("common-start");
        }
        if (EnglishWords.organisationShape(t)) {
            in.add("org-shape");
        }
        return String.join(",", in);
    }

    private static String[] bio(int size, List<Span> spans) {
        String[] tags = new String[size];
        Arrays.fill(tags, "O");
        for (Span s : spans) {
            for (int i = s.start(); i < s.end(); i++) {
                tags[i] = (i == s.start() ? "B-" : "I-") + s.type().name();
            }
        }
        return tags;
    }

    /** Word shape: character classes with runs collapsed ("Xx", "X.", "d-d", "xX"), capped in length. */
    static String shape(String token) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < token.length() && b.length() < 6; i++) {
            char c = token.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd'
                    : Character.isLetter(c) ? 'l' : c;
            if (k != last) {
                b.append(k);
                last = k;
            }
        }
        return b.toString();
    }

    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }
}
