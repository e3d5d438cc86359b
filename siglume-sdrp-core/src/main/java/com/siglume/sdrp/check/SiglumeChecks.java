package com.siglume.sdrp.check;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.webhooks.WebhookSubscription;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Runs the integration checks a merchant runs before going live and whenever payments stop
 * arriving: the local configuration, the merchant account and billing, Hosted Checkout
 * readiness, the webhook subscription pointing at the shop with the shop's secret, an unpaid
 * Hosted Checkout session, and a signed readiness-probe test delivery the shop must answer with
 * a 2xx status. Each check is named as in the reference command line ({@code siglume-check}).
 *
 * <p>The checks run in order; once one fails, the later groups are skipped, since their answers
 * would only repeat the cause. Failed checks say what to fix; no detail ever contains the token
 * or the secret.
 *
 * <pre>{@code
 * CheckReport report = SiglumeChecks.of(CheckSettings.builder().sandbox(true).build()).run(CheckMode.VERIFY);
 * report.failures().forEach(check -> System.out.println(check.name() + ": " + check.detail()));
 * }</pre>
 */
public final class SiglumeChecks {
    /** The target: sandbox or live, and the API base URL. */
    public static final String TARGET_ENVIRONMENT = "target_environment";
    /** The merchant key is set and valid. */
    public static final String MERCHANT_KEY = "merchant_key";
    /** The merchant token is set and is not a Developer Portal key. */
    public static final String MERCHANT_TOKEN = "merchant_token";
    /** The shop origin is an https origin (or loopback http in the sandbox). */
    public static final String SHOP_ORIGIN = "shop_origin";
    /** The webhook URL is https (or loopback http in the sandbox). */
    public static final String WEBHOOK_URL = "webhook_url";
    /** The webhook secret is set and has the {@code whsec_} form. */
    public static final String WEBHOOK_SECRET_PRESENT = "webhook_secret_present";
    /** The probe amount is in the Standard band. */
    public static final String STANDARD_PROBE_AMOUNT = "standard_probe_amount";
    /** The readiness answer was read. */
    public static final String HOSTED_CHECKOUT_READINESS_API = "hosted_checkout_readiness_api";
    /** Readiness says ready. */
    public static final String HOSTED_CHECKOUT_READINESS_READY = "hosted_checkout_readiness_ready";
    /** Readiness lists no missing requirement. */
    public static final String HOSTED_CHECKOUT_MISSING_REQUIREMENTS = "hosted_checkout_missing_requirements";
    /** Readiness lists no blocker. */
    public static final String HOSTED_CHECKOUT_BLOCKERS = "hosted_checkout_blockers";
    /** The merchant attested its responsibilities. */
    public static final String MERCHANT_RESPONSIBILITY_ATTESTED = "merchant_responsibility_attested";
    /** Live mode is enabled (not required in the sandbox). */
    public static final String LIVE_MODE_ENABLED = "live_mode_enabled";
    /** The merchant account could not be read. */
    public static final String MERCHANT_API = "merchant_api";
    /** The merchant account exists. */
    public static final String MERCHANT_EXISTS = "merchant_exists";
    /** The account has a billing mandate. */
    public static final String BILLING_MANDATE = "billing_mandate";
    /** The billing status is active. */
    public static final String BILLING_STATUS_ACTIVE = "billing_status_active";
    /** The account status is active or ready. */
    public static final String MERCHANT_STATUS_ACTIVE = "merchant_status_active";
    /** The webhook subscriptions could not be read. */
    public static final String WEBHOOK_SUBSCRIPTION_API = "webhook_subscription_api";
    /** An active webhook subscription exists. */
    public static final String WEBHOOK_SUBSCRIPTION_EXISTS = "webhook_subscription_exists";
    /** An active subscription points at the shop's webhook URL. */
    public static final String WEBHOOK_CALLBACK_MATCHES = "webhook_callback_matches";
    /** That subscription includes {@code direct_payment.confirmed}. */
    public static final String DIRECT_PAYMENT_CONFIRMED_SUBSCRIBED = "direct_payment_confirmed_subscribed";
    /** The shop's secret ends with that subscription's {@code signing_secret_hint}. */
    public static final String WEBHOOK_SECRET_MATCHES_SUBSCRIPTION_HINT = "webhook_secret_matches_subscription_hint";
    /** A Hosted Checkout session could be created. */
    public static final String HOSTED_CHECKOUT_PROBE = "hosted_checkout_probe";
    /** Preflight: the delivery probe is left to verify. */
    public static final String WEBHOOK_DELIVERY_PROBE_SKIPPED = "webhook_delivery_probe_skipped";
    /** The shop answered a signed test delivery with a 2xx status. */
    public static final String WEBHOOK_DELIVERY_PROBE_PASSED = "webhook_delivery_probe_passed";
    /** The application itself recorded the test delivery as a readiness probe. */
    public static final String WEBHOOK_PROBE_RECORDED = "webhook_probe_recorded";

    private static final Set<String> ACTIVE_LIKE = Set.of("active", "ready", "current", "ok", "enabled", "paid",
            "complete", "completed");
    private static final Set<String> MERCHANT_ACTIVE = Set.of("active", "ready");

    private final CheckSettings settings;
    private final @Nullable SiglumeMerchantClient client;
    private final @Nullable ProbeWitness witness;

    private SiglumeChecks(CheckSettings settings, @Nullable SiglumeMerchantClient client,
            @Nullable ProbeWitness witness) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = client;
        this.witness = witness;
    }

    /**
     * Checks these settings with a merchant client built from them.
     *
     * @param settings what to check
     * @return the checks
     */
    public static SiglumeChecks of(CheckSettings settings) {
        return new SiglumeChecks(settings, null, null);
    }

    /**
     * Calls the API through this client instead of one built from the settings, for example the
     * application's own client bean.
     *
     * @param merchantClient the client
     * @return a copy using it
     */
    public SiglumeChecks withClient(SiglumeMerchantClient merchantClient) {
        return new SiglumeChecks(settings, Objects.requireNonNull(merchantClient, "merchantClient"), witness);
    }

    /**
     * Adds the check {@value #WEBHOOK_PROBE_RECORDED}: after the shop answered the test delivery,
     * the witness must report the event recorded as a readiness probe within the delivery timeout.
     *
     * @param probeWitness the application's record of deliveries
     * @return a copy with the witness
     */
    public SiglumeChecks withProbeWitness(ProbeWitness probeWitness) {
        return new SiglumeChecks(settings, client, Objects.requireNonNull(probeWitness, "probeWitness"));
    }

    /**
     * Tells whether a status counts as active for subscriptions and billing.
     *
     * @param status the status, or {@code null}
     * @return {@code true} for active, ready, current, ok, enabled, paid, complete or completed (any case)
     */
    public static boolean isActiveLike(@Nullable String status) {
        return status != null && ACTIVE_LIKE.contains(SdrpInputs.trim(status).toLowerCase(Locale.ROOT));
    }

    /**
     * Tells whether a merchant account status allows payments.
     *
     * @param status the status, or {@code null}
     * @return {@code true} for active or ready (any case)
     */
    public static boolean isMerchantStatusAllowed(@Nullable String status) {
        return status != null && MERCHANT_ACTIVE.contains(SdrpInputs.trim(status).toLowerCase(Locale.ROOT));
    }

    /**
     * Returns the {@code data} of a readiness-probe test event: what
     * {@link com.siglume.sdrp.webhook.WebhookEvent#isReadinessProbe()} recognises, with the fields
     * a Standard confirmation has, so that a receiver records it as a probe and acts on nothing.
     *
     * @param merchant the merchant key
     * @param requirementId the requirement id to carry
     * @return a new, modifiable map
     */
    public static Map<String, Object> readinessProbeData(String merchant, String requirementId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("mode", "readiness_probe");
        data.put("readiness_probe", true);
        data.put("merchant", merchant);
        data.put("direct_payment_requirement_id", requirementId);
        data.put("requirement_id", requirementId);
        data.put("challenge_hash", "sha256:readiness_probe");
        data.put("pricing_band", "standard");
        data.put("settlement_status", "readiness_probe");
        return data;
    }

    /**
     * Runs the checks.
     *
     * @param mode how far to go
     * @return every check that ran, in order
     */
    public CheckReport run(CheckMode mode) {
        Objects.requireNonNull(mode, "mode");
        CheckRun run = new CheckRun();
        LocalChecks local = new LocalChecks(settings, run);
        String apiBase = local.checkTarget();
        String merchant = local.checkMerchantKey();
        SiglumeMerchantClient merchantClient = local.checkMerchantToken(apiBase, client);
        local.checkShopOrigin();
        local.checkWebhookUrl();
        local.checkWebhookSecret();
        long amountMinor = local.checkProbeAmount();
        if (!settings.callApi() || run.failed()) {
            return run.report(mode, settings.sandbox(), false);
        }
        ApiChecks api = new ApiChecks(settings, run, merchantClient);
        api.checkReadiness(merchant);
        api.checkMerchantAccount(merchant);
        WebhookSubscription subscription = run.failed() ? null : api.checkSubscriptions();
        if (!run.failed()) {
            if (!settings.probe() && mode.requiresDeliveryProbe()) {
                run.add(CheckResult.fail(HOSTED_CHECKOUT_PROBE, "--no-probe skips the Hosted Checkout and webhook"
                        + " delivery probes, so readiness is not proven. Run again without --no-probe."));
            } else if (!mode.requiresDeliveryProbe()) {
                run.add(CheckResult.pass(WEBHOOK_DELIVERY_PROBE_SKIPPED, "No webhook was sent: verify sends a"
                        + " signed test delivery once the webhook endpoint is up."));
            }
        }
        if (settings.probe() && !run.failed()) {
            api.checkHostedCheckout(merchant, amountMinor);
        }
        if (settings.probe() && mode.requiresDeliveryProbe() && !run.failed()) {
            String eventId = api.checkDelivery(merchant, subscription);
            if (eventId != null && witness != null) {
                api.checkProbeRecorded(eventId, witness);
            }
        }
        return run.report(mode, settings.sandbox(), true);
    }
}
