package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sample.order.OrderSeeder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The figures {@code docs/sample.md} states about the shop are the shop's own: the seeded orders
 * and how long the return pages wait for the webhook.
 */
class SampleGuideFiguresTests {

    private static String page() throws IOException {
        return Files.readString(Path.of("..", "docs", "sample.md"));
    }

    private static int constant(String script, String name) {
        Matcher matcher = Pattern.compile("const " + name + " = (\\d+);").matcher(script);
        assertThat(matcher.find()).as("%s in checkout-return.js", name).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    @Test
    void seededOrdersTableListsTheSeededOrders() throws IOException {
        String page = page();
        assertThat(OrderSeeder.SEED_ORDERS).hasSize(3);
        assertThat(page).contains("three orders are seeded, one per pricing band");
        for (OrderSeeder.SeedOrder order : OrderSeeder.SEED_ORDERS) {
            assertThat(page).contains("| `" + order.id() + "` | " + order.currency() + " "
                    + String.format(Locale.ROOT, "%,d", order.amountMinor()) + " |");
        }
    }

    @Test
    void returnPagePollingIsAsDescribed() throws IOException {
        String script = Files.readString(Path.of("src", "main", "resources", "static", "checkout-return.js"));
        int intervalMillis = constant(script, "POLL_INTERVAL_MS");
        int attempts = constant(script, "POLL_ATTEMPTS");
        assertThat(intervalMillis).isEqualTo(1000);
        assertThat(page().replaceAll("\\s+", " "))
                .contains("every second, for up to " + (intervalMillis * attempts / 1000) + " seconds");
    }
}
