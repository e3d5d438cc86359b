package com.siglume.sdrp.sandbox.spring;

import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.util.function.Supplier;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points a Spring Boot test's Siglume configuration at a sandbox, from a
 * {@code @DynamicPropertySource} method:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final SiglumeSandboxExtension SIGLUME = new SiglumeSandboxExtension();
 *
 * @DynamicPropertySource
 * static void siglume(DynamicPropertyRegistry registry) {
 *     SiglumeSandboxProperties.register(registry, SIGLUME::sandbox);
 * }
 * }</pre>
 *
 * <p>Values are read when Spring asks for them, so the sandbox may start after registration.
 */
public final class SiglumeSandboxProperties {

    /** Property names, as the starter reads them. */
    public static final String API_BASE = "siglume.api-base";
    /** Merchant key property. */
    public static final String MERCHANT = "siglume.merchant";
    /** Merchant bearer token property. */
    public static final String MERCHANT_AUTH_TOKEN = "siglume.merchant-auth-token";
    /** Webhook signing secret property. */
    public static final String WEBHOOK_SECRET = "siglume.webhook.secret";

    private SiglumeSandboxProperties() {
    }

    /**
     * Registers {@code siglume.api-base}, {@code siglume.merchant},
     * {@code siglume.merchant-auth-token} and {@code siglume.webhook.secret}.
     *
     * @param registry the test's registry
     * @param sandbox the sandbox
     * @throws SdrpValidationException when an argument is {@code null}
     */
    public static void register(DynamicPropertyRegistry registry, SiglumeSandbox sandbox) {
        if (sandbox == null) {
            throw new SdrpValidationException("sandbox", "sandbox is required");
        }
        register(registry, () -> sandbox);
    }

    /**
     * Registers the same properties, reading the sandbox lazily, for a sandbox that is started
     * by an extension after the registration method runs.
     *
     * @param registry the test's registry
     * @param sandbox supplies the running sandbox when a value is read
     * @throws SdrpValidationException when an argument is {@code null}
     */
    public static void register(DynamicPropertyRegistry registry, Supplier<SiglumeSandbox> sandbox) {
        if (registry == null || sandbox == null) {
            throw new SdrpValidationException(registry == null ? "registry" : "sandbox",
                    (registry == null ? "registry" : "sandbox") + " is required");
        }
        registry.add(API_BASE, () -> sandbox.get().apiBase());
        registry.add(MERCHANT, () -> sandbox.get().merchant());
        registry.add(MERCHANT_AUTH_TOKEN, () -> sandbox.get().merchantAuthToken());
        registry.add(WEBHOOK_SECRET, () -> sandbox.get().webhookSecret());
    }
}
