package com.siglume.sdrp.spring.ai.policy;

import static com.siglume.sdrp.spring.ai.test.Offers.offer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.PricingBand;
import com.siglume.sdrp.SdrpValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpendPolicyTest {

    private final SpendPolicy policy = SpendPolicy.builder()
            .currency("jpy", 1000, 5000)
            .allowMerchant("Acme-Shop")
            .allowedBands(Set.of(PricingBand.STANDARD, PricingBand.MICRO))
            .build();

    @Test
    void allowsAnOfferWithinEveryRule() {
        assertThat(policy.check(offer("acme-shop", 1000, "JPY"))).isEmpty();
        assertThat(policy.check(offer("acme-shop", 50, "JPY"))).isEmpty();
    }

    @Test
    void refusesACurrencyWithoutLimits() {
        assertThat(policy.check(offer("acme-shop", 500, "USD"))).get().extracting(Refusal::reason)
                .isEqualTo(RefusalReason.CURRENCY_NOT_ALLOWED);
    }

    @Test
    void refusesAnAmountAboveThePerPaymentMaximum() {
        Refusal refusal = policy.check(offer("acme-shop", 1001, "JPY")).orElseThrow();
        assertThat(refusal.reason()).isEqualTo(RefusalReason.AMOUNT_OVER_LIMIT);
        assertThat(refusal.message()).contains("1001 JPY", "1000 JPY");
    }

    @Test
    void refusesAMerchantNotOnTheList() {
        assertThat(policy.check(offer("other-shop", 600, "JPY"))).get().extracting(Refusal::reason)
                .isEqualTo(RefusalReason.MERCHANT_NOT_ALLOWED);
    }

    @Test
    void refusesAPricingBandNotAllowed() {
        Refusal refusal = policy.check(offer("acme-shop", 49, "JPY")).orElseThrow();
        assertThat(refusal.reason()).isEqualTo(RefusalReason.PRICING_BAND_NOT_ALLOWED);
        assertThat(refusal.message()).contains("nano");
    }

    @Test
    void aPolicyThatAllowsNothingCannotBeBuilt() {
        assertThatThrownBy(() -> SpendPolicy.builder().allowMerchant("acme-shop").build())
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("currency");
        assertThatThrownBy(() -> SpendPolicy.builder().currency("JPY", 1, 1).build())
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("merchant");
        assertThatThrownBy(() -> SpendPolicy.builder().currency("JPY", 1, 1).allowMerchant("a").allowedBands(Set.of())
                .build()).isInstanceOf(SdrpValidationException.class).hasMessageContaining("band");
        assertThatThrownBy(() -> SpendPolicy.builder().currency("JPY", 10, 5))
                .isInstanceOf(SdrpValidationException.class).hasMessageContaining("larger than the budget");
        assertThatThrownBy(() -> SpendPolicy.builder().currency("EUR", 10, 50))
                .isInstanceOf(SdrpValidationException.class);
    }

    @Test
    void offersAreNormalisedAndOnlyOneTimeChallengesAccepted() {
        PaymentOffer offer = new PaymentOffer(" ACME-Shop ", 600, "jpy", " siglume-external-402-v1:n1:abc ");
        assertThat(offer.merchant()).isEqualTo("acme-shop");
        assertThat(offer.currency()).isEqualTo("JPY");
        assertThat(offer.challenge()).isEqualTo("siglume-external-402-v1:n1:abc");
        assertThat(offer.toString()).doesNotContain("n1:abc").contains(offer.challengeHash());
        assertThatThrownBy(() -> new PaymentOffer("acme-shop", 600, "JPY", "siglume-external-402-recurring-v1:n:s"))
                .isInstanceOf(SdrpValidationException.class).extracting("field").isEqualTo("challenge");
        assertThatThrownBy(() -> new PaymentOffer("acme-shop", 0, "JPY", "siglume-external-402-v1:n:s"))
                .extracting("field").isEqualTo("amount_minor");
    }

    @Test
    void budgetPeriodsStartOnTheirFirstDayInTheZone() {
        Instant instant = Instant.parse("2026-03-04T23:30:00Z");
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        assertThat(BudgetPeriod.DAY.start(instant, tokyo)).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(BudgetPeriod.WEEK.start(instant, ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(BudgetPeriod.MONTH.start(instant, ZoneId.of("UTC"))).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void theThresholdApproverDeniesAboveItsThreshold() {
        ThresholdPaymentApprover approver = new ThresholdPaymentApprover(Map.of("jpy", 500L));
        assertThat(approver.review(offer("acme-shop", 500, "JPY"))).isEqualTo(Approval.approve());
        assertThat(approver.review(offer("acme-shop", 501, "JPY"))).isInstanceOf(Approval.Deny.class);
        assertThat(approver.review(offer("acme-shop", 1, "USD"))).isInstanceOf(Approval.Deny.class);
        assertThatThrownBy(() -> new ThresholdPaymentApprover(Map.of("JPY", -1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
