package com.siglume.sdrp.spring.it.secured;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The webhook works in an application secured by Spring Security's defaults, with no extra
 * configuration, while everything else stays protected. Runs in its own test execution, the
 * only one with Spring Security on the classpath.
 */
@Tag("security-classpath")
@SpringBootTest(classes = SecuredShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.webhook.secret=" + TestWebhooks.SECRET, "siglume.webhook.store=memory"})
class WebhookSpringSecurityTests {

    @LocalServerPort
    int port;

    @Autowired
    SecuredShopApplication.Payments payments;

    @Autowired
    SecurityFilterChain securityFilterChain;

    @Test
    void signedDeliveryIsProcessedWithoutCredentialsOrCsrfToken() throws Exception {
        byte[] body = TestWebhooks.standardSettled("evt_secured");
        var response = new WebhookHttp(port).post("/siglume/webhook", body, TestWebhooks.sign(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(payments.received).containsExactly("evt_secured");
    }

    @Test
    void unsignedDeliveryIsStillRefusedByTheStarter() throws Exception {
        byte[] body = TestWebhooks.standardSettled("evt_unsigned");
        var response = new WebhookHttp(port).post("/siglume/webhook", body, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("invalid_signature");
        assertThat(payments.received).doesNotContain("evt_unsigned");
    }

    @Test
    void everythingElseStaysProtected() throws Exception {
        WebhookHttp http = new WebhookHttp(port);
        assertThat(http.send("GET", "/orders").statusCode()).isEqualTo(401);
        assertThat(http.post("/orders", new byte[0], null).statusCode()).isIn(401, 403);
        assertThat(http.send("GET", "/siglume/webhook/other").statusCode()).isEqualTo(401);
    }
}
