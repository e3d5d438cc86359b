package com.siglume.sdrp.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.WebhookRetryPolicy;
import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.it.WebhookTestApplication;
import com.siglume.sdrp.spring.webhook.EventStatus;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * {@code siglume.verify-on-startup}: the checks of verify once the application is ready, the
 * test delivery to its own endpoint included.
 */
@ExtendWith(OutputCaptureExtension.class)
class VerifyOnStartupTests {

    private static final String TOKEN = "merchant_token_of_the_startup_test";
    private static final String SECRET = "whsec_secret_of_the_startup_test";

    private SiglumeSandbox sandbox;
    private int port;

    @BeforeEach
    void start() throws IOException {
        sandbox = SiglumeSandbox.builder().port(0).merchantAuthToken(TOKEN).webhookSecret(SECRET)
                .webhookRetryPolicy(WebhookRetryPolicy.NONE).build().start();
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        sandbox.setWebhookUrl("http://127.0.0.1:" + port + "/siglume/webhook");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ConfigurableApplicationContext run(String mode, String... more) {
        List<String> properties = new ArrayList<>(List.of("server.port=" + port, "siglume.env=sandbox",
                "siglume.api-base=" + sandbox.apiBase(), "siglume.merchant=sandbox_merchant",
                "siglume.merchant-auth-token=" + TOKEN, "siglume.webhook.secret=" + SECRET,
                "siglume.client.max-retries=0", "spring.datasource.generate-unique-name=true",
                "siglume.verify-on-startup=" + mode));
        properties.addAll(List.of(more));
        return new SpringApplicationBuilder(WebhookTestApplication.class).properties(properties.toArray(String[]::new))
                .run();
    }

    @Test
    void failStartsWhenEveryCheckPassesAndTheProbeIsRecorded(CapturedOutput output) {
        try (ConfigurableApplicationContext context = run("fail")) {
            String eventId = sandbox.deliveries().get(0).eventId();
            assertThat(context.getBean(SiglumeEventStore.class).find(eventId)).get()
                    .satisfies(event -> assertThat(event.status()).isEqualTo(EventStatus.PROBE));
            assertThat(output).contains("Siglume integration checks passed at startup");
        }
    }

    @Test
    void failStopsStartupWithAFailureReport(CapturedOutput output) {
        sandbox.disableHostedCheckout();

        assertThatThrownBy(() -> run("fail").close()).satisfies(e -> {
            Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
            assertThat(root).isInstanceOf(SiglumeConfigurationException.class)
                    .hasMessageContaining("hosted_checkout_probe: Hosted Checkout is not enabled");
        });
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("The Siglume integration checks failed at startup (siglume.verify-on-startup=fail)")
                .contains("set siglume.verify-on-startup=warn or off").doesNotContain(TOKEN).doesNotContain(SECRET);
    }

    @Test
    void warnLogsTheFailedChecksAndStarts(CapturedOutput output) {
        sandbox.disableHostedCheckout();

        try (ConfigurableApplicationContext context = run("warn")) {
            assertThat(context.isRunning()).isTrue();
        }
        assertThat(output).contains("WARN").contains("hosted_checkout_probe: Hosted Checkout is not enabled")
                .doesNotContain("APPLICATION FAILED TO START");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fail", "warn"})
    void checksWithoutAMerchantClientAreAMisconfiguration(String mode, CapturedOutput output) {
        assertThatThrownBy(() -> run(mode, "siglume.merchant-auth-token=").close())
                .satisfies(e -> assertThat(NestedExceptionUtils.getMostSpecificCause(e))
                        .isInstanceOf(SiglumeConfigurationException.class)
                        .hasMessageContaining("no SiglumeMerchantClient"));
        assertThat(output).contains("APPLICATION FAILED TO START");
    }

    @Test
    void offRunsNothing() {
        sandbox.disableHostedCheckout();

        try (ConfigurableApplicationContext context = run("off")) {
            assertThat(context.isRunning()).isTrue();
        }
        assertThat(sandbox.deliveries()).isEmpty();
    }
}
