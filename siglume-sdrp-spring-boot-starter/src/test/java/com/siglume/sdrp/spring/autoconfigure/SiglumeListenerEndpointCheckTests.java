package com.siglume.sdrp.spring.autoconfigure;

import static com.siglume.sdrp.spring.autoconfigure.SiglumeAutoConfigurationTests.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.confirmation.MeteredBatchSettled;
import com.siglume.sdrp.confirmation.MeteredUsageAccepted;
import com.siglume.sdrp.confirmation.PaymentConfirmation;
import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.checkout.OrderFulfilledUnsettled;
import com.siglume.sdrp.spring.checkout.OrderPaid;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookEndpoint;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.webhook.WebhookEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Listeners that no webhook endpoint could ever call stop startup, unless the webhook was
 * switched off on purpose; and so does an endpoint whose payments no listener would fulfil from,
 * unless siglume.webhook.require-payment-listener is off.
 */
@ExtendWith(OutputCaptureExtension.class)
class SiglumeListenerEndpointCheckTests {

    private static final String LISTENER = Listener.class.getName() + ".settled(StandardSettled)";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.store=memory")
            .withBean(Listener.class);

    private final WebApplicationContextRunner webRunner = new WebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.store=memory")
            .withBean(Listener.class);

    private final WebApplicationContextRunner endpointRunner = new WebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withPropertyValues("siglume.webhook.store=memory", "siglume.webhook.secret=" + TestWebhooks.SECRET);

    private final WebApplicationContextRunner checkoutRunner = new WebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of(DataSourceAutoConfiguration.class,
                    DataSourceTransactionManagerAutoConfiguration.class))
            .withPropertyValues("spring.datasource.generate-unique-name=true", "siglume.merchant=my-shop",
                    "siglume.merchant-auth-token=merchant_token_for_tests", "siglume.api-base=http://127.0.0.1:9/v1",
                    "siglume.webhook.secret=" + TestWebhooks.SECRET);

    @Test
    void listenersWithoutASecretStopStartupNamingOneMethodAndTheSecret() {
        webRunner.run(context -> assertRefused(context.getStartupFailure(),
                "the webhook endpoint is off because siglume.webhook.secret is not set (or is blank)"));
    }

    @Test
    void aBlankSecretCountsAsNone() {
        webRunner.withPropertyValues("siglume.webhook.secret=  ").run(context -> assertRefused(context.getStartupFailure(),
                "the webhook endpoint is off because siglume.webhook.secret is not set (or is blank)"));
    }

    @Test
    void aSecretWithoutAWebApplicationStopsStartup() {
        runner.withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET).run(context -> assertRefused(
                context.getStartupFailure(), "siglume.webhook.secret is set, but this application serves no webhook"
                        + " endpoint: it is neither a servlet nor a reactive web application"));
    }

    @Test
    void severalListenersAreCountedInTheReport() {
        webRunner.withBean(OtherListener.class).run(context -> assertThat(
                analyze(context.getStartupFailure()).getDescription())
                .contains("(and 1 more) can never be called"));
    }

    @Test
    void webhookSwitchedOffOnPurposeIsOneInfoLine(CapturedOutput output) {
        runner.withPropertyValues("siglume.webhook.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            String line = "Siglume webhook endpoint is off (siglume.webhook.enabled=false): @SiglumePaymentListener method "
                    + LISTENER + " is not called in this application.";
            assertThat(output.getOut().lines().filter(text -> text.contains(line)))
                    .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING).contains("INFO");
        });
    }

    @Test
    void aServletWebApplicationWithASecretStarts() {
        webRunner.withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SiglumeWebhookEndpoint.class));
    }

    @Test
    void anApplicationServingTheProcessorItselfDeclaresItsEndpoint() {
        runner.withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET)
                .withBean(SiglumeWebhookEndpoint.class, () -> new SiglumeWebhookEndpoint("/own/webhook"))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SiglumeWebhookProcessor.class));
    }

    @Test
    void withoutListenersNoEndpointIsNeeded() {
        new ApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of())
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void anEndpointWithoutAnyListenerStopsStartup() {
        endpointRunner.run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).isEqualTo("Siglume SDRP: The Siglume webhook endpoint is on, but no"
                    + " @SiglumePaymentListener method receives a payment to fulfil (StandardSettled,"
                    + " MeteredUsageAccepted): none was found. Every payment would be stored for manual review, and"
                    + " nothing would fulfil its order.");
            assertThat(analysis.getAction()).contains("StandardSettled").contains("OrderPaid")
                    .contains("siglume.webhook.require-payment-listener=false")
                    .contains("siglume.webhook.enabled=false");
        });
    }

    @Test
    void aReactiveEndpointWithoutAnyListenerStopsStartup() {
        new ReactiveWebApplicationContextRunner().withConfiguration(StarterAutoConfigurations.of())
                .withPropertyValues("siglume.webhook.store=memory", "siglume.webhook.secret=" + TestWebhooks.SECRET)
                .run(context -> assertThat(analyze(context.getStartupFailure())
                        .getDescription()).contains("no @SiglumePaymentListener method receives a payment to fulfil"));
    }

    @Test
    void listenersOfOtherEventsOnlyStopStartupAndAreNamed() {
        // A raw WebhookEvent listener of direct_payment.confirmed does not count: the processor stores
        // a confirmation no classification listener receives for review, whoever else heard it.
        endpointRunner.withBean(OtherEventsListener.class).run(context -> assertThat(
                analyze(context.getStartupFailure()).getDescription())
                .contains("the ones found (" + OtherEventsListener.class.getName() + ".batch(MeteredBatchSettled), "
                        + OtherEventsListener.class.getName() + ".raw(WebhookEvent)) receive other events"));
    }

    @Test
    void aListenerOfEveryConfirmationReceivesSettledPayments() {
        endpointRunner.withBean(EveryConfirmationListener.class)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SiglumeWebhookEndpoint.class));
    }

    @Test
    void withTheCheckoutAnEndpointWithoutAnOrderPaidListenerStopsStartup() {
        checkoutRunner.run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).isEqualTo("Siglume SDRP: The Siglume webhook endpoint is on, but no"
                    + " @SiglumePaymentListener method receives a payment to fulfil (OrderPaid, StandardSettled): none"
                    + " was found. SiglumeCheckout would mark a paid order paid, and nothing would fulfil it.");
            assertThat(analysis.getAction()).startsWith("Add a @SiglumePaymentListener method taking OrderPaid")
                    .doesNotContain("require-payment-listener");
        });
    }

    @Test
    void withTheCheckoutTheRequirementCannotBeTurnedOff() {
        // The matcher would mark paid orders paid with nobody to fulfil them: nothing to review.
        checkoutRunner.withPropertyValues("siglume.webhook.require-payment-listener=false").run(context -> assertThat(
                analyze(context.getStartupFailure()).getDescription())
                .contains("SiglumeCheckout would mark a paid order paid"));
    }

    @Test
    void withTheCheckoutUnsettledOrdersCountOnlyWhenMicroAndNanoAmountsAreAllowed() {
        checkoutRunner.withBean(UnsettledOrderListener.class).run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("(OrderPaid, StandardSettled)")
                    .contains("the ones found (" + UnsettledOrderListener.class.getName()
                            + ".fulfilled(OrderFulfilledUnsettled)) receive other events");
        });
        checkoutRunner.withPropertyValues("siglume.checkout.allow-metered=true").run(context -> {
            FailureAnalysis analysis = analyze(context.getStartupFailure());
            assertThat(analysis.getDescription()).contains("(OrderPaid, OrderFulfilledUnsettled, StandardSettled,"
                    + " MeteredUsageAccepted)");
            assertThat(analysis.getAction()).contains("OrderFulfilledUnsettled");
        });
    }

    @Test
    void withTheCheckoutAnOrderPaidListenerOrASettledListenerIsEnough() {
        checkoutRunner.withBean(OrderPaidListener.class).run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(SiglumeCheckout.class).hasSingleBean(SiglumeWebhookEndpoint.class));
        checkoutRunner.withBean(Listener.class).run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(SiglumeCheckout.class));
    }

    @Test
    void aShopOfMicroAndNanoAmountsFulfilsFromAcceptedUsage() {
        endpointRunner.withBean(MeteredListener.class)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SiglumeWebhookEndpoint.class));
        checkoutRunner.withPropertyValues("siglume.checkout.allow-metered=true").withBean(UnsettledOrderListener.class)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SiglumeCheckout.class));
    }

    @Test
    void anEndpointThatReceivesNoConfirmationsStartsWhenThePropertySaysSo() {
        endpointRunner.withPropertyValues("siglume.webhook.require-payment-listener=false")
                .withBean(OtherEventsListener.class)
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SiglumeWebhookEndpoint.class));
        endpointRunner.withPropertyValues("siglume.webhook.requirePaymentListener=false")
                .run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void anEndpointSwitchedOffNeedsNoListener() {
        endpointRunner.withPropertyValues("siglume.webhook.enabled=false").run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean(SiglumeWebhookEndpoint.class));
    }

    private static void assertRefused(Throwable failure, String reason) {
        FailureAnalysis analysis = analyze(failure);
        assertThat(analysis.getDescription()).isEqualTo("Siglume SDRP: @SiglumePaymentListener method " + LISTENER
                + " can never be called: " + reason + ".");
        assertThat(analysis.getAction()).contains("siglume.webhook.secret").contains("SIGLUME_WEBHOOK_SECRET")
                .contains("siglume.webhook.enabled=false").contains("SiglumeWebhookEndpoint");
    }

    static class Listener {

        @SiglumePaymentListener
        void settled(StandardSettled settled) {
        }
    }

    static class OtherEventsListener {

        @SiglumePaymentListener
        void batch(MeteredBatchSettled batch) {
        }

        @SiglumePaymentListener(eventTypes = "direct_payment.confirmed")
        void raw(WebhookEvent event) {
        }
    }

    static class EveryConfirmationListener {

        @SiglumePaymentListener
        void confirmed(PaymentConfirmation confirmation) {
        }
    }

    static class MeteredListener {

        @SiglumePaymentListener
        void accepted(MeteredUsageAccepted accepted) {
        }
    }

    static class UnsettledOrderListener {

        @SiglumePaymentListener
        void fulfilled(OrderFulfilledUnsettled fulfilled) {
        }
    }

    static class OrderPaidListener {

        @SiglumePaymentListener
        void paid(OrderPaid paid) {
        }
    }

    static class OtherListener {

        @SiglumePaymentListener
        void other(StandardSettled settled) {
        }
    }
}
