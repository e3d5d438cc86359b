package com.siglume.sdrp.agent;

import com.siglume.sdrp.spring.ai.tool.SiglumePaymentTools;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * A shopping agent as a Spring AI application builds one: the starter's payment client with the
 * buyer's token, the {@code siglume-sdrp-spring-ai} tools and spend policy, and a
 * {@link ChatClient} over whatever {@link ChatModel} the application has. It lives outside the
 * shop's packages and reads none of the shop's configuration: it is another application, which
 * only shares the Siglume API (here, the shop's embedded sandbox) with the shop.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class ShoppingAgentApplication {

    /**
     * The agent's chat client with the payment tools.
     *
     * @param model the chat model
     * @param paymentTools the payment tools of {@code siglume-sdrp-spring-ai}
     * @return the client
     */
    @Bean
    ChatClient shoppingAgent(ChatModel model, SiglumePaymentTools paymentTools) {
        return ChatClient.builder(model)
                .defaultSystem("You buy the orders the user names. Read a shop's offer with siglume_read_offer,"
                        + " then pay it only with siglume_pay_offer.")
                .defaultToolCallbacks(paymentTools.toolCallbacks())
                .build();
    }

    /**
     * Starts the agent against a Siglume API with a buyer token: JPY up to 2,000 per payment and
     * 10,000 a day, to one merchant, Standard and Micro amounts only; the ledger in an in-memory
     * database of its own.
     *
     * @param apiBase the Siglume API base URL
     * @param buyerToken the buyer's user token
     * @param merchant the only merchant the agent may pay
     * @param model the chat model behind the chat client
     * @return the running agent application
     */
    public static ConfigurableApplicationContext start(String apiBase, String buyerToken, String merchant,
            ChatModel model) {
        List<String> properties = new ArrayList<>(List.of(
                // Not the shop's application.properties (same class path), and not its embedded sandbox.
                "spring.config.name=shopping-agent", "shop.sandbox.embedded=false",
                "spring.datasource.url=jdbc:h2:mem:agent_ledger_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "siglume.env=sandbox", "siglume.api-base=" + apiBase, "siglume.auth-token=" + buyerToken,
                "siglume.agent.policy.currencies.JPY.max-per-payment=2000",
                "siglume.agent.policy.currencies.JPY.budget=10000",
                "siglume.agent.policy.allowed-merchants=" + merchant,
                "siglume.agent.policy.allowed-pricing-bands=standard,micro"));
        return new SpringApplicationBuilder(ShoppingAgentApplication.class)
                .web(WebApplicationType.NONE)
                .properties(properties.toArray(String[]::new))
                .initializers(context -> context.getBeanFactory().registerSingleton("chatModel", model))
                .run();
    }
}
