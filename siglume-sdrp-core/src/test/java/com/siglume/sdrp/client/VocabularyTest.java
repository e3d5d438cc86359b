package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.checkout.CheckoutSession;
import com.siglume.sdrp.client.checkout.CheckoutSessionStatus;
import com.siglume.sdrp.client.metered.SettlementBatch;
import com.siglume.sdrp.client.metered.SettlementBatchStatus;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.client.subscriptions.DirectPaymentSubscription;
import com.siglume.sdrp.client.subscriptions.RecurringCadence;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayAuthorization;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayAuthorizationRequest;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayCadence;
import com.siglume.sdrp.client.subscriptions.SubscriptionRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closed vocabularies read as enums; a value a newer API adds reads as {@code UNKNOWN} with the
 * text kept, an absent one as {@code null}, and a request never sends {@code UNKNOWN}.
 */
class VocabularyTest {

    private final LoopbackServer server = LoopbackServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private SiglumeMerchantClient merchant() {
        return SiglumeMerchantClient.builder().environment(name -> null).token("mtok").baseUrl(server.baseUrl())
                .build();
    }

    private SiglumePaymentClient payments() {
        return SiglumePaymentClient.builder().environment(name -> null).token("utok").baseUrl(server.baseUrl())
                .build();
    }

    @Test
    void aKnownValueReadsAsItsConstant() {
        server.then(envelope("{\"session_id\":\"chk_1\",\"status\":\"authenticated\"}"),
                envelope("{\"settlement_batch_id\":\"msb_1\",\"status\":\"past_due\"}"),
                envelope("{\"mode\":\"external_402\",\"cadence\":\"monthly\"}"));

        CheckoutSession session = merchant().getCheckoutSession("chk_1");
        SettlementBatch batch = payments().getProviderSettlementBatch("msb_1");
        DirectPaymentSubscription subscription = payments().createSubscription(
                SubscriptionRequest.of("acme-shop", 980, "JPY", "rc"));

        assertThat(session.status()).isEqualTo(CheckoutSessionStatus.AUTHENTICATED);
        assertThat(batch.status()).isEqualTo(SettlementBatchStatus.PAST_DUE);
        assertThat(subscription.mode()).isEqualTo(PaymentMode.EXTERNAL_402);
        assertThat(subscription.cadence()).isEqualTo(RecurringCadence.MONTHLY);
    }

    @Test
    void aValueThisSdkDoesNotKnowIsUnknownWithItsTextKept() {
        server.then(envelope("{\"session_id\":\"chk_1\",\"status\":\"on_hold\"}"),
                envelope("{\"settlement_batch_id\":\"msb_1\",\"status\":\"disputed\"}"),
                envelope("{\"requirement_id\":\"dpr_1\",\"mode\":\"external_403\"}"),
                envelope("{\"mode\":\"streaming\",\"cadence\":\"hourly\"}"),
                envelope("{\"authorization_id\":\"sap_1\",\"cadence\":{\"unit\":\"weekly\",\"hour\":9}}"));

        CheckoutSession session = merchant().getCheckoutSession("chk_1");
        SettlementBatch batch = payments().getProviderSettlementBatch("msb_1");
        PaymentRequirement requirement = payments().getPaymentRequirement("dpr_1");
        DirectPaymentSubscription subscription = payments().createSubscription(
                SubscriptionRequest.of("acme-shop", 980, "JPY", "rc"));
        ScheduledAutoPayAuthorization authorization = payments().revokeScheduledAutoPay("sap_1");

        assertThat(session.status()).isEqualTo(CheckoutSessionStatus.UNKNOWN);
        assertThat(session.statusWireName()).isEqualTo("on_hold");
        assertThat(batch.status()).isEqualTo(SettlementBatchStatus.UNKNOWN);
        assertThat(batch.statusWireName()).isEqualTo("disputed");
        assertThat(requirement.mode()).isEqualTo(PaymentMode.UNKNOWN);
        assertThat(requirement.modeWireName()).isEqualTo("external_403");
        assertThat(subscription.mode()).isEqualTo(PaymentMode.UNKNOWN);
        assertThat(subscription.cadence()).isEqualTo(RecurringCadence.UNKNOWN);
        assertThat(subscription.cadenceWireName()).isEqualTo("hourly");
        assertThat(authorization.cadence().isObject()).isTrue();
        assertThat(authorization.cadence().unit()).isEqualTo(RecurringCadence.UNKNOWN);
        assertThat(authorization.cadence().unitWireName()).isEqualTo("weekly");
        assertThat(authorization.cadence().fields()).containsExactly(Map.entry("unit", "weekly"),
                Map.entry("hour", 9L));
    }

    @Test
    void anAbsentValueIsNull() {
        server.then(envelope("{\"session_id\":\"chk_1\"}"), envelope("{\"authorization_id\":\"sap_1\"}"));

        CheckoutSession session = merchant().getCheckoutSession("chk_1");
        ScheduledAutoPayAuthorization authorization = payments().revokeScheduledAutoPay("sap_1");

        assertThat(session.status()).isNull();
        assertThat(session.statusWireName()).isNull();
        assertThat(authorization.cadence()).isNull();
    }

    @Test
    void aCadenceNameReadsAsAName() {
        server.then(envelope("{\"authorization_id\":\"sap_1\",\"cadence\":\"daily\"}"));

        ScheduledAutoPayCadence cadence = payments().revokeScheduledAutoPay("sap_1").cadence();

        assertThat(cadence).isEqualTo(ScheduledAutoPayCadence.of(RecurringCadence.DAILY));
        assertThat(cadence.isObject()).isFalse();
        assertThat(cadence.fields()).isEmpty();
    }

    @Test
    void aCadenceOfAnotherShapeIsAnUnexpectedAnswer() {
        server.then(envelope("{\"authorization_id\":\"sap_1\",\"cadence\":7}"));

        assertThatThrownBy(() -> payments().revokeScheduledAutoPay("sap_1")).isInstanceOf(SiglumeApiException.class)
                .extracting("code").isEqualTo(SiglumeApiException.UNEXPECTED_RESPONSE);
    }

    @Test
    void lookupIsExactAndNullStaysNull() {
        assertThat(CheckoutSessionStatus.fromWireName("PAID")).isEqualTo(CheckoutSessionStatus.UNKNOWN);
        assertThat(CheckoutSessionStatus.fromWireName(null)).isNull();
        assertThat(SettlementBatchStatus.fromWireName("written_off")).isEqualTo(SettlementBatchStatus.WRITTEN_OFF);
        assertThat(PaymentMode.EXTERNAL_402.wireName()).isEqualTo("external_402");
        assertThat(RecurringCadence.UNKNOWN.wireName()).isNull();
    }

    @Test
    void requestsNeverSendUnknown() {
        assertThatThrownBy(() -> SubscriptionRequest.builder().merchant("acme-shop").amountMinor(1).currency("JPY")
                .challenge("rc").cadence(RecurringCadence.UNKNOWN).build()).extracting("field").isEqualTo("cadence");
        assertThatThrownBy(() -> ScheduledAutoPayAuthorizationRequest.builder().mode(PaymentMode.UNKNOWN).build())
                .extracting("field").isEqualTo("mode");
        assertThatThrownBy(() -> ScheduledAutoPayCadence.ofUnit(RecurringCadence.UNKNOWN)).extracting("field")
                .isEqualTo("cadence");
        assertThatThrownBy(() -> ScheduledAutoPayCadence.of(null)).extracting("field").isEqualTo("cadence");
        assertThat(server.requests()).isEmpty();
    }
}
