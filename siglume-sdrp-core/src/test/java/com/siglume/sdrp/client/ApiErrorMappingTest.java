package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.body;
import static com.siglume.sdrp.client.LoopbackServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which exception type each answer becomes, and what it keeps of the answer. */
class ApiErrorMappingTest {

    private static final Instant NOW = Instant.parse("2026-06-11T10:00:00Z");

    private final LoopbackServer server = LoopbackServer.start();
    private final SiglumeMerchantClient client = SiglumeMerchantClient.builder()
            .environment(name -> null).token("mtok_mapping").baseUrl(server.baseUrl())
            .maxRetries(0).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();

    @AfterEach
    void stop() {
        server.close();
    }

    private SiglumeApiException errorOf(LoopbackServer.Responder responder) {
        server.then(responder);
        return catchThrowableOfType(SiglumeApiException.class, () -> client.getMerchant("acme-shop"));
    }

    @ParameterizedTest
    @CsvSource({
        "400, SiglumeInvalidRequestException",
        "422, SiglumeInvalidRequestException",
        "401, SiglumeAuthenticationException",
        "403, SiglumeAuthenticationException",
        "404, SiglumeNotFoundException",
        "429, SiglumeRateLimitException",
        "500, SiglumeServerException",
        "502, SiglumeServerException",
        "503, SiglumeServerException",
        "599, SiglumeServerException",
        "402, SiglumeApiException",
        "409, SiglumeApiException",
        "418, SiglumeApiException"})
    void eachStatusBecomesItsType(int status, String type) {
        SiglumeApiException error = errorOf(json(status,
                "{\"error\":{\"code\":\"E" + status + "\",\"message\":\"m" + status + "\",\"request_id\":\"req_" + status
                        + "\"}}"));

        assertThat(error.getClass().getSimpleName()).isEqualTo(type);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.code()).isEqualTo("E" + status);
        assertThat(error.getMessage()).isEqualTo("m" + status);
        assertThat(error.requestId()).isEqualTo("req_" + status);
        assertThat(error.isRetryable()).isEqualTo(status == 429 || status >= 500);
    }

    @Test
    void rateLimitKeepsTheRetryAfterItWasGiven() {
        SiglumeApiException seconds = errorOf(json(429, "{}", Map.of("Retry-After", "120")));
        String inNinetySeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(NOW.plusSeconds(90), ZoneOffset.UTC));
        SiglumeApiException date = errorOf(json(429, "{}", Map.of("Retry-After", inNinetySeconds)));
        SiglumeApiException none = errorOf(json(429, "{}"));
        SiglumeApiException unreadable = errorOf(json(429, "{}", Map.of("Retry-After", "soon")));

        // Uncapped: the policy caps how long the client waits, not what the API said.
        assertThat(seconds).isInstanceOfSatisfying(SiglumeRateLimitException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
        assertThat(date).isInstanceOfSatisfying(SiglumeRateLimitException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(90)));
        assertThat(none).isInstanceOfSatisfying(SiglumeRateLimitException.class,
                e -> assertThat(e.retryAfter()).isEmpty());
        assertThat(unreadable).isInstanceOfSatisfying(SiglumeRateLimitException.class,
                e -> assertThat(e.retryAfter()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"200", "201", "401", "404", "503"})
    void undecodableAnswerKeepsItsRealStatus(int status) {
        SiglumeApiException error = errorOf(body(status, "text/html", "<html>gateway page</html>", Map.of()));

        assertThat(error).isExactlyInstanceOf(SiglumeInvalidResponseException.class);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.code()).isEqualTo(SiglumeApiException.INVALID_JSON_RESPONSE);
        assertThat(error.body()).isEqualTo("<html>gateway page</html>");
        assertThat(error.isRetryable()).isFalse();
    }

    @Test
    void errorBodyIsKeptAsTextWithAFieldView() {
        SiglumeApiException error = errorOf(json(422, """
                {"error":{"code":"INVALID_AMOUNT","details":{"max_minor":1000,"ratio":0.1}}}"""));

        assertThat(error.body()).contains("\"details\"");
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) ((Map<String, Object>) error.bodyFields().get("error"))
                .get("details");
        assertThat(details).containsEntry("max_minor", 1000L);
        assertThat(details.get("ratio")).hasToString("0.1");
    }

    @Test
    void longBodyIsCutAtTheLimit() {
        String text = "x".repeat(SiglumeApiException.MAX_BODY_CHARS + 100);
        SiglumeApiException error = errorOf(body(500, "text/plain", text, Map.of()));

        assertThat(error.body()).hasSize(SiglumeApiException.MAX_BODY_CHARS);
    }
}
