package com.siglume.sdrp.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.checkout.CheckoutSession;
import com.siglume.sdrp.client.internal.ClientJson;
import com.siglume.sdrp.client.metered.BuyerUsageEvent;
import com.siglume.sdrp.client.metered.MeteredOpenPeriod;
import com.siglume.sdrp.client.metered.ProviderUsageEvent;
import com.siglume.sdrp.client.metered.SettlementBatch;
import com.siglume.sdrp.client.requirements.PaymentRequirement;
import com.siglume.sdrp.client.subscriptions.ScheduledAutoPayAuthorization;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Answers that share fields read them once: each shared field lands in its accessor, and
 * {@code extra()} holds exactly the fields no accessor names.
 */
class SharedAnswerPartsTest {

    private static final String CAPABILITY = "\"buyer_user_id\":\"usr_1\",\"agent_id\":\"agt_1\","
            + "\"product_listing_id\":\"pl_1\",\"listing_id\":\"lst_1\",\"access_grant_id\":null,"
            + "\"capability_key\":\"cap.run\"";
    private static final String SETTLEMENT = "\"pricing_band\":\"micro\",\"settlement_cadence\":\"weekly\","
            + "\"finality\":\"metered\",\"protocol_fee_minor\":\"0.125\",\"settlement_status\":\"pending_settlement\"";
    private static final String PERIOD = "\"period_start\":\"2026-01-01T00:00:00Z\",\"period_end\":null,"
            + "\"close_at\":\"2026-01-08T00:00:00Z\",\"settlement_trigger\":\"amount_threshold\","
            + "\"settlement_threshold_minor\":\"100\",\"provider_receivable_minor\":\"9.9\",\"buyer_debit_minor\":\"10.4\"";

    private static <T> T read(String json, Class<T> type) {
        return ClientJson.MAPPER.readValue(json, type);
    }

    @Test
    void requirementReadsCapabilityAndSettlementAndKeepsOnlyTheUnknownFieldsInExtra() {
        PaymentRequirement requirement = read("{\"requirement_id\":\"req_1\"," + CAPABILITY + "," + SETTLEMENT
                + ",\"amount_minor\":1200,\"new_field\":{\"x\":1}}", PaymentRequirement.class);

        assertThat(requirement.buyerUserId()).isEqualTo("usr_1");
        assertThat(requirement.agentId()).isEqualTo("agt_1");
        assertThat(requirement.productListingId()).isEqualTo("pl_1");
        assertThat(requirement.listingId()).isEqualTo("lst_1");
        assertThat(requirement.accessGrantId()).isNull();
        assertThat(requirement.capabilityKey()).isEqualTo("cap.run");
        assertThat(requirement.requirementId()).isEqualTo("req_1");
        assertThat(requirement.amountMinor()).isEqualTo(1200L);
        assertThat(requirement.settlement()).isEqualTo(new PaymentSettlement("micro", "weekly", "metered",
                new BigDecimal("0.125"), "pending_settlement"));
        assertThat(requirement.protocolFeeMinor()).isEqualByComparingTo("0.125");
        assertThat(requirement.extra()).isEqualTo(Map.of("new_field", Map.of("x", 1L)));
        assertThat(requirement.toString()).contains("buyerUserId=usr_1", "requirementId=req_1");
    }

    @Test
    void authorizationReadsTheSameCapabilityFields() {
        ScheduledAutoPayAuthorization authorization = read("{\"authorization_id\":\"sap_1\"," + CAPABILITY
                + ",\"schedule_token\":\"secret-token\",\"later\":true}", ScheduledAutoPayAuthorization.class);

        assertThat(authorization.buyerUserId()).isEqualTo("usr_1");
        assertThat(authorization.capabilityKey()).isEqualTo("cap.run");
        assertThat(authorization.extra()).isEqualTo(Map.of("later", true));
        assertThat(authorization.toString()).contains("capabilityKey=cap.run").doesNotContain("secret-token");
    }

    @Test
    void checkoutSessionReportsItsSettlement() {
        CheckoutSession session = read("{\"session_id\":\"cs_1\"," + SETTLEMENT + ",\"chain_receipt_id\":\"chr_1\"}",
                CheckoutSession.class);

        assertThat(session.settlement().pricingBand()).isEqualTo("micro");
        assertThat(session.settlementCadence()).isEqualTo("weekly");
        assertThat(session.settlementStatus()).isEqualTo("pending_settlement");
        assertThat(session.chainReceiptId()).isEqualTo("chr_1");
        assertThat(session.extra()).isEmpty();
    }

    @Test
    void settlementBatchReadsItsPeriodAndItsReceivablesOnce() {
        SettlementBatch batch = read("{\"settlement_batch_id\":\"msb_1\",\"plan_type\":\"micro\"," + PERIOD
                + ",\"settled_provider_receivable_minor\":\"10.5\",\"written_off_provider_receivable_minor\":0,"
                + "\"usage_event_digest\":\"d1\",\"new_total\":\"1\"}", SettlementBatch.class);

        assertThat(batch.settlementBatchId()).isEqualTo("msb_1");
        assertThat(batch.periodStart()).isEqualTo("2026-01-01T00:00:00Z");
        assertThat(batch.periodEnd()).isNull();
        assertThat(batch.closeAt()).isEqualTo("2026-01-08T00:00:00Z");
        assertThat(batch.settlementTrigger()).isEqualTo("amount_threshold");
        assertThat(batch.settlementThresholdMinor()).isEqualByComparingTo("100");
        assertThat(batch.providerReceivableMinor()).isEqualByComparingTo("9.9");
        assertThat(batch.settledProviderReceivableMinor()).isEqualByComparingTo("10.5");
        assertThat(batch.writtenOffProviderReceivableMinor()).isEqualByComparingTo("0");
        assertThat(batch.unsettledProviderReceivableMinor()).isNull();
        assertThat(batch.usageEventDigest()).isEqualTo("d1");
        assertThat(batch.extra()).isEqualTo(Map.of("new_total", "1"));
        assertThat(batch.toString()).startsWith("SettlementBatch[settlementBatchId=msb_1,")
                .contains("periodStart=2026-01-01T00:00:00Z");
    }

    @Test
    void openPeriodReadsTheSamePeriodFields() {
        MeteredOpenPeriod period = read("{\"plan_type\":\"nano\"," + PERIOD + ",\"later\":[1]}",
                MeteredOpenPeriod.class);

        assertThat(period.planType()).isEqualTo("nano");
        assertThat(period.closeAt()).isEqualTo("2026-01-08T00:00:00Z");
        assertThat(period.buyerDebitMinor()).isEqualByComparingTo("10.4");
        assertThat(period.extra()).isEqualTo(Map.of("later", java.util.List.of(1L)));
    }

    @Test
    void theProviderReadsItsOwnUsageFieldsWhileTheBuyerKeepsThemAsUnknown() {
        String json = "{\"metered_usage_id\":\"mu_1\",\"plan_type\":\"micro\",\"protocol_fee_minor\":\"0.01\","
                + "\"provider_receivable_minor\":\"0.19\",\"buyer_period_ref\":\"bpr_1\",\"later\":1}";

        ProviderUsageEvent provider = read(json, ProviderUsageEvent.class);
        BuyerUsageEvent buyer = read(json, BuyerUsageEvent.class);

        assertThat(provider.meteredUsageId()).isEqualTo("mu_1");
        assertThat(provider.providerReceivableMinor()).isEqualByComparingTo("0.19");
        assertThat(provider.buyerPeriodRef()).isEqualTo("bpr_1");
        assertThat(provider.extra()).isEqualTo(Map.of("later", 1L));
        assertThat(provider.toString()).contains("providerReceivableMinor=0.19", "meteredUsageId=mu_1");
        assertThat(buyer.protocolFeeMinor()).isEqualByComparingTo("0.01");
        assertThat(buyer.extra()).containsOnlyKeys("provider_receivable_minor", "buyer_period_ref", "later");
    }

    @Test
    void answersAreEqualWhenTheyAreOfOneTypeAndHoldTheSameFields() {
        String json = "{\"plan_type\":\"micro\"," + PERIOD + "}";
        MeteredOpenPeriod one = read(json, MeteredOpenPeriod.class);
        MeteredOpenPeriod same = read(json, MeteredOpenPeriod.class);
        MeteredOpenPeriod other = read("{\"plan_type\":\"micro\"," + PERIOD + ",\"x\":1}", MeteredOpenPeriod.class);
        BuyerUsageEvent buyer = read("{\"metered_usage_id\":\"mu_1\"}", BuyerUsageEvent.class);
        ProviderUsageEvent provider = read("{\"metered_usage_id\":\"mu_1\"}", ProviderUsageEvent.class);

        assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
        assertThat((Object) buyer).isNotEqualTo(provider);
    }
}
