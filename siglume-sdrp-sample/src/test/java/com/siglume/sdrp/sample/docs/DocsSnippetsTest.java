package com.siglume.sdrp.sample.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import com.siglume.sdrp.spring.checkout.SiglumeCheckoutProperties;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ByteArrayResource;

/**
 * Keeps the documentation true to the code.
 *
 * <ul>
 *   <li>Every {@code ```java} block of {@code README.md} and {@code docs/*.md} must appear, line for line (each line
 *       trimmed, after removing the block's common indentation), as a contiguous run of lines in
 *       some {@code .java} file under a module's {@code src/} directory. Those files are compiled
 *       by the build, so every documented snippet compiles.</li>
 *   <li>Every {@code siglume.*} key in a {@code ```properties} or {@code ```yaml} block must bind,
 *       with the value the block gives it, to {@link SiglumeProperties} ({@code siglume.checkout.*}
 *       to {@link SiglumeCheckoutProperties}): a misspelt key, a removed property or an impossible
 *       value fails.</li>
 * </ul>
 * The project root is found by walking up from this module to the directory holding both
 * {@code docs/} and the parent {@code pom.xml}.
 */
class DocsSnippetsTest {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([A-Za-z0-9_+-]*)\\s*$");
    private static final String PROPERTY_PREFIX = "siglume.";
    private static final String CHECKOUT_PREFIX = "siglume.checkout.";

    private static Path root;
    private static List<Block> blocks;
    private static List<SourceFile> sources;

    @BeforeAll
    static void readDocsAndSources() throws IOException {
        root = projectRoot();
        List<Path> markdown;
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            markdown = Stream.concat(Stream.of(root.resolve("README.md")),
                    files.filter(file -> file.getFileName().toString().endsWith(".md")).sorted()).toList();
        }
        blocks = new ArrayList<>();
        for (Path file : markdown) {
            blocks.addAll(fencedBlocks(root.relativize(file).toString(), Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        sources = javaSources(root);
    }

    @TestFactory
    Stream<DynamicTest> everyJavaBlockIsInACompiledSourceFile() {
        List<Block> java = blocks.stream().filter(block -> block.language().equals("java")).toList();
        assertThat(java).as("java blocks in %s", root.resolve("docs")).isNotEmpty();
        return java.stream().map(block -> DynamicTest.dynamicTest(block.location() + " java", () -> {
            if (findSource(block.lines()).isEmpty()) {
                fail(notFoundMessage(block));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everySiglumePropertyBindsToSiglumeProperties() {
        List<Block> configuration = blocks.stream()
                .filter(block -> block.language().equals("properties") || block.language().equals("yaml")
                        || block.language().equals("yml"))
                .toList();
        List<DynamicTest> tests = new ArrayList<>();
        int keys = 0;
        for (Block block : configuration) {
            Map<String, String> siglume = siglumeProperties(block);
            keys += siglume.size();
            siglume.forEach((key, value) -> tests.add(DynamicTest.dynamicTest(block.location() + " " + key, () -> {
                Optional<String> problem = bindProblem(key, value);
                if (problem.isPresent()) {
                    fail(block.location() + ": " + key + "=" + value + " does not bind to SiglumeProperties: "
                            + problem.get() + "\n" + String.join("\n", block.lines()));
                }
            })));
        }
        assertThat(keys).as("siglume.* keys in properties/yaml blocks of %s", root.resolve("docs")).isPositive();
        return tests.stream();
    }

    @Test
    void aBlockChangedAwayFromTheSourcesIsReported() {
        Block first = blocks.stream().filter(block -> block.language().equals("java")).findFirst().orElseThrow();
        assertThat(findSource(first.lines())).isPresent();

        List<String> changed = new ArrayList<>(first.lines());
        changed.add(changed.size() / 2, "orders.markPaidTwice(); // in no source file");
        assertThat(findSource(changed)).isEmpty();
        assertThat(notFoundMessage(new Block(first.file(), first.line(), "java", changed)))
                .contains(first.location()).contains("orders.markPaidTwice();");
    }

    @Test
    void anUnknownOrInvalidPropertyIsReported() {
        assertThat(bindProblem("siglume.webhook.secret", "whsec_test")).isEmpty();
        assertThat(bindProblem("siglume.webhook.additional-secrets[0]", "whsec_old")).isEmpty();
        assertThat(bindProblem("siglume.webhook.tolerence", "5m")).isPresent();
        assertThat(bindProblem("siglume.merchant-token", "t")).isPresent();
        assertThat(bindProblem("siglume.env", "staging")).isPresent();
    }

    /** Finds the source file holding the block's lines in a row; the location, or empty. */
    private static Optional<String> findSource(List<String> blockLines) {
        List<String> wanted = blockLines.stream().map(String::trim).toList();
        for (SourceFile source : sources) {
            int at = indexOf(source.trimmedLines(), wanted);
            if (at >= 0) {
                return Optional.of(source.path() + ":" + (at + 1));
            }
        }
        return Optional.empty();
    }

    private static int indexOf(List<String> lines, List<String> wanted) {
        outer:
        for (int start = 0; start + wanted.size() <= lines.size(); start++) {
            for (int i = 0; i < wanted.size(); i++) {
                if (!lines.get(start + i).equals(wanted.get(i))) {
                    continue outer;
                }
            }
            return start;
        }
        return -1;
    }

    /** Says which source comes closest and where the block leaves it, to make fixing easy. */
    private static String notFoundMessage(Block block) {
        List<String> wanted = block.lines().stream().map(String::trim).toList();
        String closest = null;
        int best = 0;
        for (SourceFile source : sources) {
            List<String> lines = source.trimmedLines();
            for (int start = 0; start < lines.size(); start++) {
                int matched = 0;
                while (matched < wanted.size() && start + matched < lines.size()
                        && lines.get(start + matched).equals(wanted.get(matched))) {
                    matched++;
                }
                if (matched > best) {
                    best = matched;
                    closest = source.path() + ":" + (start + 1);
                }
            }
        }
        String hint = closest == null
                ? "No source file has even its first line (" + wanted.get(0) + ")."
                : "Closest: " + closest + " matches " + best + " line(s), then the block has: "
                        + (best < wanted.size() ? wanted.get(best) : "(end)");
        return block.location() + ": this ```java block is not in any .java file under a module's src/ directory."
                + " Put it, unchanged, in compiled sources (for example a docs package of the test sources)."
                + "\n" + hint + "\n--- block ---\n" + String.join("\n", block.lines());
    }

    private static Map<String, String> siglumeProperties(Block block) {
        Map<String, String> all = new LinkedHashMap<>();
        String text = String.join("\n", block.lines());
        if (block.language().equals("properties")) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException(block.location(), e);
            }
            properties.stringPropertyNames().stream().sorted().forEach(key -> all.put(key, properties.getProperty(key)));
        } else {
            List<PropertySource<?>> documents;
            try {
                documents = new YamlPropertySourceLoader().load(block.location(),
                        new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(block.location(), e);
            }
            for (PropertySource<?> document : documents) {
                EnumerablePropertySource<?> enumerable = (EnumerablePropertySource<?>) document;
                for (String key : enumerable.getPropertyNames()) {
                    all.put(key, String.valueOf(enumerable.getProperty(key)));
                }
            }
        }
        Map<String, String> siglume = new LinkedHashMap<>();
        all.forEach((key, value) -> {
            if (key.toLowerCase(Locale.ROOT).startsWith(PROPERTY_PREFIX)) {
                siglume.put(key, value);
            }
        });
        return siglume;
    }

    /** Binds one property to {@link SiglumeProperties}; the problem, or empty when it binds. */
    private static Optional<String> bindProblem(String key, String value) {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(key, value)));
        BindHandler strict = new NoUnboundElementsBindHandler(BindHandler.DEFAULT);
        try {
            if (key.startsWith(CHECKOUT_PREFIX)) {
                binder.bind("siglume.checkout", Bindable.of(SiglumeCheckoutProperties.class), strict);
            } else {
                binder.bind("siglume", Bindable.of(SiglumeProperties.class), strict);
            }
            return Optional.empty();
        } catch (BindException e) {
            return Optional.of(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        }
    }

    /** Reads every fenced block: its language (the info string's first word) and lines. */
    static List<Block> fencedBlocks(String file, List<String> lines) {
        List<Block> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                i++;
                continue;
            }
            String fence = open.group(2);
            int start = i + 1;
            int end = start;
            while (end < lines.size() && !isClosing(lines.get(end), fence)) {
                end++;
            }
            found.add(new Block(file, start, open.group(3).toLowerCase(Locale.ROOT), dedent(lines.subList(start, end))));
            i = end + 1;
        }
        return found;
    }

    private static boolean isClosing(String line, String fence) {
        String trimmed = line.trim();
        return trimmed.startsWith(fence) && trimmed.chars().allMatch(c -> c == fence.charAt(0));
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }

    private static List<SourceFile> javaSources(Path root) throws IOException {
        List<SourceFile> found = new ArrayList<>();
        // Modules, and modules nested in a module's directory (siglume-sdrp-sandbox/spring-boot).
        try (Stream<Path> modules = Files.find(root, 2, (dir, attributes) -> Files.isRegularFile(dir.resolve("pom.xml")))) {
            for (Path src : modules.map(module -> module.resolve("src")).filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.walk(src)) {
                    for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                        List<String> trimmed = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                                .map(String::trim).toList();
                        found.add(new SourceFile(root.relativize(file).toString(), trimmed));
                    }
                }
            }
        }
        assertThat(found).as("java sources under %s/*/src", root).isNotEmpty();
        return found;
    }

    /** Walks up from this module's compiled test classes to the directory with docs/ and the parent pom. */
    static Path projectRoot() {
        Path start;
        try {
            start = Path.of(DocsSnippetsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No directory with docs/ and pom.xml above " + start);
    }

    /**
     * One fenced block.
     *
     * @param file the markdown file, relative to the project root
     * @param line the 1-based line of the opening fence
     * @param language the info string's first word, lower-cased, or empty
     * @param lines the block's lines, common indentation removed
     */
    record Block(String file, int line, String language, List<String> lines) {

        String location() {
            return file + ":" + line;
        }
    }

    /**
     * A Java source file.
     *
     * @param path the path relative to the project root
     * @param trimmedLines its lines, each trimmed
     */
    record SourceFile(String path, List<String> trimmedLines) {
    }
}
