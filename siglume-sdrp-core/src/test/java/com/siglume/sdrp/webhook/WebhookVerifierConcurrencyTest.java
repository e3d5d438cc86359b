package com.siglume.sdrp.webhook;

import static com.siglume.sdrp.webhook.TestDeliveries.T;
import static com.siglume.sdrp.webhook.TestDeliveries.clockAt;
import static com.siglume.sdrp.webhook.TestDeliveries.eventBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared verifier, many threads at once, every answer checked. */
class WebhookVerifierConcurrencyTest {

    private static final int THREADS = 16;
    private static final int DELIVERIES_PER_THREAD = 3_000;

    private enum Outcome { VERIFIED, SIGNATURE_ERROR, PAYLOAD_ERROR }

    private record Delivery(byte[] body, String header, Outcome expected, String expectedId) {
    }

    @Test
    void aSharedVerifierGivesExactlyTheRightAnswerUnderContention() throws Exception {
        WebhookVerifier shared = WebhookVerifier.builder()
                .secret("whsec_current")
                .additionalSecrets(List.of("whsec_previous"))
                .clock(clockAt(T))
                .build();
        List<Delivery> deliveries = deliveries();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                int offset = thread * 7;
                Callable<int[]> worker = () -> {
                    start.await();
                    int[] tally = new int[2];
                    for (int i = 0; i < DELIVERIES_PER_THREAD; i++) {
                        Delivery delivery = deliveries.get((offset + i) % deliveries.size());
                        tally[outcomeOf(shared, delivery) == delivery.expected() ? 0 : 1]++;
                    }
                    return tally;
                };
                results.add(pool.submit(worker));
            }
            start.countDown();
            int right = 0;
            int wrong = 0;
            for (Future<int[]> result : results) {
                int[] tally = result.get(2, TimeUnit.MINUTES);
                right += tally[0];
                wrong += tally[1];
            }
            assertThat(wrong).isZero();
            assertThat(right).isEqualTo(THREADS * DELIVERIES_PER_THREAD);
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static Outcome outcomeOf(WebhookVerifier verifier, Delivery delivery) {
        try {
            VerifiedWebhook verified = verifier.verify(delivery.body(), delivery.header());
            // A right "verified" must also carry this delivery's own event, not another thread's.
            return delivery.expectedId().equals(verified.event().id()) ? Outcome.VERIFIED : null;
        } catch (WebhookSignatureException e) {
            return Outcome.SIGNATURE_ERROR;
        } catch (WebhookPayloadException e) {
            return Outcome.PAYLOAD_ERROR;
        }
    }

    /** Mixed deliveries, different bodies and secrets side by side; 11 kinds, 77 in all. */
    private static List<Delivery> deliveries() {
        List<Delivery> list = new ArrayList<>();
        for (int n = 0; n < 7; n++) {
            String id = "evt_" + n;
            byte[] body = eventBody(id);
            byte[] other = eventBody(id + "_other");
            byte[] invalid = ("{\"id\":\"" + id + "\",\"data\":{}}").getBytes(StandardCharsets.UTF_8);
            String current = WebhookSignatures.sign("whsec_current", body, T);
            String previous = WebhookSignatures.sign("whsec_previous", body, T);
            String stranger = WebhookSignatures.sign("whsec_stranger", body, T);
            list.add(new Delivery(body, "t=" + T + ",v1=" + current, Outcome.VERIFIED, id));
            list.add(new Delivery(body, "t=" + T + ",v1=" + previous, Outcome.VERIFIED, id));
            list.add(new Delivery(body, "t=" + T + ",v1=" + stranger + ",v1=" + previous, Outcome.VERIFIED, id));
            list.add(new Delivery(other, "t=" + T + ",v1=" + current, Outcome.SIGNATURE_ERROR, id));
            list.add(new Delivery(body, "t=" + T + ",v1=" + stranger, Outcome.SIGNATURE_ERROR, id));
            list.add(new Delivery(body, WebhookSignatures.header("whsec_current", body, T - 301),
                    Outcome.SIGNATURE_ERROR, id));
            list.add(new Delivery(body, "t=" + (T + 1) + ",v1=" + current, Outcome.SIGNATURE_ERROR, id));
            list.add(new Delivery(body, "v1=" + current, Outcome.SIGNATURE_ERROR, id));
            list.add(new Delivery(body, "t=" + T + ",v1=" + current.substring(1), Outcome.SIGNATURE_ERROR, id));
            list.add(new Delivery(invalid, WebhookSignatures.header("whsec_previous", invalid, T),
                    Outcome.PAYLOAD_ERROR, id));
            list.add(new Delivery(other, WebhookSignatures.header("whsec_current", other, T + 299),
                    Outcome.VERIFIED, id + "_other"));
        }
        return list;
    }
}
