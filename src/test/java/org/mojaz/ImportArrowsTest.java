package org.mojaz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dependency direction of {@code ../shared/ARCHITECTURE.md}, read from the sources under {@code src/main/java}:
 * every {@code org.mojaz.<package>.<Class>} a file names (imports and qualified names alike) is an arrow from its
 * package to that one. {@code (root)} is {@code org.mojaz} itself, where {@code Main} and {@code App} wire the rest.
 */
class ImportArrowsTest {
    private static final Path SOURCES = Path.of("src/main/java/org/mojaz");
    private static final String ROOT = "(root)";
    private static final Pattern NAMED = Pattern.compile("\\borg\\.mojaz\\.(?:([a-z][a-z0-9]*)\\.)?[A-Z]");
    private static final Pattern EXTERNAL = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([a-z][\\w.]*)\\.");

    @Test
    void should_find_no_cycle_between_packages() {
        Map<String, Set<String>> arrows = arrows();

        assertThat(cycles(arrows)).as("package cycles in %s", arrows).isEmpty();
    }

    @Test
    void should_let_only_the_root_package_wire_the_app() {
        assertThat(into(ROOT)).as("packages that name org.mojaz.App or Main").isEmpty();
    }

    @Test
    void should_keep_store_and_core_free_of_every_feature() {
        Map<String, Set<String>> arrows = arrows();

        assertThat(arrows.get("core")).isEmpty();
        assertThat(arrows.get("store")).isSubsetOf("core");
        assertThat(arrows.get("text")).isSubsetOf("core");
    }

    @Test
    void should_keep_text_entity_and_llm_away_from_the_store() {
        assertThat(into("store")).doesNotContain("text", "entity", "llm");
    }

    @Test
    void should_let_telegram_reach_the_store_only_through_chat() {
        assertThat(into("store")).doesNotContain("telegram", "console");
    }

    @Test
    void should_let_only_telegram_speak_telegrambots_only_llm_speak_langchain4j_and_only_store_write_sql() {
        Map<String, Set<String>> external = externalImports();

        assertThat(importers(external, "org.telegram")).containsOnly("telegram");
        assertThat(importers(external, "dev.langchain4j")).containsOnly("llm");
        assertThat(importers(external, "java.sql")).containsOnly("store");
        assertThat(importers(external, "org.flywaydb")).containsOnly("store");
    }

    @Test
    void should_see_a_cycle_when_there_is_one() {
        Map<String, Set<String>> withCycle = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a"));

        assertThat(cycles(withCycle)).containsExactly(List.of("a", "b", "c", "a"));
    }

    private static Set<String> into(String target) {
        Set<String> from = new TreeSet<>();
        arrows().forEach((pkg, to) -> {
            if (to.contains(target)) {
                from.add(pkg);
            }
        });
        return from;
    }

    private static Set<String> importers(Map<String, Set<String>> external, String prefix) {
        Set<String> from = new TreeSet<>();
        external.forEach((pkg, imports) -> {
            if (imports.stream().anyMatch(i -> i.equals(prefix) || i.startsWith(prefix + "."))) {
                from.add(pkg);
            }
        });
        return from;
    }

    /** Package to the org.mojaz packages its sources name, itself excluded. */
    static Map<String, Set<String>> arrows() {
        Map<String, Set<String>> arrows = new TreeMap<>();
        for (Path file : sources()) {
            String from = packageOf(file);
            Set<String> to = arrows.computeIfAbsent(from, k -> new TreeSet<>());
            Matcher m = NAMED.matcher(read(file));
            while (m.find()) {
                String target = m.group(1) == null ? ROOT : m.group(1);
                if (!target.equals(from)) {
                    to.add(target);
                }
            }
        }
        return arrows;
    }

    private static Map<String, Set<String>> externalImports() {
        Map<String, Set<String>> imports = new TreeMap<>();
        for (Path file : sources()) {
            Matcher m = EXTERNAL.matcher(read(file));
            while (m.find()) {
                imports.computeIfAbsent(packageOf(file), k -> new TreeSet<>()).add(m.group(1));
            }
        }
        return imports;
    }

    /** Every cycle found by a depth-first walk, each as the path that closes it. */
    static List<List<String>> cycles(Map<String, Set<String>> arrows) {
        List<List<String>> found = new ArrayList<>();
        Set<String> done = new TreeSet<>();
        for (String start : new TreeSet<>(arrows.keySet())) {
            walk(start, arrows, new ArrayList<>(), done, found);
        }
        return found;
    }

    private static void walk(String node, Map<String, Set<String>> arrows, List<String> path, Set<String> done,
                             List<List<String>> found) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            found.add(cycle);
            return;
        }
        if (done.contains(node)) {
            return;
        }
        path.add(node);
        for (String next : new TreeSet<>(arrows.getOrDefault(node, Set.of()))) {
            walk(next, arrows, path, done, found);
        }
        path.remove(path.size() - 1);
        done.add(node);
    }

    private static String packageOf(Path file) {
        Path relative = SOURCES.relativize(file);
        return relative.getNameCount() == 1 ? ROOT : relative.getName(0).toString();
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
            assertThat(java).as("sources under %s", SOURCES).isNotEmpty();
            return java;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
