package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.HostedCheckoutNotAvailableException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeInvalidResponseException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.checkout.CheckoutSession;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CheckoutSessionStatus;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SDK's own merchant client works against the sandbox, errors included. */
class MerchantClientInteropTest {

    private WebhookReceiver receiver;
    private SiglumeSandbox sandbox;
    private SiglumeMerchantClient client;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
        sandbox = SiglumeSandbox.builder().port(0).webhookUrl(receiver.url()).build().start();
        client = SiglumeMerchantClient.builder().baseUrl(sandbox.apiBase()).token(sandbox.merchantAuthToken())
                .timeout(Duration.ofSeconds(10)).maxRetries(2).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private CheckoutSessionRequest order(long amountMinor) {
        return CheckoutSessionRequest.builder().merchant("sandbox_merchant").amountMinor(amountMinor).currency("JPY")
                .nonce("order_123_attempt_1").successUrl("http://localhost:3000/success")
                .cancelUrl("http://localhost:3000/cancel").metadata(Map.of("order_id", "order_123")).build();
    }

    @Test
    void hostedCheckoutRoundTrip() {
        assertThat(client.getMerchantReadiness("sandbox_merchant").ready()).isTrue();
        assertThat(client.getMerchant("sandbox_merchant").toString()).contains("sandbox_merchant");

        CreatedCheckoutSession created = client.createCheckoutSession(order(1200));
        assertThat(created.checkoutUrl()).isEqualTo(sandbox.baseUrl() + "/pay/" + created.sessionId());
        assertThat(created.status()).isEqualTo(CheckoutSessionStatus.OPEN);

        sandbox.confirm(created.sessionId());
        CheckoutSession session = client.getCheckoutSession(created.sessionId());
        assertThat(session.status()).isEqualTo(CheckoutSessionStatus.PAID);
        assertThat(session.requirementId()).isEqualTo("dpr_sandbox_" + created.sessionId());
        assertThat(session.challengeHash()).isEqualTo(created.challengeHash());
        assertThat(session.pricingBand()).isEqualTo("standard");
        assertThat(session.metadataJsonb()).containsEntry("order_id", "order_123");

        assertThat(client.listWebhookSubscriptions()).singleElement().satisfies(subscription -> {
            assertThat(subscription.callbackUrl()).isEqualTo(receiver.url());
            assertThat(subscription.signingSecretHint()).isEqualTo("ocal");
        });
        assertThat(client.listWebhookDeliveries()).singleElement().satisfies(delivery -> {
            assertThat(delivery.deliveryStatus()).isEqualTo("delivered");
            assertThat(delivery.responseStatus()).isEqualTo(204);
        });
    }

    @Test
    void disabledHostedCheckoutIsTheDedicatedException() {
        sandbox.disableHostedCheckout();
        assertThatThrownBy(() -> client.createCheckoutSession(order(1200))).isInstanceOf(HostedCheckoutNotAvailableException.class);

        sandbox.disableHostedCheckout(404, "ROUTE_NOT_FOUND");
        assertThatThrownBy(() -> client.createCheckoutSession(order(1200))).isInstanceOf(HostedCheckoutNotAvailableException.class);
    }

    @Test
    void transientFaultsAreRetriedAndOthersSurface() {
        sandbox.injectApiFaults(ApiFault.rateLimited(Duration.ZERO), 1);
        sandbox.injectApiFaults(ApiFault.unavailable(), 1);
        assertThat(client.getMerchantReadiness("sandbox_merchant").ready()).isTrue();
        assertThat(sandbox.pendingApiFaults()).isEmpty();

        sandbox.injectApiFaults(ApiFault.invalidJson(), 1);
        assertThatThrownBy(() -> client.getMerchantReadiness("sandbox_merchant"))
                .isInstanceOfSatisfying(SiglumeInvalidResponseException.class, e -> {
                    assertThat(e.status()).isEqualTo(200);
                    assertThat(e.code()).isEqualTo("INVALID_JSON_RESPONSE");
                });
    }

    @Test
    void aWrongTokenIsA401() {
        SiglumeMerchantClient wrong = SiglumeMerchantClient.builder().baseUrl(sandbox.apiBase()).token("not_the_token").build();

        assertThatThrownBy(() -> wrong.listWebhookSubscriptions()).isInstanceOfSatisfying(SiglumeApiException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.code()).isEqualTo("INVALID_AUTH_TOKEN");
        });
    }

    @Test
    void validationErrorsSurfaceWithTheSandboxCode() {
        sandbox.setReadiness(SandboxReadiness.notReady(java.util.List.of("billing_mandate"), java.util.List.of()));

        assertThatThrownBy(() -> client.createCheckoutSession(order(1200))).isInstanceOfSatisfying(SiglumeApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("HOSTED_CHECKOUT_READINESS_REQUIRED");
        });
    }
}
