package com.siglume.sdrp.spring.ai.tool;

import static com.siglume.sdrp.spring.ai.test.AgentFixture.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.ai.policy.Approval;
import com.siglume.sdrp.spring.ai.test.AgentFixture;
import com.siglume.sdrp.spring.ai.test.Offers;
import com.siglume.sdrp.spring.ai.test.ScriptedChatModel;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.model.tool.ToolCallingChatOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tools through Spring AI's ChatClient, with a scripted model that asks for tool calls the
 * way a real model does: ChatClient runs them and hands their results back to the model.
 */
class ChatClientToolCallingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AgentFixture fixture = AgentFixture.onH2();

    @AfterEach
    void close() {
        fixture.close();
    }

    private static JsonNode lastToolResult(Prompt prompt) {
        List<Message> messages = prompt.getInstructions();
        ToolResponseMessage response = (ToolResponseMessage) messages.get(messages.size() - 1);
        return JSON.readTree(response.getResponses().get(0).responseData());
    }

    private static String offer(long amount, String challenge) {
        return JSON.createObjectNode().put("merchant", MERCHANT).put("amount_minor", amount).put("currency", "JPY")
                .put("challenge", challenge).toString();
    }

    @Test
    void aModelReadsAnOfferPaysItAndReportsTheReceipt() {
        String challenge = Offers.challenge(MERCHANT, 1200, "JPY");
        SiglumePaymentTools tools = new SiglumePaymentTools(fixture.payments(AgentFixture.policy()
                .currency("JPY", 2000, 10_000).build()));
        ScriptedChatModel model = new ScriptedChatModel(
                ScriptedChatModel.callTool("call_1", SiglumePaymentTools.READ_OFFER, prompt -> offer(1200, challenge)),
                ScriptedChatModel.callTool("call_2", SiglumePaymentTools.PAY_OFFER, prompt -> {
                    assertThat(lastToolResult(prompt).get("allowed").asBoolean()).isTrue();
                    return offer(1200, challenge);
                }),
                prompt -> new AssistantMessage("Paid, requirement "
                        + lastToolResult(prompt).get("requirement_id").asString()));
        ChatClient chat = ChatClient.builder(model).defaultToolCallbacks(tools.toolCallbacks()).build();

        String answer = chat.prompt().user("Buy order_123 from acme-shop; here is its payment request.").call()
                .content();

        assertThat(answer).isEqualTo("Paid, requirement dpr_1");
        assertThat(fixture.api().executedRequirements()).containsExactly("dpr_1");
        assertThat(model.prompts()).hasSize(3);
        ToolCallingChatOptions sent = (ToolCallingChatOptions) model.prompts().get(0).getOptions();
        assertThat(sent.getToolCallbacks()).extracting(tool -> tool.getToolDefinition().name())
                .contains(SiglumePaymentTools.READ_OFFER, SiglumePaymentTools.PAY_OFFER);
    }

    @Test
    void aRefusalReachesTheModelAsAToolResultAndNothingIsPaid() {
        SiglumePaymentTools tools = new SiglumePaymentTools(fixture.payments(AgentFixture.policy().build(),
                offer -> Approval.deny("Purchases above 500 JPY need the owner."), ObservationRegistry.NOOP));
        String challenge = Offers.challenge(MERCHANT, 900, "JPY");
        ScriptedChatModel model = new ScriptedChatModel(
                ScriptedChatModel.callTool("call_1", SiglumePaymentTools.PAY_OFFER, prompt -> offer(900, challenge)),
                prompt -> {
                    JsonNode result = lastToolResult(prompt);
                    return new AssistantMessage("Not paid: " + result.get("refused").asString() + " - "
                            + result.get("message").asString());
                });
        ChatClient chat = ChatClient.builder(model).defaultToolCallbacks(tools.toolCallbacks()).build();

        String answer = chat.prompt().user("Pay for the report.").call().content();

        assertThat(answer).isEqualTo("Not paid: approval_denied - Purchases above 500 JPY need the owner.");
        assertThat(fixture.api().createCalls()).isZero();
    }
}
