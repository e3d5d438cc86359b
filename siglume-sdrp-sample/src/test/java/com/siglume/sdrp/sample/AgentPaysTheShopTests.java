package com.siglume.sdrp.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.agent.ShoppingAgentApplication;
import com.siglume.sdrp.challenge.DirectPaymentChallenges;
import com.siglume.sdrp.spring.ai.test.ScriptedChatModel;
import com.siglume.sdrp.spring.ai.tool.SiglumePaymentTools;
import com.siglume.sdrp.spring.checkout.OrderPaid;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An AI agent pays the shop, end to end on one machine: the shop on its embedded sandbox issues
 * the offer for an order, a separate agent application with the Spring AI payment tools and a
 * buyer token pays it through the sandbox's buyer API, the sandbox sends the shop its signed
 * confirmation, and the shop's listener marks the order paid, once.
 */
@Import(AgentPaysTheShopTests.PaidOrders.class)
class AgentPaysTheShopTests extends ShopTestBase {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    PaidOrders paidOrders;

    private ConfigurableApplicationContext agent;

    @BeforeEach
    void clearPaidOrders() {
        paidOrders.paid.clear();
    }

    @AfterEach
    void stopAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void theAgentPaysTheOfferWithThePayToolAndTheOrderIsPaidOnce() {
        startAgent(new ScriptedChatModel());
        JsonNode offer = offerFor("order_123");
        assertThat(offer.path("merchant").asString()).isEqualTo(sandbox.merchant());
        assertThat(offer.path("amount_minor").asLong()).isEqualTo(1200);
        assertThat(offer.path("currency").asString()).isEqualTo("JPY");
        assertThat(DirectPaymentChallenges.verify(sandbox.challengeSecret(), sandbox.merchant(), 1200, "JPY",
                offer.path("challenge").asString())).as("signed with the merchant's challenge secret").isTrue();
        assertThat(status("order_123")).isEqualTo("pending");

        JsonNode read = tool(SiglumePaymentTools.READ_OFFER, offer);
        JsonNode paid = tool(SiglumePaymentTools.PAY_OFFER, offer);

        assertThat(read.path("allowed").asBoolean()).as("read: %s", read).isTrue();
        assertThat(paid.path("status").asString()).as("pay: %s", paid).isEqualTo("paid");
        assertThat(paid.path("replayed").asBoolean()).isFalse();
        String requirementId = paid.path("requirement_id").asString();
        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        JsonNode order = shop.order("order_123");
        assertThat(order.path("status").asString()).isEqualTo("paid");
        assertThat(order.path("requirement_id").asString()).isEqualTo(requirementId);
        assertThat(paidOrders.paid).singleElement().satisfies(once -> {
            assertThat(once.orderId()).isEqualTo("order_123");
            assertThat(once.requirementId()).isEqualTo(requirementId);
            assertThat(once.sessionId()).isNull();
        });

        JsonNode again = tool(SiglumePaymentTools.PAY_OFFER, offer);

        assertThat(again.path("status").asString()).isEqualTo("paid");
        assertThat(again.path("replayed").asBoolean()).as("the first payment, returned again").isTrue();
        assertThat(again.path("requirement_id").asString()).isEqualTo(requirementId);
        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        assertThat(sandbox.payments()).as("no second payment").hasSize(1);
        assertThat(paidOrders.paid).as("the order's listener ran once").hasSize(1);
        assertThat(webhookEventRows()).isEqualTo(1);
        ShopHttp.Answer refused = shop.agentChallenge("order_123");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("error").asString()).isEqualTo("This order is already paid.");
    }

    @Test
    void theAgentPaysThroughAChatClientWhoseModelReadsTheOfferFromThePrompt() {
        ScriptedChatModel model = new ScriptedChatModel(
                ScriptedChatModel.callTool("call_1", SiglumePaymentTools.READ_OFFER,
                        AgentPaysTheShopTests::offerInPrompt),
                ScriptedChatModel.callTool("call_2", SiglumePaymentTools.PAY_OFFER, prompt -> {
                    assertThat(lastToolResult(prompt).path("allowed").asBoolean()).isTrue();
                    return offerInPrompt(prompt);
                }),
                prompt -> new AssistantMessage("Paid order_123, requirement "
                        + lastToolResult(prompt).path("requirement_id").asString()));
        startAgent(model);
        String offer = offerFor("order_123").toString();

        String answer = agent.getBean(ChatClient.class).prompt()
                .user("Buy order_123. The shop answered with this offer: " + offer)
                .call()
                .content();

        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        assertThat(paidOrders.paid).singleElement().satisfies(once -> {
            assertThat(once.orderId()).isEqualTo("order_123");
            assertThat(answer).isEqualTo("Paid order_123, requirement " + once.requirementId());
        });
        assertThat(status("order_123")).isEqualTo("paid");
        assertThat(model.prompts()).hasSize(3);
    }

    @Test
    void anOfferThePolicyRefusesIsNotPaidAndTheOrderStaysPending() {
        startAgent(new ScriptedChatModel());
        JsonNode offer = offerFor("order_nano");

        JsonNode refused = tool(SiglumePaymentTools.PAY_OFFER, offer);

        assertThat(refused.path("refused").asString()).as("pay: %s", refused).isEqualTo("pricing_band_not_allowed");
        assertThat(sandbox.requirement("dpr_sandbox_1")).as("nothing was asked of Siglume").isEmpty();
        assertThat(sandbox.payments()).isEmpty();
        assertThat(status("order_nano")).isEqualTo("pending");
        assertThat(paidOrders.paid).isEmpty();
    }

    private void startAgent(ScriptedChatModel model) {
        agent = ShoppingAgentApplication.start(sandbox.apiBase(), sandbox.buyerAuthToken(), sandbox.merchant(), model);
    }

    /** Asks the shop for an order's offer, as the agent's HTTP client would. */
    private JsonNode offerFor(String orderId) {
        ShopHttp.Answer answer = shop.agentChallenge(orderId);
        assertThat(answer.status()).as("offer for %s: %s", orderId, answer.body()).isEqualTo(200);
        return answer.json();
    }

    /** Calls one of the agent's tools with an offer's fields, as a model's tool call would. */
    private JsonNode tool(String name, JsonNode offer) {
        ToolCallback callback = agent.getBean(SiglumePaymentTools.class).toolCallbacks().stream()
                .filter(tool -> tool.getToolDefinition().name().equals(name)).findFirst().orElseThrow();
        return JSON.readTree(callback.call(arguments(offer)));
    }

    /** The pay and read tools' arguments: the offer's merchant, amount, currency and challenge. */
    private static String arguments(JsonNode offer) {
        return JSON.createObjectNode().put("merchant", offer.path("merchant").asString())
                .put("amount_minor", offer.path("amount_minor").asLong())
                .put("currency", offer.path("currency").asString())
                .put("challenge", offer.path("challenge").asString()).toString();
    }

    /** The scripted model's reading of the user's message: the offer JSON after "offer: ". */
    private static String offerInPrompt(Prompt prompt) {
        String text = prompt.getUserMessage().getText();
        return arguments(JSON.readTree(text.substring(text.indexOf("offer: ") + "offer: ".length())));
    }

    private static JsonNode lastToolResult(Prompt prompt) {
        List<Message> messages = prompt.getInstructions();
        ToolResponseMessage response = (ToolResponseMessage) messages.get(messages.size() - 1);
        return JSON.readTree(response.getResponses().get(0).responseData());
    }

    /** Records every {@link OrderPaid} beside the shop's own listener. */
    static class PaidOrders {

        final List<OrderPaid> paid = new CopyOnWriteArrayList<>();

        @SiglumePaymentListener
        void onPaid(OrderPaid event) {
            paid.add(event);
        }
    }
}
