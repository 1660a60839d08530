package org.mojaz.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mojaz.text.ArabicNormalizer;

/**
 * English names for Arabic organisation names the gazetteer does not know, from the words they are made of:
 * وزارة الفلاحة → Ministry of Agriculture, المعهد الوطني للإحصاء → National Institute of Statistics,
 * حزب العدالة والتنمية → Justice and Development Party. Only when every word is known; never a guess.
 */
final class OrganisationNames {
    private static final String RESOURCE = "/org/mojaz/entity/organisation-words.tsv";

    private record Word(String kind, String english) {
    }

    private final Map<String, Word> words = load();

    /** The English name, or empty when a word is unknown or the name does not start with a known head. */
    Optional<String> english(List<String> tokens) {
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Word head = lookup(tokens.get(0));
        if (head == null || !head.kind().equals("head")) {
            return Optional.empty();
        }
        List<String> adjectives = new ArrayList<>();
        int i = 1;
        for (; i < tokens.size(); i++) {
            Word w = lookup(tokens.get(i));
            if (w == null || !w.kind().equals("adj") || startsWithClitic(tokens.get(i))) {
                break;
            }
            adjectives.add(w.english());
        }
        StringBuilder rest = new StringBuilder();
        for (; i < tokens.size(); i++) {
            Word w = lookup(tokens.get(i));
            if (w == null || w.kind().equals("head")) {
                return Optional.empty();
            }
            if (rest.length() > 0) {
                rest.append(joinedByAnd(tokens.get(i)) ? " and " : " ");
            }
            rest.append(w.english());
        }
        return Optional.of(compose(head.english(), String.join(" ", adjectives), rest.toString()));
    }

    private static String compose(String pattern, String adjectives, String rest) {
        String noun = pattern.replace("{}", "").replace(" of ", "").strip();
        String named = adjectives.isEmpty() ? noun : adjectives + " " + noun;
        if (rest.isEmpty()) {
            return named;
        }
        if (pattern.startsWith("{}")) {
            return rest + " " + (adjectives.isEmpty() ? noun : named);
        }
        return named + " of " + rest;
    }

    /** The word as written, or without a leading و (and), لل / ل (of, for) or ب. */
    private Word lookup(String token) {
        String core = ArabicWords.core(token);
        for (String form : forms(core)) {
            Word w = words.get(form);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    private static List<String> forms(String core) {
        List<String> out = new ArrayList<>(List.of(core));
        String rest = core.startsWith("و") && core.length() > 3 ? core.substring(1) : core;
        out.add(rest);
        if (rest.startsWith("لل") && rest.length() > 3) {
            out.add("ال" + rest.substring(2));
        } else if ((rest.startsWith("ل") || rest.startsWith("ب")) && rest.length() > 3) {
            out.add(rest.substring(1));
        }
        return out;
    }

    /** والماء: "and water" — unless the word itself begins with و (وزارة). */
    private boolean joinedByAnd(String token) {
        String core = ArabicWords.core(token);
        return core.startsWith("و") && !words.containsKey(core);
    }

    private static boolean startsWithClitic(String token) {
        String core = ArabicWords.core(token);
        return core.startsWith("لل") || core.startsWith("و") && !core.startsWith("ول");
    }

    private static Map<String, Word> load() {
        Map<String, Word> map = new HashMap<>();
        try (InputStream in = OrganisationNames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cols = line.split("\t");
                if (line.startsWith("#") || cols.length != 3) {
                    continue;
                }
                map.put(ArabicNormalizer.normalize(cols[0].strip()), new Word(cols[1].strip(), cols[2].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
