package com.siglume.sdrp.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import com.siglume.sdrp.spring.test.StarterAutoConfigurations;
import com.siglume.sdrp.spring.test.TestWebhooks;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * An event whose row the database refuses is answered 2xx, counted and logged for review,
 * instead of 5xx for every redelivery; a listener's own failure still answers 500.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnstorableEventTests {

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(StarterAutoConfigurations.of())
            .withBean(SimpleMeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(Orders.class)
            .withPropertyValues("siglume.webhook.secret=" + TestWebhooks.SECRET);

    @Test
    void aRowTheDatabaseRefusesIsAcknowledgedCountedAndLoggedWithoutTheBody(CapturedOutput output) {
        runner.withUserConfiguration(NarrowPayloadTable.class)
                .withPropertyValues("siglume.webhook.jdbc.initialize-schema=never").run(context -> {
                    SiglumeWebhookProcessor processor = context.getBean(SiglumeWebhookProcessor.class);
                    byte[] body = TestWebhooks.standardSettled("evt_unstorable");
                    for (int delivery = 1; delivery <= 2; delivery++) {
                        WebhookOutcome outcome = processor.process(body, TestWebhooks.sign(body));
                        assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.UNSTORABLE);
                        assertThat(outcome.httpStatus()).isEqualTo(200);
                        assertThat(outcome.acknowledged()).isTrue();
                        assertThat(outcome.eventId()).isEqualTo("evt_unstorable");
                        assertThat(outcome.status()).isNull();
                    }
                    assertThat(context.getBean(Orders.class).paid).isEmpty();
                    assertThat(context.getBean(SiglumeEventStore.class).find("evt_unstorable")).isEmpty();
                    assertThat(context.getBean(MeterRegistry.class).get(MicrometerWebhookDeliveryObserver.DELIVERIES)
                            .tag("outcome", "unstorable").tag("kind", "standard_settled").counter().count())
                            .isEqualTo(2);
                    String log = output.getOut();
                    assertThat(log).contains("ERROR").contains("evt_unstorable").contains("cannot be stored")
                            .contains("review it by its id");
                    assertThat(log).doesNotContain(new String(body, StandardCharsets.UTF_8), "rcpt_evt_unstorable");
                });
    }

    @Test
    void aListenersOwnIntegrityViolationStillFailsAndIsDeliveredAgain() {
        runner.withUserConfiguration(OneDataSource.class).run(context -> {
            SiglumeWebhookProcessor processor = context.getBean(SiglumeWebhookProcessor.class);
            Orders orders = context.getBean(Orders.class);
            orders.refuse = true;
            byte[] body = TestWebhooks.standardSettled("evt_listener_refused");
            WebhookOutcome outcome = processor.process(body, TestWebhooks.sign(body));
            assertThat(outcome.result()).isEqualTo(WebhookOutcome.Result.FAILED);
            assertThat(outcome.httpStatus()).isEqualTo(500);
            assertThat(context.getBean(SiglumeEventStore.class).find("evt_listener_refused")).isEmpty();
            orders.refuse = false;
            assertThat(processor.process(body, TestWebhooks.sign(body)).result())
                    .isEqualTo(WebhookOutcome.Result.PROCESSED);
            assertThat(orders.paid).containsExactly("evt_listener_refused");
        });
    }

    /** A listener that can be told to fail with a data integrity violation of its own. */
    static class Orders {

        final List<String> paid = new CopyOnWriteArrayList<>();

        volatile boolean refuse;

        @SiglumePaymentListener
        void onPaid(StandardSettled settled) {
            if (refuse) {
                throw new DataIntegrityViolationException("the order table refused the update");
            }
            paid.add(settled.event().id());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OneDataSource {

        @Bean
        DataSource dataSource() {
            return new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true).build();
        }
    }

    /** The event table altered by hand, with a payload column far too small for any event. */
    @Configuration(proxyBeanMethods = false)
    static class NarrowPayloadTable {

        @Bean
        DataSource dataSource() {
            DataSource dataSource = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
                    .generateUniqueName(true).build();
            new ResourceDatabasePopulator(new ClassPathResource("com/siglume/sdrp/spring/webhook/schema-standard.sql"),
                    new ClassPathResource("com/siglume/sdrp/spring/it/narrow-event-table.sql")).execute(dataSource);
            return dataSource;
        }
    }
}
