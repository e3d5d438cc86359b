package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.sandbox.http.SandboxRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid checkout input is refused early with the reference's codes, and creates nothing. */
class SandboxValidationTest {

    private static final String SESSIONS = "/v1/sdrp/direct-payments/checkout-sessions";

    private SiglumeSandbox sandbox;
    private Http http;

    @BeforeEach
    void start() {
        sandbox = SiglumeSandbox.builder().port(0).build().start();
        http = Http.merchant(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Http.Response create(Map<String, Object> changes) throws Exception {
        Map<String, Object> body = new HashMap<>(Http.session(1200, "JPY"));
        changes.forEach((key, value) -> {
            if (value == null) {
                body.remove(key);
            } else {
                body.put(key, value);
            }
        });
        return http.post(SESSIONS, body);
    }

    private void assertRefused(Http.Response response, String message) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error()).containsEntry("code", "INVALID_CHECKOUT_SESSION_REQUEST");
        assertThat((String) response.error().get("message")).contains(message);
        assertThat(sandbox.session("chk_sandbox_1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.5", "\"abc\"", "\"\"", "9007199254740992", "1e400", "true", "null", "[1]"})
    void amountMustBeAPositiveSafeInteger(String amountJson) throws Exception {
        Http.Response response = http.post(SESSIONS, "{\"merchant\":\"sandbox_merchant\",\"currency\":\"JPY\","
                + "\"amount_minor\":" + amountJson + ",\"success_url\":\"https://shop.example/ok\","
                + "\"cancel_url\":\"https://shop.example/cancel\"}");

        assertRefused(response, "amount_minor must be a positive integer");
    }

    @Test
    void integralAmountsAreAcceptedAsTheReferenceAcceptsThem() throws Exception {
        assertThat(create(Map.of("amount_minor", 9007199254740991L)).status()).isEqualTo(201);
        assertThat(http.post(SESSIONS, "{\"merchant\":\"sandbox_merchant\",\"amount_minor\":1200.0,"
                + "\"success_url\":\"https://shop.example/ok\",\"cancel_url\":\"https://shop.example/cancel\"}").status())
                .isEqualTo(201);
        assertThat(create(Map.of("amount_minor", " 300 ")).status()).isEqualTo(201);
        assertThat(sandbox.session("chk_sandbox_3")).get().extracting(SandboxCheckoutSession::amountMinor).isEqualTo(300L);
    }

    @Test
    void amountIsRequired() throws Exception {
        HashMap<String, Object> changes = new HashMap<>();
        changes.put("amount_minor", null);
        assertRefused(create(changes), "amount_minor must be a positive integer");
    }

    @Test
    void currencyMustBeJpyOrUsd() throws Exception {
        assertRefused(create(Map.of("currency", "EUR")), "currency must be one of [JPY, USD]");
        assertRefused(create(Map.of("currency", 392)), "currency must be one of [JPY, USD]");
    }

    @Test
    void currencyIsNormalisedAndDefaultsToJpy() throws Exception {
        assertThat(create(Map.of("currency", " usd ")).status()).isEqualTo(201);
        HashMap<String, Object> noCurrency = new HashMap<>();
        noCurrency.put("currency", null);
        assertThat(create(noCurrency).status()).isEqualTo(201);

        assertThat(sandbox.session("chk_sandbox_1")).get().extracting(SandboxCheckoutSession::currency).isEqualTo("USD");
        assertThat(sandbox.session("chk_sandbox_2")).get().extracting(SandboxCheckoutSession::currency).isEqualTo("JPY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://shop.example/ok", "ftp://localhost/ok", "/relative/ok", "https://user:pw@shop.example/ok", ""})
    void returnUrlsMustBeHttpsOrLoopbackHttp(String url) throws Exception {
        assertRefused(create(Map.of("success_url", url)), "success_url");
    }

    @Test
    void cancelUrlIsCheckedToo() throws Exception {
        assertRefused(create(Map.of("cancel_url", "http://192.168.1.10/cancel")), "cancel_url must use https");
    }

    @Test
    void loopbackHttpAndHttpsReturnUrlsAreAccepted() throws Exception {
        for (String url : List.of("http://localhost:3000/ok", "http://127.0.0.1/ok", "http://[::1]:8080/ok", "https://shop.example/ok")) {
            assertThat(create(Map.of("success_url", url)).status()).as(url).isEqualTo(201);
        }
    }

    @Test
    void anotherMerchantIsNotFound() throws Exception {
        for (Object merchant : List.of("other_merchant", "no", 42)) {
            Http.Response response = create(Map.of("merchant", merchant));
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.error()).isEqualTo(Map.of("code", "EXTERNAL_402_MERCHANT_NOT_FOUND", "message", "sandbox merchant not found"));
        }
        HashMap<String, Object> missing = new HashMap<>();
        missing.put("merchant", null);
        assertThat(create(missing).status()).isEqualTo(404);
        assertThat(sandbox.session("chk_sandbox_1")).isEmpty();
    }

    @Test
    void theMerchantKeyIsNormalisedBeforeComparing() throws Exception {
        assertThat(create(Map.of("merchant", "  SANDBOX_merchant ")).status()).isEqualTo(201);
    }

    @Test
    void bodiesThatAreNotJsonObjectsAreRefused() throws Exception {
        for (String body : List.of("{not json", "[1,2]", "\"text\"", "{} {}")) {
            Http.Response response = http.postRaw(SESSIONS, "application/json", body.getBytes(StandardCharsets.UTF_8));
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.error()).as(body).containsEntry("code", "INVALID_CHECKOUT_SESSION_REQUEST")
                    .containsEntry("message", "request body must be a JSON object");
        }
    }

    @Test
    void oversizedBodiesAreRefused() throws Exception {
        byte[] body = new byte[SandboxRequest.MAX_BODY_BYTES + 10];
        java.util.Arrays.fill(body, (byte) ' ');
        Http.Response response = http.postRaw(SESSIONS, "application/json", body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.error()).containsEntry("code", "PAYLOAD_TOO_LARGE");
    }

    @Test
    void metadataThatIsNotAnObjectIsStoredAsEmpty() throws Exception {
        create(Map.of("metadata", List.of("not", "an", "object")));

        assertThat(http.get(SESSIONS + "/chk_sandbox_1").data()).containsEntry("metadata_jsonb", Map.of());
    }
}
