package com.siglume.sdrp.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import com.siglume.sdrp.spring.webhook.EventStatus;
import com.siglume.sdrp.spring.webhook.R2dbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import com.siglume.sdrp.webflux.ReactiveShopApplication.PaymentsListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WebFlux webhook endpoint over real HTTP on Reactor Netty with an embedded R2DBC (H2)
 * database: the servlet endpoint's answers for every kind of delivery a sender or an attacker
 * can make, with listeners returning {@code Mono<Void>} that write in the store's transaction.
 */
@SpringBootTest(classes = ReactiveShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.max-body-size=4KB",
                "spring.r2dbc.generate-unique-name=true"})
class WebFluxWebhookEndpointTests {

    private static final String PATH = "/siglume/webhook";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    PaymentsListener listener;

    @Autowired
    SiglumeEventStore store;

    @Autowired
    MeterRegistry meters;

    WebhookHttp http;

    @BeforeEach
    void setUp() {
        http = new WebhookHttp(port);
    }

    @Test
    void usesTheDurableR2dbcStore() {
        assertThat(store).isInstanceOf(R2dbcSiglumeEventStore.class);
    }

    @Test
    void validDeliveryIsProcessedOnceAndRecordedWithTheListenersWork() throws Exception {
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
        assertThat(listener.calls(id)).isEqualTo(1);
        assertThat(listener.committedRows(id)).isEqualTo(1);
        assertThat(listener.threadKinds()).containsOnly("blocking");
        assertThat(store.find(id)).hasValueSatisfying(stored -> {
            assertThat(stored.status()).isEqualTo(EventStatus.PROCESSED);
            assertThat(stored.kind()).isEqualTo("standard_settled");
            assertThat(stored.payload()).isEqualTo(new String(body, StandardCharsets.UTF_8));
        });
    }

    @Test
    void voidListenersRunOffTheEventLoop() throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.unclassified(id);
        assertThat(http.post(PATH, body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        assertThat(listener.calls(id)).isEqualTo(1);
        assertThat(listener.threadKinds()).containsOnly("blocking");
        assertThat(store.find(id)).hasValueSatisfying(stored -> assertThat(stored.status())
                .isEqualTo(EventStatus.PROCESSED));
    }

    @Test
    void duplicateIsAcknowledgedAndCallsNobody() throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.standardSettled(id);
        assertThat(http.post(PATH, body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        HttpResponse<String> again = http.post(PATH, body, TestWebhooks.sign(body));
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(again.body()).get("outcome").asString()).isEqualTo("duplicate");
        assertThat(listener.calls(id)).isEqualTo(1);
        assertThat(listener.committedRows(id)).isEqualTo(1);
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
        assertError(http.post(PATH, tampered, header), 401, "invalid_signature");
        assertThat(listener.calls(id)).isZero();
        assertThat(store.find(id)).isEmpty();
    }

    @Test
    void signedInvalidPayloadIsA400AndChangesNothing() throws Exception {
        byte[] body = "{\"id\":\"evt_x\",\"type\":\"direct_payment.confirmed\"}".getBytes(StandardCharsets.UTF_8);
        assertError(http.post(PATH, body, TestWebhooks.sign(body)), 400, "invalid_payload");
        assertThat(store.find("evt_x")).isEmpty();
    }

    @Test
    void signedBodyWithMalformedUtf8IsA400AndChangesNothing() throws Exception {
        byte[][] sequences = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}};
        for (byte[] sequence : sequences) {
            String id = newId();
            byte[] valid = TestWebhooks.standardSettled(id);
            int at = new String(valid, StandardCharsets.UTF_8).indexOf("rcpt_") + "rcpt_".length();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(valid, 0, at);
            body.write(sequence);
            body.write(valid, at, valid.length - at);
            byte[] invalid = body.toByteArray();
            HttpResponse<String> response = http.post(PATH, invalid, TestWebhooks.sign(invalid));
            assertError(response, 400, "invalid_payload");
            assertThat(JSON.readTree(response.body()).get("error").get("message").asString()).contains("UTF-8");
            assertThat(listener.calls(id)).isZero();
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
        assertError(http.post(PATH, body, TestWebhooks.sign(body)), 413, "payload_too_large");
    }

    @Test
    void oversizeChunkedBodyIs413() throws Exception {
        byte[] body = oversizeBody();
        assertError(http.postChunked(PATH, body, TestWebhooks.sign(body)), 413, "payload_too_large");
    }

    @Test
    void chunkedBodyWithinTheLimitIsProcessed() throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.standardSettled(id);
        assertThat(http.postChunked(PATH, body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        assertThat(listener.calls(id)).isEqualTo(1);
    }

    @Test
    void readinessProbeIsAcknowledgedAndReachesNoListener() throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.readinessProbe(id);
        HttpResponse<String> response = http.post(PATH, body, TestWebhooks.sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("outcome").asString()).isEqualTo("probe");
        assertThat(listener.calls(id)).isZero();
        assertThat(store.find(id)).hasValueSatisfying(stored -> assertThat(stored.status()).isEqualTo(EventStatus.PROBE));
    }

    @Test
    void failingMonoListenerRollsBackEverythingAndTheRetryIsProcessedOnce() throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.standardSettled(id);
        listener.failNext(1);
        assertError(http.post(PATH, body, TestWebhooks.sign(body)), 500, "failed");
        assertThat(store.find(id)).isEmpty();
        assertThat(listener.committedRows(id)).isZero();

        assertThat(http.post(PATH, body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        assertThat(http.post(PATH, body, TestWebhooks.sign(body)).statusCode()).isEqualTo(200);
        assertThat(listener.calls(id)).isEqualTo(2);
        assertThat(listener.committedRows(id)).isEqualTo(1);
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
        assertThat(timer.totalTime(TimeUnit.NANOSECONDS)).isPositive();
    }

    private double count(String outcome, String kind) {
        Counter counter = meters.find("siglume.webhook.deliveries").tag("outcome", outcome).tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private void assertRefusedSignature(Function<byte[], String> signer) throws Exception {
        String id = newId();
        byte[] body = TestWebhooks.standardSettled(id);
        assertError(http.post(PATH, body, signer.apply(body)), 401, "invalid_signature");
        assertThat(listener.calls(id)).isZero();
        assertThat(store.find(id)).isEmpty();
    }

    static void assertError(HttpResponse<String> response, int status, String code) throws Exception {
        assertThat(response.statusCode()).isEqualTo(status);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("message").asString()).isNotBlank().doesNotContain(TestWebhooks.SECRET);
    }

    private static byte[] oversizeBody() {
        byte[] body = new byte[5 * 1024];
        Arrays.fill(body, (byte) 'a');
        return body;
    }

    static String newId() {
        return "evt_" + UUID.randomUUID();
    }
}
