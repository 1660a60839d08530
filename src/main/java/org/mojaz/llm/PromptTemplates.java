package org.mojaz.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mojaz.config.ConfigException;

/**
 * The prompt templates, read from the configured folder ({@code prompts.dir}) so they can be edited without a
 * rebuild; a file missing there is read from the copy packaged in the jar ({@code mojaz-defaults/prompts/}).
 * Placeholders are {@code {{name}}}; the known names are listed in {@code prompts/README.md} and an unknown one stops
 * start-up. A {@link #version(String...) version} is a short SHA-256 of the named templates only and is stored with
 * what they produced (the summarize templates' version with every Digest), so adding or editing another template
 * (a question's answer) leaves cached digests valid.
 */
public final class PromptTemplates {
    public static final String SUMMARIZE_SYSTEM = "summarize.txt";
    public static final String SUMMARIZE_USER = "summarize-user.txt";
    public static final String SUMMARIZE_REPAIR = "summarize-repair.txt";
    /** The templates one summary is made with; their version is the Digest's prompt version. */
    public static final List<String> SUMMARIZE = List.of(SUMMARIZE_SYSTEM, SUMMARIZE_USER, SUMMARIZE_REPAIR);
    /** The system prompt of a briefing's two-line overview; the stories go in the user message. */
    public static final String BRIEFING = "briefing.txt";
    public static final String ANSWER_SYSTEM = "answer.txt";
    public static final String ANSWER_USER = "answer-user.txt";
    public static final String ANSWER_REPAIR = "answer-repair.txt";
    /** The templates a question's answer is made with; their version keys the cached answers. */
    public static final List<String> ANSWER = List.of(ANSWER_SYSTEM, ANSWER_USER, ANSWER_REPAIR);
    /** Every template {@link #load} reads. */
    static final List<String> ALL = List.of(SUMMARIZE_SYSTEM, SUMMARIZE_USER, SUMMARIZE_REPAIR, ANSWER_SYSTEM,
            ANSWER_USER, ANSWER_REPAIR, BRIEFING);
    static final Set<String> PLACEHOLDERS = Set.of("summary_words", "key_points", "title", "language", "published",
            "site", "article", "errors", "question", "passages", "history", "answer_language");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)}}");
    private static final String PACKAGED = "mojaz-defaults/prompts/";

    private final Map<String, String> texts;

    private PromptTemplates(Map<String, String> texts) {
        this.texts = Map.copyOf(texts);
    }

    /** Loads every template from {@code dir}, each falling back to the packaged default. */
    public static PromptTemplates load(Path dir) {
        return load(dir, ALL);
    }

    static PromptTemplates load(Path dir, List<String> names) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : names) {
            String text = read(dir, name);
            checkPlaceholders(name, text);
            texts.put(name, text);
        }
        return new PromptTemplates(texts);
    }

    /** Short SHA-256 (12 hex digits) of the named templates, in that order; changes when one of their texts does. */
    public String version(List<String> names) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String name : names) {
            chosen.put(name, text(name));
        }
        return hash(chosen);
    }

    /** The raw text of one template. */
    public String text(String name) {
        String t = texts.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no prompt template " + name);
        }
        return t;
    }

    /**
     * The template with its placeholders replaced in one pass: text inside a value is never scanned again, so an
     * article that contains {@code {{errors}}} stays literal. Placeholders without a value become empty.
     */
    public String render(String name, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text(name));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String read(Path dir, String name) {
        Path file = dir == null ? null : dir.resolve(name);
        try {
            if (file != null && Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            try (InputStream in = PromptTemplates.class.getClassLoader().getResourceAsStream(PACKAGED + name)) {
                if (in == null) {
                    throw new ConfigException("Prompt template " + name + " is missing from " + dir
                            + " and from the jar.");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read prompt template " + name, e);
        }
    }

    private static void checkPlaceholders(String name, String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new ConfigException("Prompt template " + name + " uses unknown placeholder {{" + m.group(1)
                        + "}}; known: " + PLACEHOLDERS.stream().sorted().toList() + " (see prompts/README.md).");
            }
        }
    }

    private static String hash(Map<String, String> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, String> e : texts.entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
