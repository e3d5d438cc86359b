package com.siglume.sdrp.spring.it.minimal;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import com.siglume.sdrp.spring.webhook.InMemorySiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Add the starter, set the secret (and, without a database, choose the memory store
 * explicitly), annotate one method: the application receives classified confirmations exactly
 * once. Runs in its own test execution whose classpath has only the web
 * starter and this starter (no JDBC, actuator, Micrometer or security), which also proves that
 * every optional integration backs off cleanly.
 */
@Tag("minimal-classpath")
@SpringBootTest(classes = MinimalShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory"})
class StarterPromiseMinimalClasspathTests {

    @LocalServerPort
    int port;

    @Autowired
    MinimalShopApplication.Orders orders;

    @Autowired
    ApplicationContext context;

    @Test
    void classpathHasNoOptionalIntegrations() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(ClassUtils.isPresent("org.springframework.jdbc.core.JdbcTemplate", loader)).isFalse();
        assertThat(ClassUtils.isPresent("org.springframework.boot.health.contributor.HealthIndicator", loader)).isFalse();
        assertThat(ClassUtils.isPresent("io.micrometer.core.instrument.MeterRegistry", loader)).isFalse();
        assertThat(ClassUtils.isPresent("org.springframework.security.web.SecurityFilterChain", loader)).isFalse();
        assertThat(context.getBean(SiglumeEventStore.class)).isInstanceOf(InMemorySiglumeEventStore.class);
    }

    @Test
    void classifiedConfirmationArrivesExactlyOnce() throws Exception {
        byte[] body = TestWebhooks.standardSettled("evt_promise");
        WebhookHttp http = new WebhookHttp(port);
        assertThat(http.post("/siglume/webhook", body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        assertThat(http.post("/siglume/webhook", body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        assertThat(orders.paid).hasSize(1);
        StandardSettled settled = orders.paid.get(0);
        assertThat(settled.event().id()).isEqualTo("evt_promise");
        assertThat(settled.challengeHash()).isEqualTo("sha256:evt_promise");
        assertThat(settled.chainReceiptId()).isEqualTo("rcpt_evt_promise");
        assertThat(settled.requirementId()).isEqualTo("dpr_evt_promise");
    }
}
