package com.siglume.sdrp.benchmarks.reactive.handwritten;

import com.siglume.sdrp.benchmarks.reactive.shop.ReactiveShopConfiguration;
import com.siglume.sdrp.webhook.WebhookVerifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * B2's reactive baseline: the webhook endpoint a Java team would write by hand on WebFlux and
 * R2DBC without the starter (Reactor Netty, a pooled R2DBC {@code ConnectionFactory} on H2 or
 * PostgreSQL; no actuator). Its settings come from {@code reactive-handwritten-webhook.properties}
 * and the command line, for example {@code --server.port=18081 --spring.r2dbc.url=...}.
 */
@SpringBootApplication
@Import(ReactiveShopConfiguration.class)
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
}
