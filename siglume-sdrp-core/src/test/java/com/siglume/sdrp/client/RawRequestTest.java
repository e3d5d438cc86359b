package com.siglume.sdrp.client;

import static com.siglume.sdrp.client.LoopbackServer.envelope;
import static com.siglume.sdrp.client.LoopbackServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpValidationException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code request(method, path, body)} reaches a route the SDK has no method for, through the same
 * token, headers, retries, operation listener and error mapping as every other call.
 */
class RawRequestTest {

    private final LoopbackServer server = LoopbackServer.start();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final SiglumeOperationListener listener = operation -> {
        heard.add(operation);
        return (status, failure) -> heard.add(status + " " + (failure == null ? "ok" : failure.getClass().getSimpleName()));
    };

    @AfterEach
    void stop() {
        server.close();
    }

    private SiglumeMerchantClient merchant() {
        return SiglumeMerchantClient.builder().environment(name -> null).token("mtok").baseUrl(server.baseUrl())
                .retryPolicy(RetryPolicy.DEFAULT.withJitter(0)).sleeper(wait -> { }).operationListener(listener)
                .build();
    }

    @Test
    void aGetIsSentWithTheClientsTokenAndAnswersAsItCame() {
        String body = "{\"data\":{\"feature\":\"beta\"},\"meta\":{\"request_id\":\"req_1\"}}";
        server.then(json(200, body));

        RawResponse answer = merchant().request("get", "/sdrp/beta/features?merchant=acme-shop&x=a%20b", null);

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.target()).isEqualTo("/v1/sdrp/beta/features?merchant=acme-shop&x=a%20b");
        assertThat(request.header("Authorization")).isEqualTo("Bearer mtok");
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("User-Agent")).isEqualTo(Sdrp.userAgent());
        assertThat(request.header("Content-Type")).isNull();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(body);
        assertThat(answer.requestId()).isEqualTo("req_1");
        assertThat(heard).containsExactly("request", "200 ok");
    }

    @Test
    void aJsonBodyIsSentAsCompactJsonWithItsContentType() {
        server.then(json(201, "{\"id\":\"x_1\",\"request_id\":\"req_top\"}"));

        RawResponse answer = merchant().request("POST", "/sdrp/beta/things",
                "{ \"name\" : \"x\", \"amount\": 1.50, \"tags\": [1, 2] }");

        LoopbackServer.Recorded request = server.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.bodyText()).isEqualTo("{\"name\":\"x\",\"amount\":1.50,\"tags\":[1,2]}");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.requestId()).isEqualTo("req_top");
    }

    @Test
    void anEmptyOrTextAnswerIsKeptAsText() {
        server.then(json(204, ""), LoopbackServer.body(200, "text/plain", "pong", Map.of()));

        RawResponse empty = merchant().request("DELETE", "/sdrp/beta/things/x_1", null);
        RawResponse text = merchant().request("GET", "/sdrp/beta/ping", null);

        assertThat(empty.status()).isEqualTo(204);
        assertThat(empty.body()).isEmpty();
        assertThat(empty.requestId()).isNull();
        assertThat(text.body()).isEqualTo("pong");
        assertThat(text.requestId()).isNull();
    }

    @Test
    void errorsAreMappedAsForEveryCall() {
        server.then(json(404, "{\"error\":{\"code\":\"NOT_FOUND\",\"message\":\"no such thing\"}}"));

        assertThatThrownBy(() -> merchant().request("GET", "/sdrp/beta/things/x_9", null))
                .isInstanceOf(SiglumeNotFoundException.class)
                .satisfies(e -> assertThat(((SiglumeApiException) e).code()).isEqualTo("NOT_FOUND"));
        assertThat(heard).containsExactly("request", "404 SiglumeNotFoundException");
    }

    @Test
    void aGetIsRetriedAndAPostOnlyWhenTheApiRefusedIt() {
        server.then(json(503, "{}"), envelope("{\"ok\":true}"), json(503, "{}"), json(429, "{}"),
                envelope("{\"ok\":true}"));

        assertThat(merchant().request("GET", "/sdrp/beta/ping", null).status()).isEqualTo(200);
        assertThatThrownBy(() -> merchant().request("POST", "/sdrp/beta/things", "{}"))
                .isInstanceOf(SiglumeServerException.class);
        assertThat(merchant().request("POST", "/sdrp/beta/things", "{}").status()).isEqualTo(200);

        assertThat(server.requests()).extracting(LoopbackServer.Recorded::method)
                .containsExactly("GET", "GET", "POST", "POST", "POST");
    }

    @Test
    void thePaymentClientSendsTheUserToken() {
        server.then(envelope("{}"));

        SiglumePaymentClient.builder().environment(name -> null).token("utok").baseUrl(server.baseUrl()).build()
                .request("GET", "/sdrp/beta/me", null);

        assertThat(server.only().header("Authorization")).isEqualTo("Bearer utok");
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsSent() {
        SiglumeMerchantClient client = merchant();

        assertThatThrownBy(() -> client.request(null, "/x", null)).extracting("field").isEqualTo("method");
        assertThatThrownBy(() -> client.request("TRACE", "/x", null)).extracting("field").isEqualTo("method");
        assertThatThrownBy(() -> client.request("GET", null, null)).extracting("field").isEqualTo("path");
        assertThatThrownBy(() -> client.request("GET", "sdrp/x", null)).extracting("field").isEqualTo("path");
        assertThatThrownBy(() -> client.request("GET", "//evil.example/x", null)).extracting("field")
                .isEqualTo("path");
        assertThatThrownBy(() -> client.request("GET", "/a b", null)).extracting("field").isEqualTo("path");
        assertThatThrownBy(() -> client.request("GET", "/x#frag", null)).extracting("field").isEqualTo("path");
        assertThatThrownBy(() -> client.request("GET", "/sdrp/../admin", null)).extracting("field")
                .isEqualTo("path");
        assertThatThrownBy(() -> client.request("POST", "/x", "{\"a\":")).isInstanceOf(SdrpValidationException.class)
                .extracting("field").isEqualTo("body");
        assertThatThrownBy(() -> client.request("POST", "/x", "{\"a\":1,\"a\":2}")).extracting("field")
                .isEqualTo("body");
        assertThat(server.requests()).isEmpty();
        assertThat(heard).isEmpty();
    }
}
