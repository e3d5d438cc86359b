package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.envelope;
import static com.siglume.sdrp.client.LoopbackServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayExecuteRequest;
import com.siglume.sdrp.client.subscriptions.SubscriptionRequest;
import com.siglume.sdrp.client.webhooks.WebhookSubscriptionRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Retries of PROTOCOL §7, against a real loopback server. */
class RetryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String REQUIREMENT = "{\"requirement_id\":\"dpr_1\",\"transaction_request\":{\"to\":\"0xt\"},"
            + "\"approve_transaction_request\":{\"to\":\"0xa\"}}";

    private final LoopbackServer server = LoopbackServer.start();
    private final List<Duration> sleeps = new ArrayList<>();
    private final RetryPolicy policy = RetryPolicy.DEFAULT.withJitter(0);

    @AfterEach
    void stop() {
        server.close();
    }

    private SiglumeMerchantClient merchant(RetryPolicy retryPolicy) {
        return SiglumeMerchantClient.builder().environment(name -> null).token("mtok").baseUrl(server.baseUrl())
                .retryPolicy(retryPolicy).sleeper(sleeps::add).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    private SiglumePaymentClient payment(boolean retryMoneyMoving, Duration timeout) {
        return SiglumePaymentClient.builder().environment(name -> null).token("utok").baseUrl(server.baseUrl())
                .retryPolicy(policy).retryMoneyMovingCalls(retryMoneyMoving).timeout(timeout).sleeper(sleeps::add)
                .build();
    }

    private static CheckoutSessionRequest session() {
        return CheckoutSessionRequest.builder().merchant("acme-shop").amountMinor(1200).currency("JPY")
                .nonce("order_1").successUrl("https://shop.example/s").cancelUrl("https://shop.example/c").build();
    }

    @Test
    void tooManyRequestsWaitsRetryAfterSecondsAndResendsTheSameBytes() {
        server.then(json(429, "{\"error\":{\"code\":\"RATE_LIMITED\"}}", Map.of("Retry-After", "2")),
                json(429, "{}", Map.of("Retry-After", " 0 ")),
                envelope("{\"session_id\":\"chk_1\",\"checkout_url\":\"https://x/pay\"}"));

        CreatedCheckoutSession created = merchant(policy).createCheckoutSession(session());

        assertThat(created.sessionId()).isEqualTo("chk_1");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ZERO);
        List<LoopbackServer.Recorded> requests = server.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
        assertThat(requests.get(2).body()).isEqualTo(requests.get(0).body());
        assertThat(requests.get(2).header("Authorization")).isEqualTo("Bearer mtok");
    }

    @Test
    void tooManyRequestsHonoursAnHttpDate() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(7).atOffset(ZoneOffset.UTC));
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(60).atOffset(ZoneOffset.UTC));
        server.then(json(429, "{}", Map.of("Retry-After", at)), json(429, "{}", Map.of("Retry-After", past)),
                envelope("{}"));

        merchant(policy).getMerchant("acme-shop");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7), Duration.ZERO);
    }

    @Test
    void retryAfterIsCappedAndUnreadableValuesFallBackToBackoff() {
        server.then(json(429, "{}", Map.of("Retry-After", "3600")), json(429, "{}", Map.of("Retry-After", "soon")),
                envelope("{}"));

        merchant(policy.withMaxRetryAfter(Duration.ofSeconds(10)).withMaxElapsed(Duration.ofMinutes(5)))
                .getMerchant("acme-shop");

        assertThat(sleeps).containsExactly(Duration.ofSeconds(10), Duration.ofMillis(500));
    }

    @Test
    void serverErrorsBackOffExponentiallyThenThrowTheLastError() {
        server.then(json(503, "{\"error\":{\"code\":\"UNAVAILABLE\",\"message\":\"first\"}}"),
                json(502, "{\"error\":{\"code\":\"BAD_GATEWAY\",\"message\":\"second\"}}"),
                json(500, "{\"error\":{\"code\":\"INTERNAL\",\"message\":\"last\"}}"));

        assertThatThrownBy(() -> merchant(policy).getMerchant("acme-shop"))
                .isExactlyInstanceOf(SiglumeServerException.class).hasMessage("last")
                .extracting("status", "code").containsExactly(500, "INTERNAL");

        assertThat(server.requests()).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    }

    @Test
    void jitterOnlyShortensTheWait() {
        server.then(json(503, "{}"), envelope("{}"));
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(name -> null).token("mtok")
                .baseUrl(server.baseUrl()).retryPolicy(RetryPolicy.DEFAULT).sleeper(sleeps::add).build();

        client.getMerchant("acme-shop");

        assertThat(sleeps).singleElement().satisfies(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(200), Duration.ofMillis(250)));
    }

    @Test
    void serverErrorWithHtmlBodyIsRetried() {
        server.then(LoopbackServer.body(503, "text/html", "<html>maintenance</html>", Map.of()), envelope("{}"));

        merchant(policy).getMerchant("acme-shop");

        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void clientErrorsAreNeverRetried() {
        for (int status : new int[] {400, 401, 403, 404, 409, 422}) {
            server.then(json(status, "{\"error\":{\"code\":\"E" + status + "\"}}"));
            assertThatThrownBy(() -> merchant(policy).getMerchant("acme-shop"))
                    .isInstanceOf(SiglumeApiException.class).extracting("status").isEqualTo(status);
        }
        assertThat(server.requests()).hasSize(6);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void timeoutIsRetriedAndReportedAsTimeout() {
        server.then(server.stall(envelope("{}")), envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"}}"));
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(name -> null).token("mtok")
                .baseUrl(server.baseUrl()).retryPolicy(policy).timeout(Duration.ofMillis(300)).sleeper(sleeps::add)
                .build();

        assertThat(client.getMerchant("acme-shop").merchantAccount().merchant()).isEqualTo("acme-shop");
        assertThat(server.requests()).hasSize(2);
        assertThat(sleeps).containsExactly(Duration.ofMillis(250));

        server.then(server.stall(envelope("{}")));
        SiglumeTransportException timeout = org.assertj.core.api.Assertions.catchThrowableOfType(
                SiglumeTransportException.class, () -> SiglumeMerchantClient.builder().environment(name -> null)
                        .token("mtok").baseUrl(server.baseUrl()).retryPolicy(policy.withMaxRetries(1))
                        .timeout(Duration.ofMillis(200)).sleeper(sleeps::add).build().getMerchant("acme-shop"));
        assertThat(timeout.isTimeout()).isTrue();
        assertThat(timeout.attempts()).isEqualTo(2);
        assertThat(timeout.getCause()).isInstanceOf(java.net.http.HttpTimeoutException.class);
        assertThat(timeout.getMessage()).contains("timed out").contains("/sdrp/direct-payments/merchants/acme-shop")
                .doesNotContain("mtok");
    }

    @Test
    void droppedConnectionIsRetriedWithTheSameBytes() {
        // A POST, because the JDK client itself may resend a GET once on a connection closed early.
        server.then(LoopbackServer.dropConnection(), envelope("{\"session_id\":\"chk_1\"}"));

        assertThat(merchant(policy).createCheckoutSession(session()).sessionId()).isEqualTo("chk_1");
        assertThat(sleeps).containsExactly(Duration.ofMillis(250));
        List<LoopbackServer.Recorded> requests = server.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
    }

    @Test
    void droppedConnectionsUntilTheEndGiveATransportException() {
        server.then(LoopbackServer.dropConnection());

        assertThatThrownBy(() -> merchant(policy.withMaxRetries(1)).createCheckoutSession(session()))
                .isInstanceOfSatisfying(SiglumeTransportException.class, e -> {
                    assertThat(e.isTimeout()).isFalse();
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
                });
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void refusedConnectionIsATransportException() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(name -> null).token("mtok")
                .baseUrl("http://127.0.0.1:" + port + "/v1").retryPolicy(policy.withMaxRetries(2))
                .sleeper(sleeps::add).build();

        assertThatThrownBy(() -> client.getMerchant("acme-shop")).isInstanceOf(SiglumeTransportException.class)
                .extracting("attempts").isEqualTo(3);
    }

    @Test
    void moneyMovingCallsAreSentOnceByDefault() {
        SiglumePaymentClient client = payment(false, Duration.ofSeconds(5));
        server.then(envelope(REQUIREMENT));
        PaymentRequirement requirement = client.getPaymentRequirement("dpr_1");

        server.then(json(503, "{}"));
        assertThatThrownBy(() -> client.executePayment(requirement)).isInstanceOf(SiglumeApiException.class);
        server.then(json(429, "{}", Map.of("Retry-After", "1")));
        assertThatThrownBy(() -> client.executeAllowance(requirement)).isInstanceOf(SiglumeApiException.class);
        server.then(json(502, "{}"));
        assertThatThrownBy(() -> client.executeScheduledAutoPay(
                ScheduledAutoPayExecuteRequest.builder("sched", "slot").build())).isInstanceOf(SiglumeApiException.class);
        server.then(json(500, "{}"));
        assertThatThrownBy(() -> client.createSubscription(SubscriptionRequest.of("acme-shop", 1, "JPY", "c")))
                .isInstanceOf(SiglumeApiException.class);
        server.then(LoopbackServer.dropConnection());
        assertThatThrownBy(() -> client.executePayment(requirement)).isInstanceOf(SiglumeTransportException.class);

        assertThat(server.requests()).hasSize(6);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void moneyMovingTimeoutIsNotRetried() {
        SiglumePaymentClient client = payment(false, Duration.ofMillis(200));
        server.then(envelope(REQUIREMENT));
        PaymentRequirement requirement = client.getPaymentRequirement("dpr_1");
        server.then(server.stall(envelope("{}")));

        assertThatThrownBy(() -> client.executePayment(requirement))
                .isInstanceOfSatisfying(SiglumeTransportException.class, e -> assertThat(e.isTimeout()).isTrue());
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void moneyMovingCallsAreRetriedWhenOptedIn() {
        SiglumePaymentClient client = payment(true, Duration.ofSeconds(5));
        server.then(envelope(REQUIREMENT));
        PaymentRequirement requirement = client.getPaymentRequirement("dpr_1");
        server.then(json(503, "{}"), envelope("{\"receipt\":{\"id\":\"r\"}}"));

        assertThat(client.executePayment(requirement).receipt()).containsEntry("id", "r");
        List<LoopbackServer.Recorded> requests = server.requests();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(2).body()).isEqualTo(requests.get(1).body());
    }

    @Test
    void callsThatCouldDuplicateARecordRetryOnlyWhenRefused() {
        SiglumeMerchantClient client = merchant(policy);
        server.then(json(503, "{}"));
        assertThatThrownBy(() -> client.createWebhookSubscription(WebhookSubscriptionRequest.of("https://a.example/h")))
                .isInstanceOf(SiglumeApiException.class);
        assertThat(server.requests()).hasSize(1);

        server.then(json(429, "{}", Map.of("Retry-After", "1")), envelope("{\"id\":\"whsub_1\"}"));
        assertThat(client.createWebhookSubscription(WebhookSubscriptionRequest.of("https://a.example/h")).id())
                .isEqualTo("whsub_1");
        assertThat(server.requests()).hasSize(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void retriesStopAtTheTimeBudget() {
        MutableClock clock = new MutableClock(NOW);
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(name -> null).token("mtok")
                .baseUrl(server.baseUrl())
                .retryPolicy(new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(60), 2.0, 0,
                        Duration.ofSeconds(30), Duration.ofSeconds(5)))
                .sleeper(wait -> {
                    sleeps.add(wait);
                    clock.advance(wait);
                })
                .clock(clock).build();
        server.then(json(503, "{}"));

        assertThatThrownBy(() -> client.getMerchant("acme-shop")).isInstanceOf(SiglumeApiException.class);

        // Waits of 1 s and 2 s fit in 5 s; the next (4 s) would end after 7 s.
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void retryAfterBeyondTheBudgetIsNotAwaited() {
        server.then(json(429, "{}", Map.of("Retry-After", "20")));

        assertThatThrownBy(() -> merchant(policy.withMaxElapsed(Duration.ofSeconds(10))).getMerchant("acme-shop"))
                .isInstanceOf(SiglumeApiException.class).extracting("status").isEqualTo(429);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void interruptionWhileWaitingStopsRetrying() {
        server.then(json(503, "{\"error\":{\"message\":\"down\"}}"));
        SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(name -> null).token("mtok")
                .baseUrl(server.baseUrl()).retryPolicy(policy).sleeper(wait -> {
                    throw new InterruptedException();
                }).build();

        try {
            assertThatThrownBy(() -> client.getMerchant("acme-shop")).isInstanceOf(SiglumeApiException.class)
                    .hasMessage("down");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void zeroRetriesSendsOnce() {
        server.then(json(503, "{}"));

        SiglumeMerchantClient client = SiglumeMerchantClient.builder().environment(name -> null).token("mtok")
                .baseUrl(server.baseUrl()).maxRetries(0).sleeper(sleeps::add).build();

        assertThatThrownBy(() -> client.getMerchant("acme-shop")).isInstanceOf(SiglumeApiException.class);
        assertThat(server.requests()).hasSize(1);
    }

    /** A clock the test moves forward. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
