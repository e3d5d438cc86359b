package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.client.SiglumeEnv;
import org.springframework.core.env.Environment;

/**
 * Resolves the Siglume API base URL of the starter's clients by the core's rule,
 * {@link SiglumeEnv#apiBase(String, boolean, String)}, fed from the application's settings:
 * {@code siglume.api-base} (which falls back to {@code SIGLUME_API_BASE}); then, when
 * {@code siglume.env} is {@code sandbox}, {@code SIGLUME_SANDBOX_API_BASE} or the local sandbox
 * default; else the production default.
 */
public final class SiglumeApiBase {

    private SiglumeApiBase() {
    }

    /**
     * Resolves and normalises the base URL.
     *
     * @param properties the bound properties
     * @param environment the environment, for {@value SiglumeEnv#SANDBOX_API_BASE}
     * @return the base URL without trailing slashes
     * @throws com.siglume.sdrp.SdrpValidationException when the chosen URL is not https (or http
     *         on a loopback host)
     */
    public static String resolve(SiglumeProperties properties, Environment environment) {
        return SdrpInputs.apiBaseUrl(SiglumeEnv.apiBase(properties.getApiBase(),
                properties.getEnv() == SiglumeProperties.Env.SANDBOX,
                environment.getProperty(SiglumeEnv.SANDBOX_API_BASE)));
    }
}
