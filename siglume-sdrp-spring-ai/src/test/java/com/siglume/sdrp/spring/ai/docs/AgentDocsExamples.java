package com.siglume.sdrp.spring.ai.docs;

import com.siglume.sdrp.spring.ai.policy.Approval;
import com.siglume.sdrp.spring.ai.policy.SiglumePaymentApprover;
import com.siglume.sdrp.spring.ai.tool.SiglumePaymentTools;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Java snippets of docs/agents.md, compiled (and checked verbatim by the documentation test).
 */
final class AgentDocsExamples {

    private AgentDocsExamples() {
    }

    @Configuration(proxyBeanMethods = false)
    static class AgentConfiguration {

        @Bean
        ChatClient shoppingAgent(ChatModel model, SiglumePaymentTools paymentTools) {
            return ChatClient.builder(model)
                    .defaultSystem("You buy what the user asks for. Pay a merchant's offer only with siglume_pay_offer.")
                    .defaultToolCallbacks(paymentTools.toolCallbacks())
                    .build();
        }
    }

    static String buy(ChatClient shoppingAgent, String offerFromMerchant) {
        return shoppingAgent.prompt()
                .user("Buy the report. The merchant answered HTTP 402 with: " + offerFromMerchant)
                .call()
                .content();
    }

    @Configuration(proxyBeanMethods = false)
    static class ApprovalConfiguration {

        @Bean
        SiglumePaymentApprover paymentApprover() {
            return offer -> {
                if (offer.amountMinor() <= 500) {
                    return Approval.approve();
                }
                if (offer.merchant().equals("acme-shop")) {
                    return Approval.askPerson("Approve " + offer.amountMinor() + " " + offer.currency()
                            + " to acme-shop in the operations console, then ask the agent to retry.");
                }
                return Approval.deny("Only acme-shop may be paid more than 500.");
            };
        }
    }
}
