package com.siglume.sdrp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CheckoutSetupRequest;
import com.siglume.sdrp.client.merchant.BillingMandateRequest;
import com.siglume.sdrp.client.merchant.MerchantSetupRequest;
import com.siglume.sdrp.client.metered.MeteredQuery;
import com.siglume.sdrp.client.payments.PreparedTransactionRequest;
import com.siglume.sdrp.client.requirements.PaymentRequirementRequest;
import com.siglume.sdrp.client.requirements.TransactionRequest;
import com.siglume.sdrp.client.requirements.VerifyRequirementRequest;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayAuthorizationRequest;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayExecuteRequest;
import com.siglume.sdrp.client.subscriptions.SubscriptionRequest;
import com.siglume.sdrp.client.webhooks.WebhookDeliveryQuery;
import com.siglume.sdrp.client.webhooks.WebhookSubscriptionRequest;
import com.siglume.sdrp.client.webhooks.WebhookTestDeliveryRequest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests are built by their builders, which refuse bad input with a typed
 * {@link SdrpValidationException} naming the wire field, so nothing is ever sent.
 */
class RequestBuildersTest {

    private static final LoopbackServer SERVER = LoopbackServer.start();

    @AfterEach
    void nothingWasSent() {
        assertThat(SERVER.requests()).isEmpty();
    }

    @AfterAll
    static void stop() {
        SERVER.close();
    }

    static Stream<Arguments> badRequests() {
        SiglumeMerchantClient merchant = SiglumeMerchantClient.builder().environment(name -> null).token("mtok")
                .baseUrl(SERVER.baseUrl()).build();
        SiglumePaymentClient payments = SiglumePaymentClient.builder().environment(name -> null).token("utok")
                .baseUrl(SERVER.baseUrl()).build();
        return Stream.of(
                Arguments.of(Named.of("checkout session without nonce", (Runnable) () -> merchant.createCheckoutSession(
                        CheckoutSessionRequest.builder().merchant("acme-shop").amountMinor(1200).currency("JPY")
                                .successUrl("https://shop.example/ok").cancelUrl("https://shop.example/no").build())),
                        "nonce"),
                Arguments.of(Named.of("checkout session in EUR", (Runnable) () -> merchant.checkoutSessions().create(
                        CheckoutSessionRequest.builder().merchant("acme-shop").amountMinor(1200).currency("EUR")
                                .nonce("n").successUrl("https://shop.example/ok").cancelUrl("https://shop.example/no")
                                .build())), "currency"),
                Arguments.of(Named.of("merchant setup with a plain http callback", (Runnable) () -> merchant.setupMerchant(
                        MerchantSetupRequest.builder("acme-shop").webhookCallbackUrl("http://shop.example/h").build())),
                        "webhook_callback_url"),
                Arguments.of(Named.of("billing mandate cap zero", (Runnable) () -> merchant.createBillingMandate(
                        "acme-shop", BillingMandateRequest.builder().maxAmountMinor(0L).build())), "max_amount_minor"),
                Arguments.of(Named.of("checkout setup without a merchant setup", (Runnable) () -> merchant.setupCheckout(
                        CheckoutSetupRequest.builder().build())), "merchant"),
                Arguments.of(Named.of("webhook subscription over http", (Runnable) () -> merchant
                        .createWebhookSubscription(WebhookSubscriptionRequest.of("http://shop.example/h"))),
                        "callback_url"),
                Arguments.of(Named.of("test delivery without event type", (Runnable) () -> merchant.queueTestDelivery(
                        WebhookTestDeliveryRequest.builder().data(Map.of("a", 1)).build())), "event_type"),
                Arguments.of(Named.of("delivery query limit zero", (Runnable) () -> merchant.listWebhookDeliveries(
                        WebhookDeliveryQuery.builder().limit(0).build())), "limit"),
                Arguments.of(Named.of("requirement for a bad merchant", (Runnable) () -> payments.createPaymentRequirement(
                        PaymentRequirementRequest.of("Bad Merchant", 1, "JPY", "c"))), "merchant"),
                Arguments.of(Named.of("verify with a blank receipt", (Runnable) () -> payments.verifyPaymentRequirement(
                        "dpr_1", VerifyRequirementRequest.builder().receiptId(" ").build())), "receipt_id"),
                Arguments.of(Named.of("prepared transaction without reference", (Runnable) () -> payments
                        .executePreparedTransaction(PreparedTransactionRequest.builder()
                                .transactionRequest(TransactionRequest.of(Map.of("to", "0xt")))
                                .receiptKind("sdrp_direct_payment").referenceType("sdrp_direct_payment_requirement")
                                .build())), "reference_id"),
                Arguments.of(Named.of("subscription with amount zero", (Runnable) () -> payments.createSubscription(
                        SubscriptionRequest.builder().merchant("acme-shop").currency("JPY").challenge("rc").build())),
                        "amount_minor"),
                Arguments.of(Named.of("authorization with a blank listing", (Runnable) () -> payments
                        .authorizeScheduledAutoPay(ScheduledAutoPayAuthorizationRequest.builder().listingId(" ")
                                .build())), "listing_id"),
                Arguments.of(Named.of("run with a schedule token holding a space", (Runnable) () -> payments
                        .executeScheduledAutoPay(ScheduledAutoPayExecuteRequest.builder("tok en", "slot_1").build())),
                        "schedule_token"),
                Arguments.of(Named.of("metered query with an unknown plan", (Runnable) () -> payments
                        .listBuyerUsageEvents(MeteredQuery.builder().planType("standard").build())), "plan_type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void aBadValueIsRefusedByBuildNamingItsField(Runnable buildAndSend, String field) {
        assertThatThrownBy(buildAndSend::run).isInstanceOf(SdrpValidationException.class).extracting("field")
                .isEqualTo(field);
    }

    @Test
    void buildingAgainFromABuilderKeepsTheValues() {
        CheckoutSessionRequest request = CheckoutSessionRequest.builder().merchant(" ACME-shop ").amountMinor(1200)
                .currency("jpy").nonce("order_1").successUrl("https://shop.example/ok")
                .cancelUrl("https://shop.example/no").build();

        CheckoutSessionRequest copy = request.toBuilder().build();
        CheckoutSessionRequest other = request.toBuilder().nonce("order_2").build();

        assertThat(request.merchant()).isEqualTo("acme-shop");
        assertThat(request.currency()).isEqualTo("JPY");
        assertThat(copy).isEqualTo(request).hasSameHashCodeAs(request);
        assertThat(other).isNotEqualTo(request);
        assertThat(other.nonce()).isEqualTo("order_2");
        assertThat(request.toString()).startsWith("CheckoutSessionRequest[merchant=acme-shop, amountMinor=1200,");
    }

    @Test
    void sharedValuesSurviveToBuilderAndAreSetThroughTheSameSetters() {
        PaymentRequirementRequest requirement = PaymentRequirementRequest.builder().merchant("ACME-shop")
                .amountMinor(1200).currency("jpy").challenge("c1").tokenSymbol("jpyc").metadata(Map.of("k", "v"))
                .build();
        SubscriptionRequest subscription = SubscriptionRequest.builder().merchant("acme-shop").amountMinor(500)
                .currency("usd").challenge("r1").userSigning(true).externalSafeTxHash("0xabc").build();
        VerifyRequirementRequest verify = VerifyRequirementRequest.builder().chainReceiptId("chr_1")
                .awaitFinality(true).awaitRequiredStatus("settled").awaitTimeoutSeconds(30L).awaitPollSeconds(2L)
                .build();

        assertThat(requirement.toBuilder().build()).isEqualTo(requirement).hasSameHashCodeAs(requirement);
        assertThat(subscription.toBuilder().build()).isEqualTo(subscription).hasSameHashCodeAs(subscription);
        assertThat(verify.toBuilder().build()).isEqualTo(verify).hasSameHashCodeAs(verify);
        assertThat(requirement.toBuilder().amountMinor(1300).build().amountMinor()).isEqualTo(1300);
        assertThat(subscription.toBuilder().currency("jpy").build().currency()).isEqualTo("JPY");
        assertThat(verify.toBuilder().awaitPollSeconds(null).build().awaitPollSeconds()).isNull();
        assertThat(requirement.merchant()).isEqualTo("acme-shop");
        assertThat(verify.awaitTimeoutSeconds()).isEqualTo(30L);
        assertThat(verify.toString()).contains("awaitTimeoutSeconds=30");
        assertThatThrownBy(() -> subscription.toBuilder().amountMinor(0).build())
                .isInstanceOf(SdrpValidationException.class).extracting("field").isEqualTo("amount_minor");
        assertThatThrownBy(() -> verify.toBuilder().awaitPollSeconds(-1L).build())
                .isInstanceOf(SdrpValidationException.class).extracting("field").isEqualTo("await_poll_seconds");
    }
}
