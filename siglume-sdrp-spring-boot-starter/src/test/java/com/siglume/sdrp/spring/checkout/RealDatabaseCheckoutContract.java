package com.siglume.sdrp.spring.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sandbox.SandboxCheckoutSession;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.SignedWebhook;
import com.siglume.sdrp.sandbox.TestWebhookEvent;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import com.siglume.sdrp.spring.test.IsolatedDatabase;
import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.WebhookHttp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application instances (two contexts on their own ports) sharing one real database and one
 * sandbox: concurrent starts of one order on both make one session, a confirmation delivered to
 * both at once pays the order once, and an instance started later finds the open session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RealDatabaseCheckoutContract {

    private final RealDatabase server;
    private SiglumeSandbox sandbox;
    private IsolatedDatabase database;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    RealDatabaseCheckoutContract(RealDatabase server) {
        this.server = server;
    }

    @BeforeAll
    void startTwoInstances() {
        sandbox = SiglumeSandbox.builder().port(0).build().start();
        database = IsolatedDatabase.create(server, "checkout");
        first = start();
        second = start();
        sandbox.setWebhookUrl("http://127.0.0.1:" + port(first) + "/siglume/webhook");
    }

    @AfterAll
    void stopAndDrop() {
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
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private ConfigurableApplicationContext start() {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + server.username(), "--spring.datasource.password=" + server.password(),
                "--siglume.webhook.jdbc.initialize-schema=always"));
        CheckoutTestApplication.sandboxProperties(sandbox).forEach(property -> args.add("--" + property));
        return new SpringApplicationBuilder(CheckoutTestApplication.class).run(args.toArray(String[]::new));
    }

    /** The checkout of the first and of the second instance. */
    List<SiglumeCheckout> checkouts() {
        return List.of(first.getBean(SiglumeCheckout.class), second.getBean(SiglumeCheckout.class));
    }

    /** The attempt store of the first instance. */
    JdbcCheckoutAttemptStore store() {
        return first.getBean(JdbcCheckoutAttemptStore.class);
    }

    /** The database both instances share. */
    JdbcTemplate jdbc() {
        return new JdbcTemplate(first.getBean(DataSource.class));
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    private static CheckoutTestApplication.OrderListeners listeners(ConfigurableApplicationContext context) {
        return context.getBean(CheckoutTestApplication.OrderListeners.class);
    }

    @Test
    void twentySimultaneousStartsOnTwoInstancesMakeOneSession() throws Exception {
        List<CheckoutStart> starts = SiglumeCheckoutFlowTests.startConcurrently(first.getBean(SiglumeCheckout.class),
                second.getBean(SiglumeCheckout.class), "order_race", 20);

        assertThat(starts).extracting(CheckoutStart::sessionId).containsOnly(starts.get(0).sessionId());
        assertThat(starts).filteredOn(start -> !start.reused()).hasSize(1);
        // No start that lost the race created a session of its own, returned to nobody.
        assertThat(sandbox.sessions()).filteredOn(session -> session.successUrl().endsWith("order_id=order_race"))
                .extracting(SandboxCheckoutSession::sessionId).containsExactly(starts.get(0).sessionId());
        long sessionsOfOrder = first.getBean(SiglumeCheckout.class).attempts("order_race").size();
        assertThat(sessionsOfOrder).isEqualTo(1);
    }

    @Test
    void oneConfirmationDeliveredToBothInstancesAtOncePaysTheOrderOnce() throws Exception {
        CheckoutStart start = first.getBean(SiglumeCheckout.class).start(CheckoutOrder.of("order_paid", 1200, "JPY"));
        SandboxCheckoutSession session = sandbox.session(start.sessionId()).orElseThrow();
        TestWebhookEvent event = WebhookTestEvents.standard().withChallengeHash(session.challengeHash())
                .withMerchant(sandbox.merchant()).withRequirementId("dpr_once");
        List<SignedWebhook> copies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // The same payment under several event ids, each sent to both instances.
            copies.add(event.withEventId("evt_once_" + i).sign(sandbox.webhookSecret()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (SignedWebhook copy : copies) {
                for (ConfigurableApplicationContext instance : List.of(first, second)) {
                    Callable<Integer> send = () -> {
                        go.await();
                        return new WebhookHttp(port(instance)).post("/siglume/webhook", copy.body(),
                                copy.signatureHeader()).statusCode();
                    };
                    answers.add(pool.submit(send));
                }
            }
            go.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isBetween(200, 299);
            }
        } finally {
            pool.shutdownNow();
        }

        List<OrderPaid> paid = new ArrayList<>();
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            listeners(instance).paid.stream().filter(event1 -> event1.orderId().equals("order_paid")).forEach(paid::add);
            assertThat(listeners(instance).reviews).isEmpty();
        }
        assertThat(paid).singleElement().satisfies(once -> assertThat(once.requirementId()).isEqualTo("dpr_once"));
    }

    @Test
    void twentySimultaneousChallengesOnTwoInstancesIssueOneAndItsPaymentPaysTheOrderOnce() throws Exception {
        List<OrderChallenge> offers = CheckoutAgentChallengeTests.challengeConcurrently(
                first.getBean(SiglumeCheckout.class), second.getBean(SiglumeCheckout.class), "order_agent", 20);

        assertThat(offers).extracting(OrderChallenge::challenge).containsOnly(offers.get(0).challenge());
        assertThat(offers).filteredOn(offer -> !offer.reused()).hasSize(1);
        TestWebhookEvent event = WebhookTestEvents.standard().withChallengeHash(offers.get(0).challengeHash())
                .withMerchant(sandbox.merchant()).withRequirementId("dpr_agent");
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            SignedWebhook signed = event.sign(sandbox.webhookSecret());
            assertThat(new WebhookHttp(port(instance)).post("/siglume/webhook", signed.body(), signed.signatureHeader())
                    .statusCode()).isBetween(200, 299);
        }
        List<OrderPaid> paid = new ArrayList<>();
        for (ConfigurableApplicationContext instance : List.of(first, second)) {
            listeners(instance).paid.stream().filter(once -> once.orderId().equals("order_agent")).forEach(paid::add);
        }
        assertThat(paid).singleElement().satisfies(once -> assertThat(once.sessionId()).isNull());
        assertThat(first.getBean(SiglumeCheckout.class).attempts("order_agent")).singleElement()
                .satisfies(attempt -> assertThat(attempt.state()).isEqualTo(CheckoutAttempt.State.PAID));
    }

    @Test
    void anInstanceStartedLaterFindsTheOpenSession() {
        CheckoutStart before = second.getBean(SiglumeCheckout.class).start(CheckoutOrder.of("order_restart", 1200,
                "JPY"));

        ConfigurableApplicationContext restarted = start();
        try {
            CheckoutStart after = restarted.getBean(SiglumeCheckout.class).start(CheckoutOrder.of("order_restart",
                    1200, "JPY"));
            assertThat(after).isEqualTo(new CheckoutStart("order_restart", 1, before.sessionId(), before.checkoutUrl(),
                    true));
        } finally {
            restarted.close();
        }
    }
}
