package com.siglume.sdrp.sample.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sample.docs.DocsSnippetsTest.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps {@code docs/quickstart.md} and the module {@code siglume-sdrp-quickstart} the same shop:
 * every file of the module appears in the guide in full, under its path, as one fenced block, and
 * every code block of the guide is one of those files. The module's own test pays an order on the
 * sandbox with exactly these files, so what the guide shows is what was run.
 *
 * <p>The only lines of the module not in the guide are those between {@code sdk-build:begin} and
 * {@code sdk-build:end} in its {@code pom.xml}: they keep the SDK's build from installing the shop.
 */
class QuickstartGuideTest {

    private static final Pattern SDK_BUILD_ONLY = Pattern.compile("\\n[ \\t]*<!-- sdk-build:begin.*?sdk-build:end -->",
            Pattern.DOTALL);
    private static final Set<String> FILE_LANGUAGES = Set.of("xml", "java", "yaml", "sql");

    private static Path root;
    private static Path module;
    private static String guide;
    private static List<Block> blocks;

    @BeforeAll
    static void readGuide() throws IOException {
        root = DocsSnippetsTest.projectRoot();
        module = root.resolve("siglume-sdrp-quickstart");
        Path markdown = root.resolve("docs/quickstart.md");
        guide = Files.readString(markdown, StandardCharsets.UTF_8);
        blocks = DocsSnippetsTest.fencedBlocks("docs/quickstart.md", Files.readAllLines(markdown, StandardCharsets.UTF_8));
    }

    @TestFactory
    Stream<DynamicTest> everyFileOfTheModuleIsInTheGuideUnderItsPath() throws IOException {
        List<Path> files = moduleFiles();
        assertThat(files).extracting(path -> module.relativize(path).toString()).contains("pom.xml",
                "src/main/resources/application.yml", "src/main/java/com/example/shop/MyShop.java",
                "src/test/java/com/example/shop/TestMyShop.java");
        return files.stream().map(file -> DynamicTest.dynamicTest(module.relativize(file).toString(), () -> {
            String path = module.relativize(file).toString();
            assertThat(guide).as("the guide names %s", path).contains("`" + path + "`");
            assertThat(blocks).as("a block of docs/quickstart.md is %s, in full", path)
                    .anySatisfy(block -> assertThat(text(block)).isEqualTo(guideText(file)));
        }));
    }

    @Test
    void everyCodeBlockOfTheGuideIsAFileOfTheModule() throws IOException {
        List<String> files = moduleFiles().stream().map(QuickstartGuideTest::guideText).toList();
        List<Block> code = blocks.stream().filter(block -> FILE_LANGUAGES.contains(block.language())).toList();
        assertThat(code).isNotEmpty().allSatisfy(block -> assertThat(files)
                .as("%s is a file of siglume-sdrp-quickstart", block.location()).contains(text(block)));
    }

    @Test
    void theGuideImportsTheBomOfThisVersionOfTheSdk() throws IOException {
        String pom = Files.readString(module.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher bom = Pattern.compile("<artifactId>siglume-sdrp-bom</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(bom.find()).as("the BOM import in the quickstart's pom.xml").isTrue();
        Matcher parent = Pattern.compile("<artifactId>siglume-sdrp-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(root.resolve("siglume-sdrp-core/pom.xml"), StandardCharsets.UTF_8));
        assertThat(parent.find()).isTrue();
        assertThat(bom.group(1)).isEqualTo(parent.group(1));
        Matcher boot = Pattern.compile("<spring-boot.version>([^<]+)</spring-boot.version>")
                .matcher(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8));
        assertThat(boot.find()).isTrue();
        assertThat(pom).contains("<artifactId>spring-boot-starter-parent</artifactId>\n    <version>" + boot.group(1));
    }

    @Test
    void aFileChangedAwayFromTheGuideIsReported() throws IOException {
        String changed = guideText(module.resolve("src/main/java/com/example/shop/MyShop.java")).replace("MyShop", "Shop");
        assertThat(blocks).noneSatisfy(block -> assertThat(text(block)).isEqualTo(changed));
    }

    private static List<Path> moduleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(module.resolve("src"))) {
            return Stream.concat(Stream.of(module.resolve("pom.xml")), files.filter(Files::isRegularFile).sorted())
                    .toList();
        }
    }

    /** A module file as the guide shows it. */
    private static String guideText(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return SDK_BUILD_ONLY.matcher(text).replaceAll("").stripTrailing();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String text(Block block) {
        return String.join("\n", block.lines()).stripTrailing();
    }
}
