package com.siglume.sdrp.sandbox.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.boot.app.PaidOrdersApplication;
import com.siglume.sdrp.spring.autoconfigure.SiglumeConnectionDetails;
import com.siglume.sdrp.spring.checkout.CheckoutOrder;
import com.siglume.sdrp.spring.checkout.CheckoutStart;
import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * {@link SiglumeSandboxTest}: a sandbox for the test's context, connected to the starter, that
 * sends its webhooks to the application's own port.
 */
@SiglumeSandboxTest(classes = PaidOrdersApplication.class, properties = "siglume.webhook.path=/payments/siglume")
class SiglumeSandboxTestTests {

    @Autowired
    SiglumeSandbox sandbox;

    @Autowired
    ApplicationContext context;

    @LocalServerPort
    int port;

    @Test
    void theStarterConnectsToTheSandboxThroughItsConnectionDetails() {
        assertThat(sandbox.isRunning()).isTrue();
        assertThat(context.getBeansOfType(SiglumeConnectionDetails.class).values())
                .singleElement().isInstanceOf(SandboxConnectionDetails.class);
        assertThat(context.getBean(SiglumeMerchantClient.class).baseUrl()).isEqualTo(sandbox.apiBase());
        assertThat(sandbox.port()).isNotEqualTo(SiglumeSandbox.DEFAULT_PORT);
    }

    @Test
    void theSandboxSendsItsWebhooksToTheApplicationsWebhookPath() {
        assertThat(sandbox.webhookUrl()).hasValue("http://127.0.0.1:" + port + "/payments/siglume");
    }

    @Test
    void anOrderPaidOnTheSandboxReachesTheApplicationsListenerOnce() {
        CheckoutStart start = context.getBean(SiglumeCheckout.class)
                .start(CheckoutOrder.of("order_boot_1", 1200, "JPY"));
        assertThat(start.checkoutUrl()).startsWith(sandbox.baseUrl());

        sandbox.confirm(start.sessionId());
        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();
        sandbox.redeliver(start.sessionId());
        assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(10))).isTrue();

        assertThat(sandbox.deliveries()).hasSize(2).allSatisfy(delivery -> assertThat(delivery.delivered()).isTrue());
        assertThat(context.getBean(PaidOrdersApplication.PaidOrders.class).orderIds()).containsExactly("order_boot_1");
    }
}
