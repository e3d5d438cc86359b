package com.siglume.sdrp.client;

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
}
