package com.siglume.sdrp.benchmarks.reactive.starter;

import com.siglume.sdrp.benchmarks.reactive.shop.ReactiveShopConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * B2's reactive starter row: a WebFlux + R2DBC application whose webhook endpoint is the
 * starter's ({@code POST /siglume/webhook}), events recorded in {@code siglume_webhook_events}
 * through R2DBC, and one {@code Mono<Void>} listener marking the order paid in the same reactive
 * transaction. Its settings come from {@code reactive-starter-webhook.properties} and the command
 * line, for example {@code --server.port=18081 --spring.r2dbc.url=...}.
 */
@SpringBootApplication
@Import(ReactiveShopConfiguration.class)
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
}
