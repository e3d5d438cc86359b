package com.siglume.sdrp.benchmarks.handwritten;

import com.siglume.sdrp.webhook.WebhookVerifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * B2's baseline: the webhook endpoint a Java team would write by hand without the starter, as a
 * minimal Spring Boot application (Spring MVC, JDBC, H2 or PostgreSQL; no actuator). Its settings
 * come from {@code handwritten-webhook.properties} and the command line, for example
 * {@code --server.port=18081 --spring.datasource.url=...}.
 */
@SpringBootApplication
public class HandWrittenWebhookApplication {

    /**
     * Starts the application.
     *
     * @param args Spring Boot command-line arguments
     */
    public static void main(String[] args) {
        new SpringApplicationBuilder(HandWrittenWebhookApplication.class)
                .properties("spring.config.name=handwritten-webhook")
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
