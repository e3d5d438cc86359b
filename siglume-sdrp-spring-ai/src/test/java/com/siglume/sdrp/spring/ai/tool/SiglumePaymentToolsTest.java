package com.siglume.sdrp.spring.ai.tool;

import static com.siglume.sdrp.spring.ai.test.AgentFixture.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.ai.test.AgentFixture;
import com.siglume.sdrp.spring.ai.test.Offers;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.tool.ToolCallback;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SiglumePaymentToolsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AgentFixture fixture = AgentFixture.onH2();
    private final SiglumePaymentTools tools = new SiglumePaymentTools(fixture.payments(AgentFixture.policy().build()));
    private final Map<String, ToolCallback> byName = tools.toolCallbacks().stream()
            .collect(Collectors.toMap(tool -> tool.getToolDefinition().name(), tool -> tool));

    @AfterEach
    void close() {
        fixture.close();
    }

    private JsonNode call(String tool, String arguments) {
        return JSON.readTree(byName.get(tool).call(arguments));
    }

    private static String offerArguments(long amount, String challenge) {
        return JSON.createObjectNode().put("merchant", MERCHANT).put("amount_minor", amount).put("currency", "JPY")
                .put("challenge", challenge).toString();
    }

    @Test
    void theFourToolsDescribeTheirArgumentsWithJsonSchemas() {
        assertThat(byName).containsOnlyKeys(SiglumePaymentTools.READ_OFFER, SiglumePaymentTools.PAY_OFFER,
                SiglumePaymentTools.PAYMENT_STATUS, SiglumePaymentTools.METERED_SUMMARY);
        JsonNode pay = JSON.readTree(byName.get(SiglumePaymentTools.PAY_OFFER).getToolDefinition().inputSchema());
        assertThat(pay.get("type").asString()).isEqualTo("object");
        assertThat(pay.get("properties").propertyNames()).containsExactlyInAnyOrder("merchant", "amount_minor",
                "currency", "challenge");
        assertThat(pay.get("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("merchant", "amount_minor", "currency", "challenge");
        assertThat(pay.get("properties").get("amount_minor").get("type").asString()).isEqualTo("integer");
        assertThat(pay.get("properties").get("challenge").get("description").asString()).contains("one-time");
        JsonNode read = JSON.readTree(byName.get(SiglumePaymentTools.READ_OFFER).getToolDefinition().inputSchema());
        assertThat(read.has("required") && !read.get("required").isEmpty()).isFalse();
        assertThat(byName.get(SiglumePaymentTools.PAY_OFFER).getToolDefinition().description())
                .contains("spend policy", "refused", "same challenge");
    }

    @Test
    void payReturnsTheRequirementAndReceiptAndPaysAChallengeOnce() {
        String challenge = Offers.challenge(MERCHANT, 1000, "JPY");

        JsonNode first = call(SiglumePaymentTools.PAY_OFFER, offerArguments(1000, challenge));
        JsonNode second = call(SiglumePaymentTools.PAY_OFFER, offerArguments(1000, challenge));

        assertThat(first.get("status").asString()).isEqualTo("paid");
        assertThat(first.get("replayed").asBoolean()).isFalse();
        assertThat(first.get("requirement_id").asString()).isEqualTo("dpr_1");
        assertThat(first.get("receipt_id").asString()).isEqualTo("rcpt_dpr_1");
        assertThat(first.get("pricing_band").asString()).isEqualTo("standard");
        assertThat(first.has("refused")).isFalse();
        assertThat(second.get("replayed").asBoolean()).isTrue();
        assertThat(second.get("requirement_id").asString()).isEqualTo("dpr_1");
        assertThat(fixture.api().executedRequirements()).containsExactly("dpr_1");
    }

    @Test
    void aRefusalIsAStructuredResultWithAReasonCode() {
        JsonNode refused = call(SiglumePaymentTools.PAY_OFFER,
                offerArguments(5000, Offers.challenge(MERCHANT, 5000, "JPY")));

        assertThat(refused.get("refused").asString()).isEqualTo("amount_over_limit");
        assertThat(refused.get("message").asString()).contains("5000 JPY");
        assertThat(refused.has("status")).isFalse();
        assertThat(fixture.api().createCalls()).isZero();
    }

    @Test
    void unusableArgumentsPayNothingAndSayWhy() {
        JsonNode notANumber = call(SiglumePaymentTools.PAY_OFFER, "{\"merchant\":\"acme-shop\",\"amount_minor\":\"lots\","
                + "\"currency\":\"JPY\",\"challenge\":\"siglume-external-402-v1:n:s\"}");
        JsonNode missing = call(SiglumePaymentTools.PAY_OFFER, "{\"merchant\":\"acme-shop\",\"currency\":\"JPY\"}");
        JsonNode badChallenge = call(SiglumePaymentTools.PAY_OFFER, offerArguments(600, "not-a-challenge"));
        JsonNode notJson = call(SiglumePaymentTools.PAY_OFFER, "{merchant");

        assertThat(notANumber.get("error").asString()).isEqualTo("invalid_input");
        assertThat(missing.get("refused").asString()).isEqualTo("invalid_offer");
        assertThat(missing.get("message").asString()).contains("amount_minor");
        assertThat(badChallenge.get("refused").asString()).isEqualTo("invalid_offer");
        assertThat(notJson.get("error").asString()).isEqualTo("invalid_input");
        assertThat(fixture.api().createCalls()).isZero();
    }

    @Test
    void readOfferGivesTheBandAndThePolicysViewWithoutPaying() {
        JsonNode micro = call(SiglumePaymentTools.READ_OFFER,
                offerArguments(300, Offers.challenge(MERCHANT, 300, "JPY")));
        JsonNode tooMuch = call(SiglumePaymentTools.READ_OFFER,
                offerArguments(1001, Offers.challenge(MERCHANT, 1001, "JPY")));

        assertThat(micro.get("pricing_band").asString()).isEqualTo("micro");
        assertThat(micro.get("settlement_cadence").asString()).isEqualTo("weekly");
        assertThat(micro.get("allowed").asBoolean()).isTrue();
        assertThat(micro.get("budget_remaining_minor").asLong()).isEqualTo(10_000);
        assertThat(tooMuch.get("allowed").asBoolean()).isFalse();
        assertThat(tooMuch.get("refused").asString()).isEqualTo("amount_over_limit");
        assertThat(fixture.api().createCalls()).isZero();
    }

    @Test
    void statusAndSummaryReadSiglume() {
        call(SiglumePaymentTools.PAY_OFFER, offerArguments(800, Offers.challenge(MERCHANT, 800, "JPY")));

        JsonNode status = call(SiglumePaymentTools.PAYMENT_STATUS, "{\"requirement_id\":\"dpr_1\"}");
        JsonNode fromRequirement = call(SiglumePaymentTools.READ_OFFER, "{\"requirement_id\":\"dpr_1\"}");
        JsonNode unknown = call(SiglumePaymentTools.PAYMENT_STATUS, "{\"requirement_id\":\"dpr_404\"}");
        JsonNode summary = call(SiglumePaymentTools.METERED_SUMMARY, "{}");

        assertThat(status.get("status").asString()).isEqualTo("verified");
        assertThat(status.get("chain_receipt_id").asString()).isEqualTo("chr_dpr_1");
        assertThat(fromRequirement.get("amount_minor").asLong()).isEqualTo(800);
        assertThat(fromRequirement.get("merchant").asString()).isEqualTo(MERCHANT);
        assertThat(unknown.get("error").asString()).isEqualTo("siglume_api_error");
        assertThat(unknown.get("status").asInt()).isEqualTo(404);
        assertThat(summary.get("role").asString()).isEqualTo("buyer");
        assertThat(summary.get("open_periods")).hasSize(1);
    }
}
