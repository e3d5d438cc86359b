package com.siglume.sdrp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.check.CheckMode;
import com.siglume.sdrp.check.CheckReport;
import com.siglume.sdrp.check.CheckSettings;
import com.siglume.sdrp.check.CheckStatus;
import com.siglume.sdrp.check.SiglumeChecks;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The checks as a library: with a probe witness, a 2xx answer is not enough; the witness must
 * report the test event recorded, within the delivery timeout.
 */
class ProbeWitnessTest {

    private SiglumeSandbox sandbox;
    private TinyShop shop;
    private CheckSettings settings;

    @BeforeEach
    void start() {
        sandbox = SiglumeSandbox.builder().port(0).build().start();
        shop = new TinyShop(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
        sandbox.setWebhookUrl(shop.webhookUrl());
        settings = CheckSettings.builder()
                .environment(Map.of("SIGLUME_SANDBOX_API_BASE", sandbox.apiBase(), "SHOP_WEBHOOK_URL",
                        shop.webhookUrl())::get)
                .sandbox(true)
                .deliveryWait(Duration.ofMillis(400), Duration.ofMillis(20))
                .build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        shop.close();
    }

    @Test
    void passesOnceTheWitnessSeesTheProbeEvent() {
        AtomicInteger looks = new AtomicInteger();
        CheckReport report = SiglumeChecks.of(settings)
                .withProbeWitness(eventId -> shop.received().stream()
                        .anyMatch(w -> w.event().id().equals(eventId) && w.event().isReadinessProbe())
                        && looks.incrementAndGet() >= 3)
                .run(CheckMode.VERIFY);

        assertThat(report.ok()).as(report.toString()).isTrue();
        assertThat(report.checks()).hasSize(24);
        assertThat(report.check(SiglumeChecks.WEBHOOK_PROBE_RECORDED).orElseThrow().detail())
                .contains(shop.received().get(0).event().id());
        assertThat(looks.get()).isEqualTo(3);
    }

    @Test
    void failsWhenTheWitnessNeverSeesItInTime() {
        long started = System.nanoTime();
        CheckReport report = SiglumeChecks.of(settings).withProbeWitness(eventId -> false).run(CheckMode.VERIFY);

        assertThat(report.ok()).isFalse();
        assertThat(report.failures()).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo(SiglumeChecks.WEBHOOK_PROBE_RECORDED);
            assertThat(check.status()).isEqualTo(CheckStatus.FAIL);
            assertThat(check.detail()).contains("did not record event").contains("within 400 ms");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void preflightNeverAsksTheWitness() {
        CheckReport report = SiglumeChecks.of(settings).withProbeWitness(eventId -> {
            throw new AssertionError("asked");
        }).run(CheckMode.PREFLIGHT);

        assertThat(report.ok()).isTrue();
        assertThat(report.check(SiglumeChecks.WEBHOOK_PROBE_RECORDED)).isEmpty();
        assertThat(shop.received()).isEmpty();
    }
}
