package com.siglume.sdrp.sample.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sample.ShopApplication;
import com.siglume.sdrp.sample.order.Order;
import com.siglume.sdrp.sample.order.OrderRepository;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import com.siglume.sdrp.spring.test.IsolatedDatabase;
import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two shop instances (two application contexts on their own ports, each with its own embedded
 * sandbox) sharing one PostgreSQL schema, created and dropped here. Every delivery goes to both
 * instances at the same moment; each event must still be handled exactly once across them.
 */
@RequiresDatabase(RealDatabase.POSTGRESQL)
class ScaleOutTests {

    static final int EVENTS = 100;
    static final int PAIRS_PER_EVENT = 5;
    static final int SENDERS = 16;

    private static IsolatedDatabase database;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoInstances() {
        database = IsolatedDatabase.create(RealDatabase.POSTGRESQL, "scaleout");
        first = start("shop-a");
        second = start("shop-b");
    }

    @AfterAll
    static void stopAndDrop() {
        try {
            for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {first, second}) {
                if (context != null) {
                    context.close();
                }
            }
        } finally {
            if (database != null) {
                database.drop();
            }
        }
    }

    private static ConfigurableApplicationContext start(String name) {
        return new SpringApplicationBuilder(ShopApplication.class, ReliabilityListeners.class)
                .run("--server.port=0", "--shop.sandbox.port=0", "--spring.application.name=" + name,
                        "--spring.datasource.url=" + database.url(),
                        "--spring.datasource.username=" + database.server().username(),
                        "--spring.datasource.password=" + database.server().password());
    }

    private static URI webhookUrl(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + "/siglume/webhook");
    }

    @Test
    void duplicatesSentToBothInstancesAtOnceAreHandledExactlyOnceAcrossThem() throws Exception {
        SiglumeSandbox sandbox = first.getBean(SiglumeSandbox.class);
        assertThat(second.getBean(SiglumeSandbox.class).webhookSecret()).isEqualTo(sandbox.webhookSecret());
        List<StormEvents.Paid> events = StormEvents.create(first.getBean(OrderRepository.class),
                first.getBean(SiglumeCheckout.class), sandbox, "scaleout", EVENTS);
        List<WebhookStorm.Task> tasks = new ArrayList<>();
        for (StormEvents.Paid event : events) {
            for (int pair = 0; pair < PAIRS_PER_EVENT; pair++) {
                tasks.add(new WebhookStorm.Task(event.delivery(), List.of(webhookUrl(first), webhookUrl(second))));
            }
        }

        WebhookStorm storm = WebhookStorm.sendOnce(SENDERS);
        WebhookStorm.Tally tally;
        try {
            tally = storm.run(tasks, 77L);
        } finally {
            storm.close();
        }

        System.out.printf("[reliability] scale-out on PostgreSQL: 2 instances, %d events x %d copies (%d pairs sent to"
                + " both instances at once) = %d deliveries from %d senders; answers: %s%n", EVENTS,
                PAIRS_PER_EVENT * 2, PAIRS_PER_EVENT, EVENTS * PAIRS_PER_EVENT * 2, SENDERS, tally.summary());
        assertThat(tally.unexpected).isEmpty();
        assertThat(tally.acknowledged.get()).isEqualTo(EVENTS * PAIRS_PER_EVENT * 2);
        assertThat(tally.serverErrors.get()).isZero();
        Map<String, Integer> once = events.stream().collect(Collectors.toMap(StormEvents.Paid::eventId, event -> 1));
        assertThat(tally.processedByEvent()).isEqualTo(once);
        Map<String, Integer> committed = new HashMap<>();
        for (ConfigurableApplicationContext context : List.of(first, second)) {
            context.getBean(ReliabilityListeners.CommittedListenerRuns.class).committedByEvent()
                    .forEach((id, count) -> committed.merge(id, count, Integer::sum));
        }
        assertThat(committed).as("committed listener runs per event, both instances").isEqualTo(once);
        assertThat(first.getBean(ReliabilityListeners.CommittedListenerRuns.class).committedByEvent())
                .as("both instances did part of the work").isNotEmpty();
        assertThat(second.getBean(ReliabilityListeners.CommittedListenerRuns.class).committedByEvent()).isNotEmpty();
        JdbcClient jdbc = second.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM siglume_webhook_events").query(Long.class).single()).isEqualTo(EVENTS);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shop_payment_review").query(Long.class).single()).isZero();
        Map<String, Order> stored = second.getBean(OrderRepository.class).findAll().stream()
                .collect(Collectors.toMap(Order::id, Function.identity()));
        for (StormEvents.Paid event : events) {
            assertThat(stored.get(event.orderId()).status().wireName()).as(event.orderId())
                    .isEqualTo(event.expectedStatus());
        }
    }
}
