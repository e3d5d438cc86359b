package com.siglume.sdrp.client;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import java.util.Locale;
import java.util.function.Function;

/**
 * Names of the environment variables the clients and apps read (the reference SDK's names).
 */
public final class SiglumeEnv {

    /** API base URL; wins over every other base URL source but an explicit one. */
    public static final String API_BASE = "SIGLUME_API_BASE";
    /** {@code sandbox} selects the sandbox base URL when {@link #API_BASE} is unset. */
    public static final String ENV = "SIGLUME_ENV";
    /** Sandbox API base URL, used when {@link #ENV} is {@code sandbox}. */
    public static final String SANDBOX_API_BASE = "SIGLUME_SANDBOX_API_BASE";
    /** Merchant bearer token (merchant client). */
    public static final String MERCHANT_AUTH_TOKEN = "SIGLUME_MERCHANT_AUTH_TOKEN";
    /** User bearer token (payment client; merchant client fallback). */
    public static final String AUTH_TOKEN = "SIGLUME_AUTH_TOKEN";
    /** The merchant key. */
    public static final String DIRECT_PAYMENT_MERCHANT = "SIGLUME_DIRECT_PAYMENT_MERCHANT";
    /** The merchant's challenge secret. */
    public static final String DIRECT_PAYMENT_CHALLENGE_SECRET = "SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET";
    /** The webhook signing secret ({@code whsec_...}). */
    public static final String WEBHOOK_SECRET = "SIGLUME_WEBHOOK_SECRET";

    private SiglumeEnv() {
    }

    /**
     * Resolves the API base URL from environment variables alone, in the reference order:
     * {@value #API_BASE}; then, when {@value #ENV} is {@code sandbox}, {@value #SANDBOX_API_BASE}
     * or the local sandbox default; else the production default.
     *
     * @param environment returns an environment variable's value, or {@code null}
     * @return the base URL as configured (not yet normalised)
     */
    public static String apiBase(Function<String, String> environment) {
        String explicit = SdrpInputs.optional(environment.apply(API_BASE));
        if (explicit != null) {
            return explicit;
        }
        if (isSandbox(environment.apply(ENV))) {
            String sandbox = SdrpInputs.optional(environment.apply(SANDBOX_API_BASE));
            return sandbox != null ? sandbox : Sdrp.DEFAULT_SANDBOX_API_BASE;
        }
        return Sdrp.DEFAULT_API_BASE;
    }

    /**
     * Tells whether a {@value #ENV} value selects the sandbox.
     *
     * @param env the value, or {@code null}
     * @return {@code true} for {@code sandbox} in any case, surrounding white space ignored
     */
    public static boolean isSandbox(String env) {
        String value = SdrpInputs.optional(env);
        return value != null && value.toLowerCase(Locale.ROOT).equals("sandbox");
    }
}
