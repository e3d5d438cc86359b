package com.siglume.sdrp.spring.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.webhook.EventStatus;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook endpoint over real HTTP: every kind of delivery a sender or an attacker can make,
 * and the answers, records and metrics each must produce, for any web stack. A subclass is a
 * {@code @SpringBootTest} on a random port with {@code siglume.webhook.max-body-size=4KB}, a
 * durable store and a {@code StandardSettled} listener that writes one row per event in the
 * store's transaction and can be told to fail. Published in this module's test jar.
 */
public abstract class WebhookEndpointContract {

    /** The endpoint path. */
    protected static final String PATH = "/siglume/webhook";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private SiglumeEventStore store;

    @Autowired
    private MeterRegistry meters;

    private WebhookHttp http;

    /**
     * How many times the listener received the event.
     *
     * @param eventId the event id
     * @return the count
     */
    protected abstract long calls(String eventId);

    /**
     * How many rows the listener's committed work left for the event.
     *
     * @param eventId the event id
     * @return the count
     */
    protected abstract long committedRows(String eventId);

    /**
     * Makes the listener fail its next calls, after writing its row.
     *
     * @param times how many calls fail
     */
    protected abstract void failNext(int times);

    @BeforeEach
    void setUpHttp() {
        http = new WebhookHttp(port);
    }

    /**
     * Returns the HTTP client of the application under test.
     *
     * @return the client
     */
    protected WebhookHttp http() {
        return http;
    }

    /**
     * Returns the application's event store.
     *
     * @return the store
     */
    protected SiglumeEventStore store() {
        return store;
    }

    @Test
    void validDeliveryIsProcessedOnceAndRecorded() throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.standardSettled(id);
        HttpResponse<String> response = http.post(PATH, body, TestWebhooks.sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode json = JSON.readTree(response.body());
        assertThat(json.get("received").asBoolean()).isTrue();
        assertThat(json.get("outcome").asString()).isEqualTo("processed");
        assertThat(json.get("event_id").asString()).isEqualTo(id);
        assertThat(calls(id)).isEqualTo(1);
        assertThat(committedRows(id)).isEqualTo(1);
        assertThat(store.find(id)).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(EventStatus.PROCESSED);
            assertThat(stored.kind()).isEqualTo("standard_settled");
            assertThat(stored.payload()).isEqualTo(new String(body, StandardCharsets.UTF_8));
        });
    }

    @Test
    void duplicateIsAcknowledgedAndCallsNobody() throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.standardSettled(id);
        assertThat(http.post(PATH, body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        HttpResponse<String> again = http.post(PATH, body, TestWebhooks.sign(body));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("outcome").asString()).isEqualTo("duplicate");
        assertThat(calls(id)).isEqualTo(1);
    }

    @Test
    void staleSignatureIsRefused() throws Exception {
        assertRefusedSignature(body -> TestWebhooks.sign(TestWebhooks.SECRET, body, Instant.now().minusSeconds(301)));
    }

    @Test
    void futureSignatureIsRefused() throws Exception {
        assertRefusedSignature(body -> TestWebhooks.sign(TestWebhooks.SECRET, body, Instant.now().plusSeconds(600)));
    }

    @Test
    void wrongSecretIsRefused() throws Exception {
        assertRefusedSignature(body -> TestWebhooks.sign("whsec_somebody_else", body, Instant.now()));
    }

    @Test
    void missingHeaderIsRefused() throws Exception {
        assertRefusedSignature(body -> null);
    }

    @Test
    void malformedHeaderIsRefused() throws Exception {
        assertRefusedSignature(body -> "v1=deadbeef");
    }

    @Test
    void tamperedBodyIsRefused() throws Exception {
        String id = newId();
        byte[] signed = TestWebhooks.standardSettled(id);
        String header = TestWebhooks.sign(signed);
        byte[] tampered = new String(signed, StandardCharsets.UTF_8).replace("rcpt_", "rcpX_")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.post(PATH, tampered, header);
        assertError(response, 401, "invalid_signature");
        assertThat(calls(id)).isZero();
        assertThat(store.find(id)).isEmpty();
    }

    @Test
    void signedInvalidPayloadIsA400AndChangesNothing() throws Exception {
        byte[] body = "{\"id\":\"evt_x\",\"type\":\"direct_payment.confirmed\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.post(PATH, body, TestWebhooks.sign(body));
        assertError(response, 400, "invalid_payload");
        assertThat(store.find("evt_x")).isEmpty();
    }

    @Test
    void signedBodyWithMalformedUtf8IsA400AndChangesNothing() throws Exception {
        // overlong '/', a code point above U+10FFFF, an encoded surrogate, a truncated sequence
        byte[][] sequences = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        for (byte[] sequence : sequences) {
            String id = newId();
            byte[] valid = TestWebhooks.standardSettled(id);
            String text = new String(valid, StandardCharsets.UTF_8);
            int at = text.indexOf("rcpt_") + "rcpt_".length();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            body.write(valid, 0, at);
            body.write(sequence);
            body.write(valid, at, valid.length - at);
            byte[] invalid = body.toByteArray();
            HttpResponse<String> response = http.post(PATH, invalid, TestWebhooks.sign(invalid));
            assertError(response, 400, "invalid_payload");
            assertThat(JSON.readTree(response.body()).get("error").get("message").asString()).contains("UTF-8");
            assertThat(calls(id)).isZero();
            assertThat(store.find(id)).isEmpty();
        }
    }

    @Test
    void otherMethodsAre405WithAllowHeader() throws Exception {
        for (String method : new String[] {"GET", "PUT", "DELETE"}) {
            HttpResponse<String> response = http.send(method, PATH);
            assertError(response, 405, "method_not_allowed");
            assertThat(response.headers().firstValue("Allow")).contains("POST");
        }
    }

    @Test
    void oversizeBodyByContentLengthIs413() throws Exception {
        byte[] body = oversizeBody();
        HttpResponse<String> response = http.post(PATH, body, TestWebhooks.sign(body));
        assertError(response, 413, "payload_too_large");
    }

    @Test
    void oversizeChunkedBodyIs413() throws Exception {
        byte[] body = oversizeBody();
        HttpResponse<String> response = http.postChunked(PATH, body, TestWebhooks.sign(body));
        assertError(response, 413, "payload_too_large");
    }

    @Test
    void chunkedBodyWithinTheLimitIsProcessed() throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.standardSettled(id);
        assertThat(http.postChunked(PATH, body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        assertThat(calls(id)).isEqualTo(1);
    }

    @Test
    void readinessProbeIsAcknowledgedAndReachesNoListener() throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.readinessProbe(id);
        HttpResponse<String> response = http.post(PATH, body, TestWebhooks.sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("outcome").asString()).isEqualTo("probe");
        assertThat(calls(id)).isZero();
        assertThat(store.find(id)).hasValueSatisfying(stored -> assertThat(stored.status()).isEqualTo(EventStatus.PROBE));
    }

    @Test
    void failingListenerRollsBackEverythingAndTheRetryIsProcessedOnce() throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.standardSettled(id);
        failNext(1);
        HttpResponse<String> failed = http.post(PATH, body, TestWebhooks.sign(body));
        assertError(failed, 500, "failed");
        assertThat(store.find(id)).isEmpty();
        assertThat(committedRows(id)).isZero();

        assertThat(http.post(PATH, body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        assertThat(http.post(PATH, body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        assertThat(calls(id)).isEqualTo(2);
        assertThat(committedRows(id)).isEqualTo(1);
        assertThat(store.find(id)).isPresent();
    }

    @Test
    void otherPathsAreUntouched() throws Exception {
        assertThat(http.send("GET", PATH + "/other").statusCode()).isEqualTo(404);
    }

    @Test
    void deliveriesAreCountedAndTimedByOutcomeAndKind() throws Exception {
        double processed = count("processed", "standard_settled");
        double duplicate = count("duplicate", "standard_settled");
        double invalidSignature = count("invalid_signature", "none");
        double probe = count("probe", "none");
        String id = newId();
        byte[] body = TestWebhooks.standardSettled(id);
        http.post(PATH, body, TestWebhooks.sign(body));
        http.post(PATH, body, TestWebhooks.sign(body));
        http.post(PATH, body, null);
        byte[] probeBody = TestWebhooks.readinessProbe(newId());
        http.post(PATH, probeBody, TestWebhooks.sign(probeBody));
        assertThat(count("processed", "standard_settled")).isEqualTo(processed + 1);
        assertThat(count("duplicate", "standard_settled")).isEqualTo(duplicate + 1);
        assertThat(count("invalid_signature", "none")).isEqualTo(invalidSignature + 1);
        assertThat(count("probe", "none")).isEqualTo(probe + 1);
        Timer timer = meters.find("siglume.webhook.processing").tag("outcome", "processed").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isPositive();
        assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
    }

    private double count(String outcome, String kind) {
        Counter counter = meters.find("siglume.webhook.deliveries").tag("outcome", outcome).tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private void assertRefusedSignature(java.util.function.Function<byte[], String> signer) throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.standardSettled(id);
        HttpResponse<String> response = http.post(PATH, body, signer.apply(body));
        assertError(response, 401, "invalid_signature");
        assertThat(calls(id)).isZero();
        assertThat(store.find(id)).isEmpty();
    }

    /**
     * Asserts an error answer without secrets in it.
     *
     * @param response the answer
     * @param status the expected status
     * @param code the expected error code
     * @throws Exception when the body is not JSON
     */
    protected static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isNotBlank().doesNotContain(TestWebhooks.SECRET);
    }

    private static byte[] oversizeBody() {
        // Past the 4KB limit the test application is configured with.
        byte[] body = new byte[5 * 1024];
        Arrays.fill(body, (byte) 'a');
        return body;
    }

    /**
     * A new, unique event id.
     *
     * @return the id
     */
    protected static String newId() {
        return "evt_" + UUID.randomUUID();
    }
}
