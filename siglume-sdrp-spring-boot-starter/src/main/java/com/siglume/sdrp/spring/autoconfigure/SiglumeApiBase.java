package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import org.springframework.core.env.Environment;

/**
 * Resolves the Siglume API base URL in the reference order: {@code siglume.api-base} (which
 * falls back to {@code SIGLUME_API_BASE}); then, when {@code siglume.env} is {@code sandbox},
 * {@code SIGLUME_SANDBOX_API_BASE} or the local sandbox default; else the production default.
 */
public final class SiglumeApiBase {

    /** Environment variable naming the sandbox base URL. */
    public static final String SANDBOX_API_BASE_VARIABLE = "SIGLUME_SANDBOX_API_BASE";

    private SiglumeApiBase() {
    }

    /**
     * Resolves and normalises the base URL.
     *
     * @param properties the bound properties
     * @param environment the environment, for {@code SIGLUME_SANDBOX_API_BASE}
     * @return the base URL without trailing slashes
     * @throws com.siglume.sdrp.SdrpValidationException when the chosen URL is not https (or http
     *         on a loopback host)
     */
    public static String resolve(SiglumeProperties properties, Environment environment) {
        String explicit = SdrpInputs.optional(properties.getApiBase());
        if (explicit != null) {
            return SdrpInputs.apiBaseUrl(explicit);
        }
        if (properties.getEnv() == SiglumeProperties.Env.SANDBOX) {
            String sandbox = SdrpInputs.optional(environment.getProperty(SANDBOX_API_BASE_VARIABLE));
            return SdrpInputs.apiBaseUrl(sandbox != null ? sandbox : Sdrp.DEFAULT_SANDBOX_API_BASE);
        }
        return Sdrp.DEFAULT_API_BASE;
    }
}
