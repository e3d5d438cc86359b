package com.siglume.sdrp.spring.autoconfigure;

import static com.siglume.sdrp.spring.autoconfigure.SiglumeAutoConfigurationTests.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.checkout.CheckoutConfirmationMatcher;
import com.siglume.sdrp.spring.checkout.CheckoutOrder;
import com.siglume.sdrp.spring.checkout.CheckoutReturnUrls;
import com.siglume.sdrp.spring.checkout.JdbcCheckoutAttemptStore;
import com.siglume.sdrp.spring.checkout.OrderPaid;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import com.siglume.sdrp.spring.client.SiglumeChallengeSigner;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * When the checkout exists, and the startup reports when it is wanted but cannot work.
 */
class SiglumeCheckoutAutoConfigurationTests {

    private static final String[] CONFIGURED = {"siglume.merchant=my-shop",
            "siglume.merchant-auth-token=merchant_token_for_tests", "siglume.api-base=http://127.0.0.1:9/v1",
            "siglume.webhook.secret=" + TestWebhooks.SECRET};

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class))
            .withPropertyValues("spring.datasource.url=jdbc:h2:mem:checkout_autoconfig_" + System.nanoTime());

    @Test
    void aConfiguredApplicationGetsTheCheckoutTheMatcherAndTheTable() {
        runner.withPropertyValues(CONFIGURED).run(context -> {
            assertThat(context).hasSingleBean(SiglumeCheckout.class).hasSingleBean(CheckoutConfirmationMatcher.class)
                    .hasSingleBean(JdbcCheckoutAttemptStore.class);
            assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("SELECT COUNT(*) FROM "
                    + JdbcCheckoutAttemptStore.TABLE, Integer.class)).isZero();
        });
    }

    @Test
    void withoutTokenMerchantWebhookOrDataSourceThereIsNoCheckoutAndNoFailure() {
        runner.withPropertyValues("siglume.merchant=my-shop", "siglume.webhook.secret=" + TestWebhooks.SECRET)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SiglumeCheckout.class));
        runner.withPropertyValues("siglume.merchant-auth-token=merchant_token_for_tests",
                "siglume.webhook.secret=" + TestWebhooks.SECRET)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SiglumeCheckout.class));
        runner.withPropertyValues("siglume.merchant=my-shop", "siglume.merchant-auth-token=merchant_token_for_tests")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SiglumeCheckout.class));
        new ApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of())
                .withPropertyValues(CONFIGURED).withPropertyValues("siglume.webhook.store=memory")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SiglumeCheckout.class));
    }

    @Test
    void disabledMeansNoCheckout() {
        runner.withPropertyValues(CONFIGURED).withPropertyValues("siglume.checkout.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SiglumeCheckout.class));
    }

    @Test
    void enabledWithoutTheMerchantTokenOrKeyStopsStartupNamingThem() {
        runner.withPropertyValues("siglume.checkout.enabled=true", "siglume.webhook.secret=" + TestWebhooks.SECRET)
                .run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("siglume.checkout.enabled is true")
                            .contains("no merchant bearer token is set (siglume.merchant-auth-token)")
                            .contains("no merchant key is set (siglume.merchant)");
                    assertThat(analysis.getAction()).contains("SIGLUME_MERCHANT_AUTH_TOKEN")
                            .contains("SIGLUME_DIRECT_PAYMENT_MERCHANT");
                });
        new ApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of())
                .withPropertyValues(CONFIGURED).withPropertyValues("siglume.checkout.enabled=true",
                        "siglume.webhook.store=memory")
                .run(context -> assertThat(analyze(context.getStartupFailure()).getDescription())
                        .contains("no DataSource"));
    }

    @Test
    void invalidCheckoutSettingsStopStartup() {
        runner.withPropertyValues(CONFIGURED).withPropertyValues("siglume.checkout.public-origin=http://shop.example")
                .run(context -> assertThat(analyze(context.getStartupFailure()).getAction())
                        .contains("siglume.checkout.public-origin"));
        runner.withPropertyValues(CONFIGURED).withPropertyValues("siglume.checkout.success-path=paid")
                .run(context -> assertThat(analyze(context.getStartupFailure()).getDescription())
                        .contains("success_path"));
        runner.withPropertyValues(CONFIGURED).withPropertyValues("siglume.merchant=My.Shop")
                .run(context -> assertThat(analyze(context.getStartupFailure()).getDescription())
                        .contains("self-service merchant key"));
    }

    @Test
    void theChallengeSecretLetsTheCheckoutIssueAgentChallengesAndAnotherMerchantsSignerStopsStartup() {
        runner.withPropertyValues(CONFIGURED).withPropertyValues("siglume.challenge-secret=challenge_secret_for_tests")
                .run(context -> assertThat(context.getBean(SiglumeCheckout.class).challenge(
                        CheckoutOrder.of("order_1", 1200, "JPY")).challenge())
                        .startsWith("siglume-external-402-v1:order_1-attempt_1:"));
        runner.withPropertyValues(CONFIGURED)
                .withBean(SiglumeChallengeSigner.class, () -> new SiglumeChallengeSigner("secret", "another-shop"))
                .run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains("cannot issue agent challenges")
                            .contains("another-shop");
                    assertThat(analysis.getAction()).contains("SiglumeChallengeSigner");
                });
    }

    @Test
    void anOrderListenerWithoutTheCheckoutStopsStartup() {
        new WebApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of(
                DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:checkout_listener_" + System.nanoTime(),
                        "siglume.merchant=my-shop", "siglume.webhook.secret=" + TestWebhooks.SECRET)
                .withBean(PaidOrders.class)
                .run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains(PaidOrders.class.getName() + ".onPaid(OrderPaid)")
                            .contains("no merchant bearer token is set");
                });
        new WebApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of(
                DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:checkout_listener_" + System.nanoTime())
                .withPropertyValues(CONFIGURED).withBean(PaidOrders.class)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SiglumeCheckout.class));
    }

    @Test
    void aHandBuiltCheckoutWithoutTheMatcherStopsStartupWithAnOrderListener() {
        new WebApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of(
                DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:checkout_hand_built_" + System.nanoTime())
                .withPropertyValues(CONFIGURED).withPropertyValues("siglume.checkout.enabled=false")
                .withUserConfiguration(HandBuiltCheckout.class).withBean(PaidOrders.class)
                .run(context -> {
                    FailureAnalysis analysis = analyze(context.getStartupFailure());
                    assertThat(analysis.getDescription()).contains(PaidOrders.class.getName() + ".onPaid(OrderPaid)")
                            .contains("this context has a SiglumeCheckout and no CheckoutConfirmationMatcher bean");
                    assertThat(analysis.getAction()).contains("Declare a CheckoutConfirmationMatcher bean");
                });
    }

    @Test
    void aBeanThatNeedsTheMissingCheckoutGetsAReportNamingWhatIsMissing() {
        runner.withPropertyValues("siglume.merchant=my-shop").withBean(NeedsCheckout.class).run(context -> {
            Throwable failure = context.getStartupFailure();
            MockEnvironment environment = new MockEnvironment().withProperty("siglume.merchant", "my-shop");
            FailureAnalysis analysis = new SiglumeCheckoutFailureAnalyzer(new DefaultListableBeanFactory(),
                    environment).analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("needs SiglumeCheckout")
                    .contains("no merchant bearer token is set").contains("the webhook is off").contains("no DataSource")
                    .doesNotContain("merchant key");
            assertThat(analysis.getAction()).contains("siglume.merchant-auth-token");
        });
    }

    static class PaidOrders {

        @SiglumePaymentListener
        void onPaid(OrderPaid paid) {
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HandBuiltCheckout {

        @Bean
        SiglumeCheckout handBuiltCheckout(SiglumeMerchantClient client, DataSource dataSource,
                PlatformTransactionManager transactionManager) {
            return SiglumeCheckout.builder().merchantClient(client)
                    .attemptStore(new JdbcCheckoutAttemptStore(dataSource, transactionManager, Clock.systemUTC()))
                    .merchant("my-shop")
                    .returnUrls(CheckoutReturnUrls.of("https://shop.example", () -> null, "/paid", "/cancelled"))
                    .build();
        }
    }

    static class NeedsCheckout {

        NeedsCheckout(SiglumeCheckout checkout) {
        }
    }
}
