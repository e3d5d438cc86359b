package com.siglume.sdrp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checkout page is a self-contained HTML page whose forms confirm or cancel and send the browser back. */
class CheckoutPageTest {

    private WebhookReceiver receiver;
    private SiglumeSandbox sandbox;
    private Http browser;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver(SiglumeSandbox.DEFAULT_WEBHOOK_SECRET);
        sandbox = SiglumeSandbox.builder().port(0).webhookUrl(receiver.url()).build().start();
        browser = new Http(sandbox.baseUrl(), null);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private String create(long amountMinor, String currency) throws Exception {
        return (String) Http.merchant(sandbox).post("/v1/sdrp/direct-payments/checkout-sessions",
                Http.session(amountMinor, currency)).data().get("session_id");
    }

    private Http.Response submit(String sessionId, String action) throws Exception {
        return browser.postRaw("/v1/sandbox/checkout-sessions/" + sessionId + "/" + action,
                "application/x-www-form-urlencoded", "source=checkout_page".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anOpenSessionShowsMerchantAmountCurrencyAndBothActions() throws Exception {
        String sessionId = create(1200, "JPY");

        Http.Response page = browser.get("/pay/" + sessionId);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'"));
        String html = page.text();
        assertThat(html).startsWith("<!doctype html>")
                .contains("<html lang=\"en\">", "<title>Pay JPY 1,200 - Siglume sandbox checkout</title>")
                .contains("<h1 id=\"title\">Confirm your payment</h1>")
                .contains("<dd>sandbox_merchant</dd>", ">JPY 1,200</dd>", "<dd>JPY (settles in JPYC)</dd>", "<dd>standard</dd>")
                .contains("<form method=\"post\" action=\"/v1/sandbox/checkout-sessions/" + sessionId + "/confirm\">")
                .contains("<form method=\"post\" action=\"/v1/sandbox/checkout-sessions/" + sessionId + "/cancel\">")
                .contains(">Confirm payment</button>", ">Cancel</button>");
        // Self-contained: nothing is fetched from anywhere.
        assertThat(html).doesNotContain("<script", "src=", "<link", "@import", "url(");
    }

    @Test
    void usdAmountsShowCents() throws Exception {
        String sessionId = create(301, "USD");

        assertThat(browser.get("/pay/" + sessionId).text()).contains(">USD 3.01</dd>", "settles in USDC");
    }

    @Test
    void submittingConfirmRedirectsTheBrowserToTheSuccessUrlAfterTheWebhook() throws Exception {
        String sessionId = create(1200, "JPY");

        Http.Response response = submit(sessionId, "confirm");

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:3000/success?session_id=" + sessionId);
        assertThat(receiver.received()).hasSize(1);
        assertThat(sandbox.session(sessionId)).get().extracting(SandboxCheckoutSession::status).isEqualTo("paid");

        String paidPage = browser.get("/pay/" + sessionId).text();
        assertThat(paidPage).contains("<h1 id=\"title\">Payment confirmed</h1>", "This payment is confirmed.", "href=\"http://localhost:3000/success?session_id=" + sessionId + "\"")
                .doesNotContain("<form");
        assertThat(submit(sessionId, "confirm").headers().firstValue("Location"))
                .hasValue("http://localhost:3000/success?session_id=" + sessionId);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void submittingCancelRedirectsToTheCancelUrl() throws Exception {
        String sessionId = create(300, "JPY");

        Http.Response response = submit(sessionId, "cancel");

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location")).hasValue("http://localhost:3000/cancel?session_id=" + sessionId);
        assertThat(browser.get("/pay/" + sessionId).text()).contains("Checkout cancelled", "This checkout was cancelled.")
                .doesNotContain("<form");
        assertThat(receiver.received()).isEmpty();
    }

    @Test
    void aRefusedFormActionShowsAnHtmlMessage() throws Exception {
        String sessionId = create(1200, "JPY");
        sandbox.cancel(sessionId);

        Http.Response response = submit(sessionId, "confirm");

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(response.text()).contains("Payment not confirmed", "sandbox session is cancelled", "href=\"/pay/" + sessionId + "\"");
    }

    @Test
    void anUnknownSessionIsAnHtml404() throws Exception {
        Http.Response page = browser.get("/pay/chk_sandbox_404");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.text()).contains("Checkout not found");
        assertThat(submit("chk_sandbox_404", "confirm").text()).contains("sandbox session not found").doesNotContain("href=\"/pay/");
    }
}
