package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.body;
import static com.siglume.sdrp.client.LoopbackServer.envelope;
import static com.siglume.sdrp.client.LoopbackServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.siglume.sdrp.client.merchant.MerchantResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Envelope unwrapping and error mapping (PROTOCOL §6). */
class ResponseHandlingTest {

    private static final String TOKEN = "mtok_never_shown_789";

    private final LoopbackServer server = LoopbackServer.start();
    private final List<Duration> sleeps = new ArrayList<>();
    private final SiglumeMerchantClient client = SiglumeMerchantClient.builder()
            .environment(name -> null).token(TOKEN).baseUrl(server.baseUrl())
            .retryPolicy(RetryPolicy.DEFAULT.withJitter(0)).sleeper(sleeps::add).build();

    @AfterEach
    void stop() {
        server.close();
    }

    private SiglumeApiException errorOf(LoopbackServer.Responder responder) {
        server.then(responder);
        return catchThrowableOfType(SiglumeApiException.class, () -> client.getMerchant("acme-shop"));
    }

    @Test
    void bodyWithoutEnvelopeIsTheResult() {
        server.then(json(200, "{\"merchant_account\":{\"merchant\":\"acme-shop\"},\"data_note\":1}"));

        assertThat(client.getMerchant("acme-shop").merchantAccount().merchant()).isEqualTo("acme-shop");
    }

    @Test
    void emptyBodyAndNullDataAreAnEmptyObject() {
        server.then(body(200, null, "", Map.of()), json(200, "{\"data\":null,\"meta\":{}}"));

        MerchantResponse empty = client.getMerchant("acme-shop");
        MerchantResponse nullData = client.getMerchant("acme-shop");

        assertThat(empty.merchantAccount()).isNull();
        assertThat(empty.extra()).isEmpty();
        assertThat(nullData.merchantAccount()).isNull();
        assertThat(nullData.extra()).isEmpty();
    }

    @Test
    void envelopeMetaIsNotPartOfTheResult() {
        server.then(envelope("{\"merchant_account\":{\"merchant\":\"acme-shop\"}}"));

        assertThat(client.getMerchant("acme-shop").extra()).doesNotContainKey("meta");
    }

    @Test
    void errorCodeAndMessageComeFromTheErrorObjectFirst() {
        SiglumeApiException error = errorOf(json(422, """
                {"error":{"code":"INVALID_AMOUNT","message":"amount too large","request_id":"req_e",
                "trace_id":"trc_e","support_reference":"sup_e"},"code":"TOP","message":"top",
                "request_id":"req_top","meta":{"request_id":"req_meta"}}"""));

        assertThat(error.status()).isEqualTo(422);
        assertThat(error.code()).isEqualTo("INVALID_AMOUNT");
        assertThat(error.getMessage()).isEqualTo("amount too large");
        assertThat(error.requestId()).isEqualTo("req_e");
        assertThat(error.traceId()).isEqualTo("trc_e");
        assertThat(error.supportReference()).isEqualTo("sup_e");
        assertThat(error).isInstanceOf(SiglumeInvalidRequestException.class);
        assertThat(error.body()).startsWith("{\"error\":{\"code\":\"INVALID_AMOUNT\"");
        assertThat(error.bodyFields().get("error")).isInstanceOfSatisfying(Map.class,
                nested -> assertThat(nested.get("code")).isEqualTo("INVALID_AMOUNT"));
        assertThat(error.bodyFields()).containsEntry("code", "TOP");
        assertThat(error.isRetryable()).isFalse();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void errorFieldsFallBackToTheTopLevelThenMeta() {
        SiglumeApiException error = errorOf(json(403, """
                {"code":"FORBIDDEN_MERCHANT","message":"not your merchant","support_reference":"sup_top",
                "meta":{"request_id":"req_meta","trace_id":"trc_meta"}}"""));

        assertThat(error.code()).isEqualTo("FORBIDDEN_MERCHANT");
        assertThat(error.getMessage()).isEqualTo("not your merchant");
        assertThat(error.requestId()).isEqualTo("req_meta");
        assertThat(error.traceId()).isEqualTo("trc_meta");
        assertThat(error.supportReference()).isEqualTo("sup_top");
    }

    @Test
    void errorWithoutCodeOrMessageUsesTheStatus() {
        SiglumeApiException empty = errorOf(body(401, null, "", Map.of()));
        SiglumeApiException blank = errorOf(json(409, "{\"error\":{\"code\":\"  \",\"message\":42}}"));
        SiglumeApiException array = errorOf(json(400, "[1,2]"));

        assertThat(empty.code()).isEqualTo("HTTP_401");
        assertThat(empty.getMessage()).isEqualTo("Unauthorized");
        assertThat(empty.requestId()).isNull();
        assertThat(blank.code()).isEqualTo("HTTP_409");
        assertThat(blank.getMessage()).isEqualTo("Conflict");
        assertThat(array.code()).isEqualTo("HTTP_400");
        assertThat(array.body()).isEqualTo("[1,2]");
        assertThat(array.bodyFields()).isEmpty();
        assertThat(empty.body()).isEmpty();
    }

    @Test
    void nonJsonBodiesAreInvalidJsonResponses() {
        SiglumeApiException success = errorOf(body(200, "text/html", "<html>proxy</html>", Map.of()));
        SiglumeApiException trailing = errorOf(json(200, "{\"data\":{}} trailing"));
        SiglumeApiException clientError = errorOf(body(400, "text/plain", "Bad request from proxy", Map.of()));

        for (SiglumeApiException error : List.of(success, trailing, clientError)) {
            assertThat(error).isInstanceOf(SiglumeInvalidResponseException.class);
            assertThat(error.code()).isEqualTo(SiglumeApiException.INVALID_JSON_RESPONSE);
            assertThat(error.isRetryable()).isFalse();
        }
        // The status the answer really had, not one made up for it.
        assertThat(success.status()).isEqualTo(200);
        assertThat(trailing.status()).isEqualTo(200);
        assertThat(clientError.status()).isEqualTo(400);
        assertThat(success.getMessage()).contains("not JSON").contains("HTTP 200");
        assertThat(success.body()).isEqualTo("<html>proxy</html>");
        assertThat(success.bodyFields()).isEmpty();
        assertThat(clientError.getMessage()).contains("HTTP 400");
        // Neither a 2xx nor a 4xx with a broken body is sent again.
        assertThat(server.requests()).hasSize(3);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void answerOfTheWrongTypeIsAnUnexpectedResponse() {
        SiglumeApiException error = errorOf(envelope("{\"merchant_account\":\"not an object\"}"));

        assertThat(error).isInstanceOf(SiglumeInvalidResponseException.class);
        assertThat(error.status()).isEqualTo(200);
        assertThat(error.code()).isEqualTo(SiglumeApiException.UNEXPECTED_RESPONSE);
        assertThat(error.body()).startsWith("{\"data\":{\"merchant_account\":\"not an object\"}");
        assertThat(error.isRetryable()).isFalse();
        assertThat(error.getMessage()).contains("MerchantResponse");
    }

    @Test
    void errorsNeverShowTheToken() {
        SiglumeApiException error = errorOf(json(401, "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"bad token\"}}"));

        assertThat(error.getMessage()).doesNotContain(TOKEN);
        assertThat(error.toString()).doesNotContain(TOKEN).contains("401").contains("UNAUTHORIZED");
    }

    @Test
    void apiErrorsAreSdrpExceptions() {
        assertThatThrownBy(() -> {
            server.then(json(500, "{}"));
            SiglumeMerchantClient.builder().environment(name -> null).token(TOKEN).baseUrl(server.baseUrl())
                    .maxRetries(0).build().getMerchant("acme-shop");
        }).isInstanceOf(com.siglume.sdrp.SdrpException.class).hasMessage("Internal Server Error");
    }
}
