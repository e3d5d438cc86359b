package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.PaymentRequirement;
import com.siglume.sdrp.client.PaymentRequirementRequest;
import com.siglume.sdrp.client.RetryPolicy;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.confirmation.ConfirmationKind;
import com.siglume.sdrp.confirmation.PaymentConfirmations;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fault knobs apply to the buyer routes: a refused or dropped execute moves no money, the
 * agent's retry pays exactly once, reads are retried by the client, and a webhook that failed is
 * retried until the merchant has it.
 */
class BuyerClientFaultsTest {

    private WebhookReceiver receiver;
    private SiglumeSandbox sandbox;
    private SiglumePaymentClient agent;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
        sandbox = SiglumeSandbox.builder().port(0).webhookUrl(receiver.url())
                .webhookRetryPolicy(new WebhookRetryPolicy(4, Duration.ofMillis(20), 2.0, Duration.ofMillis(100)))
                .build().start();
        agent = SiglumePaymentClient.builder().environment(name -> null).baseUrl(sandbox.apiBase())
                .token(sandbox.buyerAuthToken()).timeout(Duration.ofMillis(800))
                .retryPolicy(RetryPolicy.DEFAULT.withMaxRetries(2)
                        .withBackoff(Duration.ofMillis(20), Duration.ofMillis(100), 2.0))
                .build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private PaymentRequirement requirement() {
        return agent.createPaymentRequirement(PaymentRequirementRequest.of(sandbox.merchant(), 1200, "JPY",
                sandbox.challenge(1200, "JPY", "order_123_attempt_1").challenge()));
    }

    @Test
    void aFailedExecuteIsNotRetriedMovesNothingAndTheAgentsRetryPaysOnce() throws Exception {
        PaymentRequirement requirement = requirement();
        sandbox.injectApiFaults(ApiFault.unavailable(), 2);

        assertThatThrownBy(() -> agent.executePayment(requirement)).isInstanceOfSatisfying(SiglumeApiException.class,
                e -> assertThat(e.status()).isEqualTo(503));
        // Money-moving calls are sent once: the second fault is still queued.
        assertThat(sandbox.pendingApiFaults()).hasSize(1);
        assertThat(sandbox.payments()).isEmpty();
        assertThat(agent.getPaymentRequirement(requirement.requirementId()).status()).isEqualTo("pending");

        agent.executePayment(requirement);
        agent.executePayment(requirement);

        assertThat(sandbox.payments()).hasSize(1);
        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void aDroppedConnectionLeavesTheOutcomeToBeReadBack() {
        PaymentRequirement requirement = requirement();
        sandbox.injectApiFaults(ApiFault.resetConnection(), 1);

        assertThatThrownBy(() -> agent.executePayment(requirement)).isInstanceOf(SiglumeTransportException.class);
        assertThat(agent.getPaymentRequirement(requirement.requirementId()).status()).isEqualTo("pending");
        assertThat(sandbox.payments()).isEmpty();
    }

    @Test
    void readsAndRequirementCreationAreRetriedThroughRateLimitsAndOutages() {
        sandbox.injectApiFaults(ApiFault.rateLimited(Duration.ofMillis(10)), 1);
        sandbox.injectApiFaults(ApiFault.unavailable(), 1);
        PaymentRequirement requirement = requirement();
        assertThat(sandbox.pendingApiFaults()).isEmpty();

        // A body that is not JSON is not retried: the answer to the next call is intact.
        sandbox.injectApiFaults(ApiFault.invalidJson(), 1);
        assertThatThrownBy(() -> agent.getPaymentRequirement(requirement.requirementId()))
                .isInstanceOfSatisfying(SiglumeApiException.class,
                        e -> assertThat(e.code()).isEqualTo(SiglumeApiException.INVALID_JSON_RESPONSE));
        assertThat(agent.getPaymentRequirement(requirement.requirementId()).requirementId())
                .isEqualTo(requirement.requirementId());
    }

    @Test
    void aWebhookThatFailedIsRetriedUntilTheMerchantHasIt() throws Exception {
        sandbox.injectWebhookFaults(WebhookFault.UNREACHABLE, 1);
        receiver.answerNext(500);

        agent.executePayment(requirement());

        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        assertThat(sandbox.deliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo("delivered");
            assertThat(delivery.attempts()).hasSize(3);
        });
        List<WebhookReceiver.Received> received = receiver.received();
        assertThat(received).hasSize(2).allSatisfy(delivery -> assertThat(delivery.signatureValid()).isTrue());
        assertThat(received.get(1).body()).isEqualTo(received.get(0).body());
        assertThat(PaymentConfirmations.classify(received.get(1).verified().event()).kind())
                .isEqualTo(ConfirmationKind.STANDARD_SETTLED);
        assertThat(sandbox.payments()).hasSize(1);
    }

    @Test
    void aBadlySignedWebhookIsRefusedByTheMerchantAndRetried() throws Exception {
        sandbox.injectWebhookFaults(WebhookFault.BAD_SIGNATURE, 1);

        agent.executePayment(requirement());

        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        assertThat(receiver.received()).extracting(WebhookReceiver.Received::signatureValid).containsExactly(false, true);
    }
}
