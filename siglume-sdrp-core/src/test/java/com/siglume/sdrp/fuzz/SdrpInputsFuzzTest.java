package com.siglume.sdrp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;

/**
 * Every input rule of {@link SdrpInputs} with arbitrary text and numbers: a normalised value or
 * an {@link SdrpValidationException} naming a field, and normalising twice changes nothing.
 */
@Tag(FuzzTargets.TAG)
class SdrpInputsFuzzTest {

    @FuzzTest(maxDuration = FuzzTargets.MAX_DURATION)
    void inputRulesNormaliseOrRefuseWithAField(FuzzedDataProvider data) {
        int rule = data.consumeInt(0, 17);
        long number = data.consumeLong();
        String text = data.consumeRemainingAsString();
        try {
            check(rule, text, number);
        } catch (SdrpValidationException refused) {
            assertThat(refused.field()).isNotBlank();
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    private static void check(int rule, String text, long number) {
        switch (rule) {
            case 0 -> {
                String trimmed = SdrpInputs.trim(text);
                assertThat(SdrpInputs.trim(trimmed)).isEqualTo(trimmed);
                assertThat(SdrpInputs.isPresent(text)).isEqualTo(!trimmed.isEmpty());
            }
            case 1 -> idempotent(SdrpInputs.merchant(text), SdrpInputs::merchant);
            case 2 -> idempotent(SdrpInputs.selfServiceMerchant(text), SdrpInputs::selfServiceMerchant);
            case 3 -> assertThat(SdrpInputs.currency(text)).isIn("JPY", "USD");
            case 4 -> assertThat(SdrpInputs.tokenSymbol(text)).isIn("JPYC", "USDC");
            case 5 -> assertThat(SdrpInputs.planType(text)).isIn("micro", "nano");
            case 6 -> assertThat(SdrpInputs.billingPlan(text)).isIn("launch", "free", "starter", "growth", "pro");
            case 7 -> assertThat(SdrpInputs.recurringCadence(text)).isIn("monthly", "daily");
            case 8 -> assertThat(SdrpInputs.nonce(text)).doesNotContain(":").isNotEmpty();
            case 9 -> assertThat(SdrpInputs.positiveInteger("amount_minor", number))
                    .isBetween(1L, 9_007_199_254_740_991L);
            case 10 -> idempotent(SdrpInputs.httpsUrl("webhook_callback_url", text),
                    url -> SdrpInputs.httpsUrl("webhook_callback_url", url));
            case 11 -> idempotent(SdrpInputs.returnUrl("success_url", text),
                    url -> SdrpInputs.returnUrl("success_url", url));
            case 12 -> {
                List<String> origins = SdrpInputs.checkoutOrigins(splitList(text));
                assertThat(SdrpInputs.checkoutOrigins(origins)).isEqualTo(origins);
            }
            case 13 -> idempotent(SdrpInputs.apiBaseUrl(text), SdrpInputs::apiBaseUrl);
            case 14 -> assertThat(SdrpInputs.allowedCurrencies(splitList(text))).isNotEmpty();
            case 15 -> {
                List<String> parts = splitList(text);
                String key = parts.isEmpty() ? text : parts.get(0);
                String value = parts.size() > 1 ? parts.get(1) : text;
                assertThat(SdrpInputs.allowedCurrencies(Map.of(key, value))).isNotEmpty();
            }
            case 16 -> SdrpInputs.required("field", text);
            default -> SdrpInputs.defaultToken(text);
        }
    }

    private static void idempotent(String normalised, java.util.function.UnaryOperator<String> rule) {
        assertThat(rule.apply(normalised)).isEqualTo(normalised);
    }

    /** Splits on '|' so that one input string can stand for a list. */
    private static List<String> splitList(String text) {
        List<String> items = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '|') {
                items.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return items;
    }
}
