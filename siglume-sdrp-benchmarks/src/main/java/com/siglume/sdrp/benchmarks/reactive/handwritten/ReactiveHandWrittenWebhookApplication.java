package com.siglume.sdrp.benchmarks.reactive.handwritten;

import com.siglume.sdrp.benchmarks.reactive.shop.ReactiveShopOrders;
import io.r2dbc.spi.ConnectionFactory;
import com.siglume.sdrp.webhook.WebhookVerifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;

/**
 * B2's reactive baseline: the webhook endpoint a Java team would write by hand on WebFlux and
 * R2DBC without the starter (Reactor Netty, a pooled R2DBC {@code ConnectionFactory} on H2 or
 * PostgreSQL; no actuator). Its settings come from {@code reactive-handwritten-webhook.properties}
 * and the command line, for example {@code --server.port=18081 --spring.r2dbc.url=...}.
 */
@SpringBootApplication
public class ReactiveHandWrittenWebhookApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot command-line arguments
     */
    public static void main(String[] args) {
        new SpringApplicationBuilder(ReactiveHandWrittenWebhookApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=reactive-handwritten-webhook")
                .run(args);
    }

    /**
     * The core verifier, the same the starter uses.
     *
     * @param secret the webhook signing secret
     * @return the verifier
     */
    @Bean
    WebhookVerifier webhookVerifier(@Value("${handwritten.webhook-secret}") String secret) {
        return WebhookVerifier.builder().secret(secret).build();
    }

    /**
     * The transaction manager of the R2DBC connection factory. Spring Boot 4.1's own one is
     * evaluated before its connection factory exists in this application and backs off, so it is
     * declared here, as an application would.
     *
     * @param connectionFactory the auto-configured connection factory
     * @return the transaction manager
     */
    @Bean
    ReactiveTransactionManager transactionManager(ConnectionFactory connectionFactory) {
        return new R2dbcTransactionManager(connectionFactory);
    }

    /**
     * The shop's orders.
     *
     * @param database the auto-configured client of the R2DBC connection factory
     * @param merchant the shop's merchant key
     * @return the order access
     */
    @Bean
    ReactiveShopOrders reactiveShopOrders(DatabaseClient database, @Value("${handwritten.merchant}") String merchant) {
        return new ReactiveShopOrders(database, merchant);
    }
}
