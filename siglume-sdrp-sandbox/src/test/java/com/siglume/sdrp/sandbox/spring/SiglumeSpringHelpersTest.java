package com.siglume.sdrp.sandbox.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.sandbox.SignedWebhook;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.WebhookTestEvents;
import com.siglume.sdrp.sandbox.junit.SiglumeSandboxExtension;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/** The Spring test helpers: properties for a test context, and signed MockMvc webhook requests. */
@SpringJUnitConfig(SiglumeSpringHelpersTest.EmptyConfiguration.class)
class SiglumeSpringHelpersTest {

    @RegisterExtension
    static final SiglumeSandboxExtension SIGLUME = new SiglumeSandboxExtension();

    @DynamicPropertySource
    static void siglume(DynamicPropertyRegistry registry) {
        SiglumeSandboxProperties.register(registry, SIGLUME::sandbox);
    }

    @Configuration
    static class EmptyConfiguration {
    }

    @Autowired
    private Environment environment;

    @Test
    void aSpringTestContextSeesTheSandboxProperties(SiglumeSandbox sandbox) {
        assertThat(environment.getProperty("siglume.api-base")).isEqualTo(sandbox.apiBase());
        assertThat(environment.getProperty("siglume.merchant")).isEqualTo("sandbox_merchant");
        assertThat(environment.getProperty("siglume.merchant-auth-token")).isEqualTo("sandbox_merchant_token");
        assertThat(environment.getProperty("siglume.webhook.secret")).isEqualTo("whsec_sandbox_local");
    }

    @Test
    void registerAddsExactlyTheFourProperties(SiglumeSandbox sandbox) {
        Map<String, Supplier<Object>> registered = new LinkedHashMap<>();
        SiglumeSandboxProperties.register(registered::put, sandbox);

        assertThat(registered).containsOnlyKeys("siglume.api-base", "siglume.merchant",
                "siglume.merchant-auth-token", "siglume.webhook.secret");
        assertThat(registered.get("siglume.api-base").get()).isEqualTo(sandbox.apiBase());
        assertThatThrownBy(() -> SiglumeSandboxProperties.register(registered::put, (SiglumeSandbox) null))
                .isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> SiglumeSandboxProperties.register(null, sandbox)).isInstanceOf(SdrpValidationException.class);
    }

    @Test
    void signedRequestsCarryTheExactBodyAndSignature() throws Exception {
        SignedWebhook webhook = WebhookTestEvents.standard().sign("whsec_test", 1_760_000_000L);

        MockHttpServletRequest request = SiglumeWebhookRequests.signed(webhook).buildRequest(new MockServletContext());

        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getRequestURI()).isEqualTo("/siglume/webhook");
        assertThat(request.getContentType()).isEqualTo("application/json");
        assertThat(request.getHeader("Siglume-Signature")).isEqualTo(webhook.signatureHeader());
        assertThat(request.getContentAsByteArray()).isEqualTo(webhook.body());

        MockHttpServletRequest custom = SiglumeWebhookRequests.signed("/payments/webhooks/siglume", webhook)
                .buildRequest(new MockServletContext());
        assertThat(custom.getRequestURI()).isEqualTo("/payments/webhooks/siglume");
        assertThatThrownBy(() -> SiglumeWebhookRequests.signed(null)).isInstanceOf(SdrpValidationException.class);
        assertThatThrownBy(() -> SiglumeWebhookRequests.signed(" ", webhook)).isInstanceOf(SdrpValidationException.class);
    }
}
