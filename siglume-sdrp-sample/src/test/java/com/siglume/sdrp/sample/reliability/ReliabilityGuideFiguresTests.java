package com.siglume.sdrp.sample.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The figures {@code docs/reliability.md} states are those the tests run with: the sizes of the
 * storms and of the bad-input matrix, and the fuzz targets of the core. Change a test's constant,
 * or add a target, and this fails until the page says the same.
 */
class ReliabilityGuideFiguresTests {

    /** The page, with its line breaks folded into spaces so that a figure may wrap. */
    static String page(String name) throws IOException {
        return Files.readString(Path.of("..", "docs", name)).replaceAll("\\s+", " ");
    }

    private static String thousands(int value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    @Test
    void duplicateStormFigures() throws IOException {
        String page = page("reliability.md");
        int events = DuplicateStormTests.EVENTS;
        int copies = DuplicateStormTests.COPIES;
        int deliveries = events * copies;
        int senders = DuplicateStormTests.SENDERS;

        assertThat(page).contains("creates " + events + " orders",
                "makes " + copies + " copies of each (" + thousands(deliveries) + " deliveries)",
                "from " + senders + " concurrent senders",
                "exactly " + events + " answers say `processed` (one per event) and " + thousands(deliveries - events),
                events + " events x " + copies + " copies = " + thousands(deliveries) + " deliveries, " + senders
                        + " senders",
                events + " `processed`, " + thousands(deliveries - events) + " `duplicate`",
                "the event table holds " + events + " rows");
    }

    @Test
    void failingListenerFigures() throws IOException {
        String page = page("reliability.md");
        String rate = Math.round(DuplicateStormTests.FAILURE_RATE * 100) + " %";

        assertThat(page).contains("random " + rate + " of its calls (a `Random` seeded with "
                + DuplicateStormTests.FAILURE_SEED + ")",
                "fails " + rate + " of its calls (seed " + DuplicateStormTests.FAILURE_SEED + ")");
    }

    @Test
    void scaleOutFigures() throws IOException {
        String page = page("reliability.md");
        int events = ScaleOutTests.EVENTS;
        int pairs = ScaleOutTests.PAIRS_PER_EVENT;
        String deliveries = thousands(events * pairs * 2);

        assertThat(page).contains("For each of " + events + " events, " + pairs + " pairs of copies",
                "(" + deliveries + " deliveries from " + ScaleOutTests.SENDERS + " senders)",
                events + " events x " + pairs + " pairs, each pair to both instances at once: " + deliveries
                        + " deliveries, " + ScaleOutTests.SENDERS + " senders");
    }

    @Test
    void badInputMatrixFigure() throws IOException {
        assertThat(page("reliability.md")).contains(
                "generates at least " + BadInputMatrixTests.MINIMUM_BAD_DELIVERIES + " bad deliveries",
                "at least " + BadInputMatrixTests.MINIMUM_BAD_DELIVERIES + " bad deliveries in the categories above");
    }

    @Test
    void fuzzTargetsAreTheCoresFuzzTestClasses() throws IOException {
        List<String> classes;
        try (Stream<Path> files = Files.list(Path.of("..", "siglume-sdrp-core", "src", "test", "java", "com", "siglume",
                "sdrp", "fuzz"))) {
            classes = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith("FuzzTest.java"))
                    .map(name -> name.substring(0, name.length() - ".java".length())).sorted().toList();
        }
        String raw = Files.readString(Path.of("..", "docs", "reliability.md"));
        Matcher rows = Pattern.compile("(?m)^\\| `(\\w+FuzzTest)` \\|").matcher(raw);
        List<String> documented = rows.results().map(row -> row.group(1)).sorted().toList();

        assertThat(classes).isNotEmpty();
        assertThat(documented).isEqualTo(classes);
        assertThat(page("reliability.md")).contains(NUMBER_WORDS.get(classes.size()) + " targets, one per class");
    }

    private static final List<String> NUMBER_WORDS = List.of("No", "One", "Two", "Three", "Four", "Five", "Six",
            "Seven", "Eight", "Nine", "Ten");
}
