package org.mojaz.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features of one Arabic token for the trained name finder: the word, its clitic-free normalised form, prefixes
 * and suffixes, shape, the neighbours, membership of our name lists and cue-word lists, what the rules
 * ({@link ArabicNameTagger}, memory of the sentence only) say about it, the word clusters of it and its neighbours
 * (learnt from unlabeled news, {@link ArabicWordStats}), how much it and its neighbours are spelt like person
 * names and it like place names ({@link NameLikeness}: names no list holds) and the tag given to the previous
 * token. One instance per name finder and thread: it caches the current sentence. The three OpenNLP models of the vote
 * ({@link ArabicNameModel}) read differently: left to right; right to left (the previous tag is the next word's); left to right knowing
 * whether the word is a token of Wikidata person names, bucketed by how the news uses it (with the article, how
 * often), so that a name word that is mostly a common noun (أنصار) is told apart from a rare one. The sentence-level
 * models ({@link ArabicSequenceModel}) read the last way, without the previous tag (their decoder pairs it).
 */
final class ArabicFeatures implements AdaptiveFeatureGenerator {
    private static final int WINDOW = 2;

    private final Gazetteer gazetteer;
    private final ArabicNameTagger rules;
    private final ArabicWordStats words = ArabicWordStats.shared();
    private final ArabicNameModel.Reading reading;
    private final NameLexicon lexicon;
    private final NameLikeness likeness = NameLikeness.shared();
    private String[] cachedTokens;
    private Token[] cached;

    ArabicFeatures(Gazetteer gazetteer) {
        this(gazetteer, ArabicNameModel.Reading.FORWARD);
    }

    /**
     * With {@link ArabicNameModel.Reading#BACKWARD} the name finder sees the sentence reversed: each token is still
     * described in the sentence's own order, then the descriptions are reversed with the tokens.
     */
    ArabicFeatures(Gazetteer gazetteer, ArabicNameModel.Reading reading) {
        this.gazetteer = gazetteer;
        this.rules = new ArabicNameTagger(gazetteer);
        this.reading = reading;
        this.lexicon = reading == ArabicNameModel.Reading.PERSON_WORDS ? NameLexicon.shared() : null;
    }

    /** What we know of one token before looking at its neighbours. */
    private record Token(String core, String bare, String shape, String lists, String rule, String known,
            ArabicWordStats.Stat stat, String coarse, String fine, String person, NameLikeness.Scores like) {
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        Token[] ts = tokens(tokens);
        Token t = ts[index];
        features.add("w=" + t.core);
        features.add("b=" + t.bare);
        features.add("sh=" + t.shape);
        features.add("cl=" + clitic(t));
        for (int n = 2; n <= 3; n++) {
            features.add("p" + n + "=" + head(t.bare, n));
            features.add("s" + n + "=" + tail(t.bare, n));
        }
        features.add("len=" + Math.min(t.bare.length(), 8));
        if (t.person != null) {
            features.add("pw0=" + t.person);
        }
        features.add("nlp=" + t.like.person());
        features.add("nll=" + t.like.place());
        features.add("nlp-1=" + (index > 0 ? ts[index - 1].like.person() : "^"));
        features.add("nlp+1=" + (index + 1 < ts.length ? ts[index + 1].like.person() : "$"));
        for (int k = -WINDOW; k <= WINDOW; k++) {
            int j = index + k;
            Token o = j < 0 || j >= ts.length ? null : ts[j];
            String at = Integer.toString(k);
            if (o == null) {
                features.add("edge" + at);
                continue;
            }
            features.add("rule" + at + "=" + o.rule);
            features.add("cc" + at + "=" + o.coarse);
            if (Math.abs(k) <= 1) {
                features.add("cf" + at + "=" + o.fine);
            }
            if (Math.abs(k) <= 1) {
                features.add("fq" + at + "=" + (o.stat == null ? "none" : o.stat.frequency()));
                features.add("art" + at + "=" + (o.stat == null ? "none" : o.stat.articleShare()));
            }
            features.add("gaz" + at + "=" + o.known);
            if (!o.lists.isEmpty()) {
                for (String l : o.lists.split(",")) {
                    features.add("list" + at + "=" + l);
                }
            }
            if (k != 0) {
                features.add("b" + at + "=" + o.bare);
                features.add("sh" + at + "=" + o.shape);
                if (Math.abs(k) == 1) {
                    features.add("s2" + at + "=" + tail(o.bare, 2));
                }
            }
        }
        features.add("bb-1=" + (index > 0 ? ts[index - 1].bare : "^") + "_" + t.bare);
        features.add("bb+1=" + t.bare + "_" + (index + 1 < ts.length ? ts[index + 1].bare : "$"));
        features.add("rr=" + t.rule + "_" + t.known);
        features.add("cf-1=" + (index > 0 ? ts[index - 1].fine : "^") + "_" + t.fine);
        features.add("cf+1=" + t.fine + "_" + (index + 1 < ts.length ? ts[index + 1].fine : "$"));
        String previous = index > 0 && previousOutcomes != null && index - 1 < previousOutcomes.length
                ? previousOutcomes[index - 1] : "^";
        features.add("pt=" + previous);
        features.add("pt_cf=" + previous + "_" + t.fine);
        if (t.stat != null) {
            features.add("ml=" + t.stat.left());
            features.add("mr=" + t.stat.right());
        }
    }

    private Token[] tokens(String[] tokens) {
        if (tokens != cachedTokens) {
            cached = reading == ArabicNameModel.Reading.BACKWARD ? reversed(describe(reversed(tokens)))
                    : describe(tokens);
            cachedTokens = tokens;
        }
        return cached;
    }

    private static <T> T[] reversed(T[] in) {
        T[] out = in.clone();
        for (int i = 0; i < in.length; i++) {
            out[i] = in[in.length - 1 - i];
        }
        return out;
    }

    private Token[] describe(String[] tokens) {
        String[] rule = bio(tokens.length, rules.tag(tokens, new NameMemory()));
        String[] known = bio(tokens.length, knownSpans(tokens));
        Token[] out = new Token[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            String core = ArabicWords.core(tokens[i]);
            List<String> stems = core.isEmpty() ? List.of("") : ArabicWords.stems(core);
            String bare = stems.get(stems.size() - 1);
            String key = core.isEmpty() ? null : ArabicWordStats.reading(core)[0];
            ArabicWordStats.Stat stat = key == null ? null : words.of(key);
            ArabicWordStats.Cluster cluster = key == null ? null : words.cluster(key);
            out[i] = new Token(core, bare, shape(tokens[i]), lists(stems, core), rule[i], known[i], stat,
                    cluster == null ? "none" : cluster.coarse(), cluster == null ? "none" : cluster.fine(),
                    person(stems, stat), likeness.of(key == null ? "" : key));
        }
        return out;
    }

    /** Longest dictionary names, read through the first word's clitics (given names alone excluded). */
    private List<Span> knownSpans(String[] tokens) {
        List<Span> spans = new ArrayList<>();
        String[] cores = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            cores[i] = ArabicWords.core(tokens[i]);
        }
        int i = 0;
        while (i < tokens.length) {
            Optional<Span> s = cores[i].isEmpty() ? Optional.empty() : known(cores, i);
            if (s.isPresent()) {
                spans.add(s.get());
                i = s.get().end();
            } else {
                i++;
            }
        }
        return spans;
    }

    private Optional<Span> known(String[] cores, int i) {
        for (int end = Math.min(cores.length, i + Gazetteer.MAX_TOKENS); end > i; end--) {
            StringBuilder rest = new StringBuilder();
            for (int j = i + 1; j < end; j++) {
                rest.append(' ').append(cores[j]);
            }
            for (String stem : ArabicWords.stems(cores[i])) {
                Optional<KnownName> k = gazetteer.find(stem + rest);
                if (k.isPresent() && !k.get().givenName()) {
                    return Optional.of(new Span(i, end, k.get().type(), k.get(), false));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a reading of the word is a Wikidata person-name token, with the word's article share (0-4) and
     * halved log2 frequency in the news (a name word used mostly as a common noun is told apart); null when this
     * model does not look.
     */
    private String person(List<String> stems, ArabicWordStats.Stat stat) {
        if (lexicon == null) {
            return null;
        }
        for (String s : stems) {
            if (!s.isEmpty() && lexicon.personWord(s)) {
                return stat == null ? "rare" : stat.articleShare() + "_" + Math.min(stat.frequency() / 2, 6);
            }
        }
        return "no";
    }

    private String lists(List<String> stems, String core) {
        List<String> in = new ArrayList<>();
        for (String s : stems) {
            gazetteer.find(s).ifPresent(k -> in.add(k.givenName() ? "given" : "name-" + k.type()));
            gazetteer.nisba(s).ifPresent(k -> in.add("nisba"));
        }
        if (ArabicWords.anyIn(stems, ArabicWords.PERSON_TITLES)) {
            in.add("title");
        }
        if (ArabicWords.anyIn(stems, ArabicWords.ORG_CUES)) {
            in.add("org-cue");
        }
        if (ArabicWords.anyIn(stems, ArabicWords.PLACE_CUES)) {
            in.add("place-cue");
        }
        if (ArabicWords.SPEECH_VERBS.contains(core)) {
            in.add("speech");
        }
        if (ArabicWords.NAME_LINKS.contains(core)) {
            in.add("link");
        }
        if (ArabicWords.TITLE_FILLERS.contains(core)) {
            in.add("filler");
        }
        if (!core.isEmpty() && ArabicWords.notName(core)) {
            in.add("not-name");
        }
        return String.join(",", in.stream().distinct().toList());
    }

    private static String[] bio(int size, List<Span> spans) {
        String[] tags = new String[size];
        java.util.Arrays.fill(tags, "O");
        for (Span s : spans) {
            String type = s.adjective() ? "ADJ" : s.type().name();
            for (int i = s.start(); i < s.end(); i++) {
                tags[i] = (i == s.start() ? "B-" : "I-") + type;
            }
        }
        return tags;
    }

    private static String clitic(Token t) {
        return t.core.length() > t.bare.length() && t.core.endsWith(t.bare)
                ? t.core.substring(0, t.core.length() - t.bare.length()) : "-";
    }

    private static String shape(String token) {
        if (token.isEmpty()) {
            return "empty";
        }
        char c = token.charAt(0);
        if (Character.isDigit(c)) {
            return "digit";
        }
        if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
            return Character.isUpperCase(c) ? "Latin-cap" : "latin";
        }
        if (!Character.isLetter(c)) {
            return token.length() == 1 ? "punct" : "punct+";
        }
        return token.chars().allMatch(Character::isLetter) ? "ar" : "ar+";
    }

    private static String head(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static String tail(String s, int n) {
        return s.length() <= n ? s : s.substring(s.length() - n);
    }
}
