package com.siglume.sdrp.spring.autoconfigure;

import static com.siglume.sdrp.spring.autoconfigure.SiglumeAutoConfigurationTests.analyze;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import com.siglume.sdrp.spring.client.SiglumeChallengeSigner;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.webhook.WebhookSignatureException;
import com.siglume.sdrp.webhook.WebhookVerifier;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the clients, the webhook verifier and the checkout connect: the {@code siglume.*}
 * properties by default, a declared {@link SiglumeConnectionDetails} bean instead of them.
 */
class SiglumeConnectionDetailsTests {

    private static final String DETAILS_SECRET = "whsec_from_connection_details";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.store=memory");

    @Test
    void withoutADeclaredBeanTheDetailsAreThoseOfTheProperties() {
        runner.withPropertyValues("siglume.api-base=http://127.0.0.1:9/v1", "siglume.merchant=my-shop",
                "siglume.merchant-auth-token=merchant_token_from_properties", "siglume.auth-token=buyer_token",
                "siglume.challenge-secret=challenge_from_properties", "siglume.webhook.secret=" + TestWebhooks.SECRET)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    SiglumeConnectionDetails details = context.getBean(SiglumeConnectionDetails.class);
                    assertThat(details).isInstanceOf(PropertiesSiglumeConnectionDetails.class);
                    assertThat(details.apiBase()).isEqualTo("http://127.0.0.1:9/v1");
                    assertThat(details.merchant()).isEqualTo("my-shop");
                    assertThat(details.merchantAuthToken()).isEqualTo("merchant_token_from_properties");
                    assertThat(details.buyerAuthToken()).isEqualTo("buyer_token");
                    assertThat(details.challengeSecret()).isEqualTo("challenge_from_properties");
                    assertThat(details.webhookSecret()).isEqualTo(TestWebhooks.SECRET);
                    assertThat(details.toString()).doesNotContain("merchant_token_from_properties");
                });
    }

    @Test
    void theSandboxEnvironmentResolvesTheLocalApiBase() {
        runner.withPropertyValues("siglume.env=sandbox").run(context -> assertThat(
                context.getBean(SiglumeConnectionDetails.class).apiBase()).isEqualTo("http://127.0.0.1:8787/v1"));
    }

    @Test
    void aDeclaredBeanWinsOverTheProperties() {
        runner.withUserConfiguration(DeclaredDetails.class)
                .withPropertyValues("siglume.api-base=http://127.0.0.1:9/v1", "siglume.merchant=other-shop",
                        "siglume.merchant-auth-token=merchant_token_from_properties",
                        "siglume.webhook.secret=" + TestWebhooks.SECRET)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(PropertiesSiglumeConnectionDetails.class);
                    assertThat(context.getBean(SiglumeConnectionDetails.class)).isInstanceOf(FixedDetails.class);
                    assertThat(context.getBean(SiglumeMerchantClient.class).baseUrl())
                            .isEqualTo("http://127.0.0.1:7/v1");
                    WebhookVerifier verifier = context.getBean(WebhookVerifier.class);
                    byte[] body = TestWebhooks.standardSettled("evt_details");
                    Instant now = Instant.now();
                    assertThat(verifier.verify(body, TestWebhooks.sign(DETAILS_SECRET, body, now)).event().id())
                            .isEqualTo("evt_details");
                    assertThatThrownBy(() -> verifier.verify(body, TestWebhooks.sign(TestWebhooks.SECRET, body, now)))
                            .isInstanceOf(WebhookSignatureException.class);
                });
    }

    @Test
    void aDeclaredBeanAloneCreatesTheMerchantClient() {
        runner.withUserConfiguration(DeclaredDetails.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(SiglumeMerchantClient.class).baseUrl()).isEqualTo("http://127.0.0.1:7/v1");
            // The buyer client and the signer are still switched on by their properties only.
            assertThat(context).doesNotHaveBean(SiglumePaymentClient.class);
            assertThat(context).doesNotHaveBean(SiglumeChallengeSigner.class);
        });
    }

    @Test
    void theSignerAndTheBuyerClientTakeTheirValuesFromADeclaredBean() {
        runner.withUserConfiguration(DeclaredDetails.class)
                .withPropertyValues("siglume.auth-token=buyer_token_from_properties",
                        "siglume.challenge-secret=challenge_from_properties")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(SiglumePaymentClient.class).baseUrl()).isEqualTo("http://127.0.0.1:7/v1");
                    assertThat(context.getBean(SiglumeChallengeSigner.class).merchant()).isEqualTo("details-shop");
                });
    }

    @Test
    void aDeclaredBeanWithoutTheMerchantTokenStopsStartupNamingItsAccessor() {
        runner.withBean(SiglumeConnectionDetails.class, () -> new FixedDetails(null, DETAILS_SECRET)).run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("merchantAuthToken()").contains(FixedDetails.class.getName());
        });
    }

    @Test
    void aDeclaredBeanWithoutTheWebhookSecretStopsAnEnabledWebhookNamingItsAccessor() {
        runner.withBean(SiglumeConnectionDetails.class, () -> new FixedDetails("details_token", null))
                .withPropertyValues("siglume.webhook.enabled=true")
                .run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure());
                    assertThat(analysis.getAction()).contains("webhookSecret()");
                });
    }

    @Test
    void aDeclaredBeanAloneSwitchesTheWebhookOnUnlessItIsSwitchedOff() {
        runner.withUserConfiguration(DeclaredDetails.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(WebhookVerifier.class);
        });
        runner.withUserConfiguration(DeclaredDetails.class).withPropertyValues("siglume.webhook.enabled=false")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(WebhookVerifier.class);
                });
        // An empty secret, as "${SIGLUME_WEBHOOK_SECRET:}" gives with the variable unset, counts as unset.
        runner.withUserConfiguration(DeclaredDetails.class).withPropertyValues("siglume.webhook.secret=")
                .run(context -> assertThat(context).hasSingleBean(WebhookVerifier.class));
    }

    @Test
    void theSecretsOfADeclaredBeanAreMaskedLikeConfiguredOnes() {
        runner.withUserConfiguration(DeclaredDetails.class).run(context -> {
            SanitizingFunction masking = context.getBean("siglumeSanitizingFunction", SanitizingFunction.class);
            assertThat(masking.apply(new SanitizableData(null, "my.copy", DETAILS_SECRET)).getValue())
                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(masking.apply(new SanitizableData(null, "my.token", "details_token")).getValue())
                    .isEqualTo(SanitizableData.SANITIZED_VALUE);
            assertThat(masking.apply(new SanitizableData(null, "my.other", "harmless")).getValue())
                    .isEqualTo("harmless");
        });
    }

    @Test
    void theCheckoutTakesItsMerchantFromADeclaredBean() {
        new ApplicationContextRunner()
                .withConfiguration(StarterAutoConfigurations.of(DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:details_checkout_" + System.nanoTime(),
                        "siglume.webhook.enabled=true")
                .withUserConfiguration(DeclaredDetails.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(SiglumeCheckout.class);
                    assertThat(context.getBean(WebhookVerifier.class)).isNotNull();
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class DeclaredDetails {

        @Bean
        SiglumeConnectionDetails testConnectionDetails() {
            return new FixedDetails("details_token", DETAILS_SECRET);
        }
    }

    record FixedDetails(@Nullable String merchantAuthToken, @Nullable String webhookSecret)
            implements SiglumeConnectionDetails {

        @Override
        public String apiBase() {
            return "http://127.0.0.1:7/v1";
        }

        @Override
        public String merchant() {
            return "details-shop";
        }

        @Override
        public String buyerAuthToken() {
            return "details_buyer_token";
        }

        @Override
        public String challengeSecret() {
            return "details_challenge_secret";
        }
    }
}
