package com.siglume.sdrp;

/**
 * Protocol constants shared by every part of the SDK.
 */
public final class Sdrp {

    /** Production API base URL. */
    public static final String DEFAULT_API_BASE = "https://siglume.com/v1";
    /** API base URL of the local sandbox. */
    public static final String DEFAULT_SANDBOX_API_BASE = "http://127.0.0.1:8787/v1";
    /** Scheme prefix of one-time payment challenges. */
    public static final String CHALLENGE_SCHEME = "siglume-external-402-v1";
    /** Scheme prefix of recurring payment challenges. */
    public static final String RECURRING_CHALLENGE_SCHEME = "siglume-external-402-recurring-v1";
    /** Payment mode of a direct payment requirement. */
    public static final String PAYMENT_MODE = "external_402";
    /** Confirmation mode of a metered settlement batch. */
    public static final String METERED_BATCH_MODE = "metered_settlement_batch";
    /** Receipt kind of a direct payment transaction. */
    public static final String RECEIPT_KIND_PAYMENT = "sdrp_direct_payment";
    /** Receipt kind of an allowance (approve) transaction. */
    public static final String RECEIPT_KIND_ALLOWANCE = "sdrp_direct_payment_allowance";
    /** Reference type that links a transaction to a payment requirement. */
    public static final String REFERENCE_TYPE = "sdrp_direct_payment_requirement";
    /** Default webhook timestamp tolerance in seconds, both directions. */
    public static final long DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;
    /** Settlement status of a settled Standard payment. */
    public static final String STATUS_SETTLED = "settled";
    /** Settlement status of accepted Micro/Nano usage. */
    public static final String STATUS_PENDING_SETTLEMENT = "pending_settlement";
    /** Finality of a Standard payment. */
    public static final String FINALITY_STANDARD = "per_payment_onchain";
    /** Finality of Micro/Nano usage and batches. */
    public static final String FINALITY_METERED = "aggregated_onchain_settlement";
    /** Path the starter serves webhook deliveries on unless configured otherwise. */
    public static final String DEFAULT_WEBHOOK_PATH = "/siglume/webhook";
    /** HTTP header that carries the webhook signature (case-insensitive). */
    public static final String SIGNATURE_HEADER = "Siglume-Signature";
    /** Error code returned when the caller has no Siglume account. */
    public static final String ACCOUNT_REQUIRED_CODE = "SIGLUME_ACCOUNT_REQUIRED";
    /** Event type of a payment confirmation. */
    public static final String EVENT_DIRECT_PAYMENT_CONFIRMED = "direct_payment.confirmed";
    /** Event type sent when a payment is spent. */
    public static final String EVENT_DIRECT_PAYMENT_SPENT = "direct_payment.spent";
    /** Largest amount in minor units (2^53 - 1, the largest exact JSON integer). */
    public static final long MAX_AMOUNT_MINOR = 9_007_199_254_740_991L;

    private Sdrp() {
    }

    /**
     * Returns this SDK's version, as built.
     *
     * @return the version, for example {@code 0.1.0}
     */
    public static String version() {
        return SdkVersion.VERSION;
    }

    /**
     * Returns the default {@code User-Agent} value, {@code siglume-sdrp-java/<version>}.
     *
     * @return the user agent
     */
    public static String userAgent() {
        return "siglume-sdrp-java/" + SdkVersion.VERSION;
    }
}
