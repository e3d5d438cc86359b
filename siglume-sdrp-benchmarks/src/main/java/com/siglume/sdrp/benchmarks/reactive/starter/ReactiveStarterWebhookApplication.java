package com.siglume.sdrp.benchmarks.reactive.starter;

import com.siglume.sdrp.benchmarks.reactive.shop.ReactiveShopOrders;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;

/**
 * B2's reactive starter row: a WebFlux + R2DBC application whose webhook endpoint is the
 * starter's ({@code POST /siglume/webhook}), events recorded in {@code siglume_webhook_events}
 * through R2DBC, and one {@code Mono<Void>} listener marking the order paid in the same reactive
 * transaction. Its settings come from {@code reactive-starter-webhook.properties} and the command
 * line, for example {@code --server.port=18081 --spring.r2dbc.url=...}.
 */
@SpringBootApplication
public class ReactiveStarterWebhookApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot command-line arguments
     */
    public static void main(String[] args) {
        new SpringApplicationBuilder(ReactiveStarterWebhookApplication.class)
                .web(WebApplicationType.REACTIVE)
                .properties("spring.config.name=reactive-starter-webhook")
                .run(args);
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
    ReactiveShopOrders reactiveShopOrders(DatabaseClient database, @Value("${siglume.merchant}") String merchant) {
        return new ReactiveShopOrders(database, merchant);
    }
}
