package com.siglume.sdrp.webflux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.siglume.sdrp.spring.autoconfigure.SiglumeFailureAnalyzer;
import com.siglume.sdrp.spring.checkout.OrderPaid;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.spring.test.SettledPaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcAutoConfiguration;
import org.springframework.boot.r2dbc.autoconfigure.R2dbcTransactionManagerAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

/**
 * The checkout keeps its attempts in a JDBC table, so a reactive application whose database is
 * R2DBC only has no checkout; when it asks for one, or listens for order payments, startup stops
 * with the checkout's report naming the missing DataSource rather than half-working.
 */
class CheckoutWithoutDataSourceTests {

    private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of(R2dbcAutoConfiguration.class,
                    R2dbcTransactionManagerAutoConfiguration.class))
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET,
                    "spring.r2dbc.generate-unique-name=true", "siglume.merchant-auth-token=merchant_token",
                    "siglume.merchant=my-shop", "siglume.api-base=http://127.0.0.1:9")
            .withBean(SettledPaymentListener.class);

    @Test
    void withoutAskingThereIsNoCheckout() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(SiglumeCheckout.class));
    }

    @Test
    void askingForTheCheckoutStopsStartupNamingTheDataSource() {
        // A whole application: Spring Boot filters out the checkout's auto-configuration without spring-jdbc.
        SpringApplicationBuilder application = new SpringApplicationBuilder(ReactiveShopApplication.class)
                .properties("server.port=0", "siglume.webhook.secret=" + TestWebhooks.SECRET,
                        "spring.r2dbc.generate-unique-name=true", "siglume.merchant-auth-token=merchant_token",
                        "siglume.merchant=my-shop", "siglume.api-base=http://127.0.0.1:9",
                        "siglume.checkout.enabled=true");
        Throwable failure = catchThrowable(application::run);
        FailureAnalysis analysis = analyze(failure);
        assertThat(analysis.getDescription()).contains("siglume.checkout.enabled is true, but the checkout cannot work")
                .contains("spring-jdbc is not on the class path");
        assertThat(analysis.getAction()).contains("DataSource");
    }

    @Test
    void anOrderPaymentListenerStopsStartupNamingTheDataSource() {
        runner.withBean(OrderListener.class).run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription() + analysis.getAction()).contains("DataSource");
        });
    }

    private static FailureAnalysis analyze(Throwable failure) {
        assertThat(failure).as("startup failure").isNotNull();
        FailureAnalysis analysis = new SiglumeFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("a Siglume failure report for " + failure).isNotNull();
        return analysis;
    }

    static class OrderListener {

        @SiglumePaymentListener
        void paid(OrderPaid paid) {
        }
    }
}
