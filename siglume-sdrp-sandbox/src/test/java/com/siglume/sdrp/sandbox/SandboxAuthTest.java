package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Merchant routes take the merchant token, buyer/provider routes any user token, never a cli_ key. */
class SandboxAuthTest {

    private static final List<String> MERCHANT_ROUTES = List.of(
            "/v1/sdrp/direct-payments/merchants/sandbox_merchant",
            "/v1/sdrp/direct-payments/merchants/sandbox_merchant/readiness",
            "/v1/sdrp/direct-payments/checkout-sessions/chk_sandbox_1",
            "/v1/market/webhooks/subscriptions",
            "/v1/market/webhooks/deliveries");

    private static final List<String> USER_ROUTES = List.of(
            "/v1/sdrp/metered/my-summary",
            "/v1/sdrp/metered/my-usage-events",
            "/v1/sdrp/metered/provider/summary",
            "/v1/sdrp/metered/provider/usage-events",
            "/v1/sdrp/metered/provider/settlement-batches");

    private SiglumeSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = SiglumeSandbox.builder().port(0).build().start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void aMissingTokenIsRefusedWith401AndAChallenge() throws Exception {
        Http anonymous = new Http(sandbox.baseUrl(), null);
        for (String path : concat(MERCHANT_ROUTES, USER_ROUTES)) {
            Http.Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.error()).as(path).containsEntry("code", "AUTHENTICATION_REQUIRED");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        }
        Http.Response create = anonymous.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY"));
        assertThat(create.status()).isEqualTo(401);
        assertThat(sandbox.session("chk_sandbox_1")).isEmpty();
    }

    @Test
    void aNonBearerSchemeCountsAsMissing() throws Exception {
        Http.Response response = new Http(sandbox.baseUrl(), null).send(new Http(sandbox.baseUrl(), null)
                .request("/v1/market/webhooks/subscriptions")
                .header("Authorization", "Basic c2FuZGJveDpzZWNyZXQ=").GET().build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.error()).containsEntry("code", "AUTHENTICATION_REQUIRED");
    }

    @Test
    void aWrongTokenIsRefusedOnMerchantRoutesOnly() throws Exception {
        Http user = new Http(sandbox.baseUrl(), "user_token_of_a_buyer");
        for (String path : MERCHANT_ROUTES) {
            Http.Response response = user.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.error()).as(path).containsEntry("code", "INVALID_AUTH_TOKEN")
                    .containsEntry("message", "the bearer token is not the sandbox merchant token");
            assertThat(response.text()).doesNotContain(sandbox.merchantAuthToken());
        }
        for (String path : USER_ROUTES) {
            assertThat(user.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void developerPortalKeysAreNeverBearerTokens() throws Exception {
        Http cli = new Http(sandbox.baseUrl(), "cli_0123456789");
        for (String path : concat(MERCHANT_ROUTES, USER_ROUTES)) {
            Http.Response response = cli.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.error()).as(path).containsEntry("code", "INVALID_AUTH_TOKEN");
        }
    }

    @Test
    void theMerchantTokenWorksEverywhereAndTheSchemeIsCaseInsensitive() throws Exception {
        Http merchant = new Http(sandbox.baseUrl(), null);
        for (String path : concat(List.of(
                "/v1/sdrp/direct-payments/merchants/sandbox_merchant", "/v1/market/webhooks/subscriptions"), USER_ROUTES)) {
            Http.Response response = merchant.send(merchant.request(path)
                    .header("Authorization", "bearer   sandbox_merchant_token ").GET().build());
            assertThat(response.status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void sandboxRoutesAndTheCheckoutPageNeedNoToken() throws Exception {
        Http.Response created = Http.merchant(sandbox).post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY"));
        Http anonymous = new Http(sandbox.baseUrl(), null);

        assertThat(anonymous.get("/pay/" + created.data().get("session_id")).status()).isEqualTo(200);
        assertThat(anonymous.get("/v1/sandbox/settings").status()).isEqualTo(200);
        assertThat(anonymous.post("/v1/sandbox/checkout-sessions/chk_sandbox_1/confirm", null).status()).isEqualTo(200);
    }

    @Test
    void authCanBeSwitchedOffToBehaveLikeTheReference() throws Exception {
        try (SiglumeSandbox open = SiglumeSandbox.builder().port(0).requireAuth(false).build().start()) {
            Http anonymous = new Http(open.baseUrl(), null);

            assertThat(open.requiresAuth()).isFalse();
            for (String path : concat(MERCHANT_ROUTES.subList(0, 2), USER_ROUTES)) {
                assertThat(anonymous.get(path).status()).as(path).isEqualTo(200);
            }
            assertThat(anonymous.post("/v1/sdrp/direct-payments/checkout-sessions", Http.session(1200, "JPY")).status())
                    .isEqualTo(201);
            assertThat(anonymous.get("/v1/sandbox/settings").data()).containsEntry("require_auth", false);
        }
    }

    @Test
    void aConfiguredTokenReplacesTheDefault() throws Exception {
        try (SiglumeSandbox custom = SiglumeSandbox.builder().port(0).merchantAuthToken("local_merchant_jwt").build().start()) {
            assertThat(new Http(custom.baseUrl(), "sandbox_merchant_token").get("/v1/market/webhooks/subscriptions").status())
                    .isEqualTo(401);
            assertThat(new Http(custom.baseUrl(), "local_merchant_jwt").get("/v1/market/webhooks/subscriptions").status())
                    .isEqualTo(200);
            assertThat(Map.of("token", custom.merchantAuthToken())).containsEntry("token", "local_merchant_jwt");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
