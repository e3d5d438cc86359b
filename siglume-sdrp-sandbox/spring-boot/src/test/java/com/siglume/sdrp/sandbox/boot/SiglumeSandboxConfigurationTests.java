package com.siglume.sdrp.sandbox.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.boot.app.PaidOrdersApplication;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.autoconfigure.SiglumeConnectionDetails;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@link SiglumeSandboxConfiguration} in the development run of a test application,
 * {@code SpringApplication.from(main).with(SiglumeSandboxConfiguration.class)}.
 */
class SiglumeSandboxConfigurationTests {

    @Test
    void aTestApplicationRunsAgainstTheSandboxAndClosesItOnShutdown() {
        SiglumeSandbox sandbox;
        try (ConfigurableApplicationContext context = SpringApplication.from(PaidOrdersApplication::main)
                .with(SiglumeSandboxConfiguration.class).run("--server.port=0").getApplicationContext()) {
            sandbox = context.getBean(SiglumeSandbox.class);
            SiglumeConnectionDetails details = context.getBean(SiglumeConnectionDetails.class);
            assertThat(details.apiBase()).isEqualTo(sandbox.apiBase());
            assertThat(details.webhookSecret()).isEqualTo(sandbox.webhookSecret());
            assertThat(details.toString()).doesNotContain(sandbox.merchantAuthToken())
                    .doesNotContain(sandbox.webhookSecret());
            String port = context.getEnvironment().getProperty("local.server.port");
            assertThat(sandbox.webhookUrl()).hasValue("http://127.0.0.1:" + port + "/siglume/webhook");
        }
        assertThat(sandbox.isRunning()).isFalse();
    }

    @Test
    void aConfiguredPortIsTheSandboxsPort() throws IOException {
        int free;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            free = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext context = SpringApplication.from(PaidOrdersApplication::main)
                .with(SiglumeSandboxConfiguration.class)
                .run("--server.port=0", "--" + SiglumeSandboxConfiguration.PORT_PROPERTY + "=" + free)
                .getApplicationContext()) {
            assertThat(context.getBean(SiglumeSandbox.class).port()).isEqualTo(free);
        }
    }

    @Test
    void emptyConnectionPropertiesOfAnApplicationYmlLeaveTheSandboxConnected() {
        // What "${SIGLUME_WEBHOOK_SECRET:}" and friends resolve to when the variables are unset.
        try (ConfigurableApplicationContext context = SpringApplication.from(PaidOrdersApplication::main)
                .with(SiglumeSandboxConfiguration.class)
                .run("--server.port=0", "--siglume.webhook.secret=", "--siglume.merchant=",
                        "--siglume.merchant-auth-token=")
                .getApplicationContext()) {
            SiglumeSandbox sandbox = context.getBean(SiglumeSandbox.class);
            assertThat(context.getBeansOfType(WebhookVerifier.class)).hasSize(1);
            assertThat(context.getBean(SiglumeWebhookProcessor.class)).isNotNull();
            assertThat(context.getBean(SiglumeMerchantClient.class).baseUrl()).isEqualTo(sandbox.apiBase());
        }
    }
}
