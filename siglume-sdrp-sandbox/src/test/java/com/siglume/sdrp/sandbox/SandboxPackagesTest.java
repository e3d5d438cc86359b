package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layout rules of the sandbox's main sources: the API package depends on none of its
 * subpackages, the subpackages depend on each other without cycles, and packages and files
 * stay small.
 */
class SandboxPackagesTest {

    private static final Path ROOT = Path.of("src/main/java/com/siglume/sdrp/sandbox");
    private static final String BASE = "com.siglume.sdrp.sandbox";
    private static final Pattern REFERENCE = Pattern.compile("\\bcom\\.siglume\\.sdrp\\.sandbox\\.([a-z]\\w*)\\.");

    /** Package of each source file, and the sandbox subpackages it refers to. */
    private static final Map<String, Set<String>> DEPENDENCIES = new TreeMap<>();
    private static final Map<String, List<Path>> FILES = new TreeMap<>();

    @BeforeAll
    static void readSources() throws IOException {
        try (Stream<Path> paths = Files.walk(ROOT)) {
            for (Path file : paths.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path folder = ROOT.relativize(file.getParent());
                String pack = folder.toString().isEmpty() ? BASE : BASE + "." + folder.toString().replace('/', '.');
                FILES.computeIfAbsent(pack, key -> new ArrayList<>()).add(file);
                Set<String> uses = DEPENDENCIES.computeIfAbsent(pack, key -> new TreeSet<>());
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith("package ")) {
                        continue;
                    }
                    Matcher matcher = REFERENCE.matcher(line);
                    while (matcher.find()) {
                        String used = BASE + "." + matcher.group(1);
                        if (!used.equals(pack)) {
                            uses.add(used);
                        }
                    }
                }
            }
        }
        assertThat(FILES).containsKeys(BASE, BASE + ".http", BASE + ".routes");
    }

    @Test
    void theApiPackageUsesNoneOfItsSubpackages() {
        assertThat(DEPENDENCIES.get(BASE)).isEmpty();
    }

    @Test
    void subpackagesDependOnEachOtherWithoutCycles() {
        for (String start : DEPENDENCIES.keySet()) {
            assertThat(reachable(start)).as("packages reached from " + start).doesNotContain(start);
        }
    }

    @Test
    void noPackageHasMoreThanThirtyFilesAndNoFileMoreThanSixHundredLines() throws IOException {
        for (Map.Entry<String, List<Path>> pack : FILES.entrySet()) {
            assertThat(pack.getValue()).as(pack.getKey()).hasSizeLessThanOrEqualTo(30);
            for (Path file : pack.getValue()) {
                assertThat(Files.readAllLines(file)).as(file.toString()).hasSizeLessThanOrEqualTo(600);
            }
        }
    }

    private static Set<String> reachable(String start) {
        Set<String> seen = new HashSet<>();
        List<String> next = new ArrayList<>(DEPENDENCIES.getOrDefault(start, Set.of()));
        while (!next.isEmpty()) {
            String pack = next.remove(next.size() - 1);
            if (seen.add(pack)) {
                next.addAll(DEPENDENCIES.getOrDefault(pack, Set.of()));
            }
        }
        return seen;
    }
}
