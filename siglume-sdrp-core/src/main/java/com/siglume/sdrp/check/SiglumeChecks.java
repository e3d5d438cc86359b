package com.siglume.sdrp.check;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpException;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.CheckoutSessionRequest;
import com.siglume.sdrp.client.CreatedCheckoutSession;
import com.siglume.sdrp.client.HostedCheckoutNotAvailableException;
import com.siglume.sdrp.client.HostedCheckoutReadiness;
import com.siglume.sdrp.client.MerchantAccount;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.WebhookDelivery;
import com.siglume.sdrp.client.WebhookDeliveryQuery;
import com.siglume.sdrp.client.WebhookSubscription;
import com.siglume.sdrp.client.WebhookTestDelivery;
import com.siglume.sdrp.client.WebhookTestDeliveryRequest;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
    private final SiglumeMerchantClient client;
    private final ProbeWitness witness;

    private SiglumeChecks(CheckSettings settings, SiglumeMerchantClient client, ProbeWitness witness) {
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
    public static boolean isActiveLike(String status) {
        return status != null && ACTIVE_LIKE.contains(SdrpInputs.trim(status).toLowerCase(Locale.ROOT));
    }

    /**
     * Tells whether a merchant account status allows payments.
     *
     * @param status the status, or {@code null}
     * @return {@code true} for active or ready (any case)
     */
    public static boolean isMerchantStatusAllowed(String status) {
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
        Run run = new Run();
        String apiBase = checkTarget(run);
        String merchant = checkMerchantKey(run);
        SiglumeMerchantClient merchantClient = checkMerchantToken(run, apiBase);
        checkShopOrigin(run);
        checkWebhookUrl(run);
        checkWebhookSecret(run);
        long amountMinor = checkProbeAmount(run);
        if (!settings.callApi() || run.failed()) {
            return run.report(mode, settings.sandbox(), false);
        }
        checkReadiness(run, merchantClient, merchant);
        checkMerchantAccount(run, merchantClient, merchant);
        WebhookSubscription subscription = run.failed() ? null : checkSubscriptions(run, merchantClient);
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
            checkHostedCheckout(run, merchantClient, merchant, amountMinor);
        }
        if (settings.probe() && mode.requiresDeliveryProbe() && !run.failed()) {
            String eventId = checkDelivery(run, merchantClient, merchant, subscription);
            if (eventId != null && witness != null) {
                checkProbeRecorded(run, eventId);
            }
        }
        return run.report(mode, settings.sandbox(), true);
    }

    // ---- local configuration ----

    private String checkTarget(Run run) {
        String target = settings.sandbox() ? "sandbox" : "live";
        try {
            String base = SdrpInputs.apiBaseUrl(settings.apiBase());
            run.add(CheckResult.pass(TARGET_ENVIRONMENT, target + " (" + base + ")"));
            return base;
        } catch (SdrpValidationException e) {
            run.add(CheckResult.fail(TARGET_ENVIRONMENT, target + ": the API base URL is invalid (" + e.getMessage()
                    + "). Set SIGLUME_API_BASE or --base-url to an https URL (http only on a loopback host)."));
            return null;
        }
    }

    private String checkMerchantKey(Run run) {
        if (SdrpInputs.optional(settings.merchant()) == null) {
            run.add(CheckResult.fail(MERCHANT_KEY, "Set SIGLUME_DIRECT_PAYMENT_MERCHANT (or --merchant, siglume.merchant)"
                    + " to the merchant key."));
            return null;
        }
        try {
            String key = SdrpInputs.selfServiceMerchant(settings.merchant());
            run.add(CheckResult.pass(MERCHANT_KEY, settings.marked(CheckSettings.MERCHANT, key)));
            return key;
        } catch (SdrpValidationException e) {
            run.add(CheckResult.fail(MERCHANT_KEY, "The merchant key is invalid: " + e.getMessage()
                    + ". Set SIGLUME_DIRECT_PAYMENT_MERCHANT to the key registered with Siglume."));
            return null;
        }
    }

    /** Checks the token with the client's own rules; returns the client to call the API with. */
    private SiglumeMerchantClient checkMerchantToken(Run run, String apiBase) {
        String token = settings.merchantAuthToken();
        if (SdrpInputs.optional(token) == null) {
            run.add(CheckResult.fail(MERCHANT_TOKEN, "Set SIGLUME_MERCHANT_AUTH_TOKEN (or siglume.merchant-auth-token)"
                    + " to the merchant's Siglume bearer token; a Developer Portal cli_ key does not work."));
            return null;
        }
        SiglumeMerchantClient built;
        try {
            SiglumeMerchantClient.Builder builder = SiglumeMerchantClient.builder()
                    .environment(name -> null)
                    .token(token)
                    .baseUrl(apiBase != null ? apiBase : Sdrp.DEFAULT_API_BASE)
                    .timeout(settings.timeout());
            if (client != null) {
                // Only the token rules are wanted here; the given client does the calling.
                builder.transport(request -> {
                    throw new IOException("not used");
                });
            }
            built = builder.build();
        } catch (SdrpValidationException e) {
            run.add(CheckResult.fail(MERCHANT_TOKEN, "SIGLUME_MERCHANT_AUTH_TOKEN is not usable: " + e.getMessage()));
            return null;
        }
        run.add(CheckResult.pass(MERCHANT_TOKEN, settings.marked(CheckSettings.TOKEN, CheckSettings.hint(token))));
        return client != null ? client : built;
    }

    private void checkShopOrigin(Run run) {
        String origin = SdrpInputs.optional(settings.shopOrigin());
        String fix = settings.sandbox()
                ? "Set SHOP_PUBLIC_ORIGIN (or --origin) to the shop's origin, for example http://localhost:8080."
                : "Set SHOP_PUBLIC_ORIGIN (or --origin) to the shop's https origin, for example https://shop.example.com.";
        if (origin == null) {
            run.add(CheckResult.fail(SHOP_ORIGIN, fix));
            return;
        }
        String problem = originProblem(origin);
        run.add(CheckResult.of(SHOP_ORIGIN, problem == null, settings.marked(CheckSettings.ORIGIN, origin),
                "\"" + origin + "\" " + problem + ". " + fix));
    }

    private String originProblem(String origin) {
        String normalised;
        try {
            normalised = SdrpInputs.checkoutOrigins(List.of(origin)).get(0);
        } catch (SdrpValidationException e) {
            return "is not an https origin (or http on a loopback host)";
        }
        String given = origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin;
        if (!normalised.equalsIgnoreCase(given)) {
            return "is not an origin (scheme://host[:port], no path)";
        }
        if (!settings.sandbox() && !normalised.startsWith("https://")) {
            return "is not https, which live checkout requires";
        }
        return null;
    }

    private void checkWebhookUrl(Run run) {
        String url = SdrpInputs.optional(settings.webhookUrl());
        String fix = settings.sandbox()
                ? "Set SHOP_WEBHOOK_URL (or --webhook-url) to the shop's webhook URL, for example"
                        + " http://127.0.0.1:8080/siglume/webhook."
                : "Set SHOP_WEBHOOK_URL (or --webhook-url) to the shop's public https webhook URL.";
        if (url == null) {
            run.add(CheckResult.fail(WEBHOOK_URL, fix));
            return;
        }
        try {
            if (settings.sandbox()) {
                SdrpInputs.returnUrl("webhook_url", url);
            } else {
                SdrpInputs.httpsUrl("webhook_url", url);
            }
            run.add(CheckResult.pass(WEBHOOK_URL, settings.marked(CheckSettings.WEBHOOK_URL, url)));
        } catch (SdrpValidationException e) {
            run.add(CheckResult.fail(WEBHOOK_URL, "\"" + url + "\": " + e.getMessage() + ". " + fix));
        }
    }

    private static boolean hasSecretForm(String secret) {
        try {
            SdrpInputs.webhookSecret("SIGLUME_WEBHOOK_SECRET", secret);
            return true;
        } catch (SdrpValidationException e) {
            return false;
        }
    }

    private void checkWebhookSecret(Run run) {
        String secret = settings.webhookSecret();
        if (SdrpInputs.optional(secret) == null) {
            run.add(CheckResult.fail(WEBHOOK_SECRET_PRESENT, "Set SIGLUME_WEBHOOK_SECRET (or siglume.webhook.secret) to"
                    + " the whsec_... signing secret of the shop's webhook subscription (setupCheckout returns it)."));
        } else if (!hasSecretForm(secret)) {
            run.add(CheckResult.fail(WEBHOOK_SECRET_PRESENT, "SIGLUME_WEBHOOK_SECRET is not of the form "
                    + SdrpInputs.WEBHOOK_SECRET_PREFIX + "... (" + SdrpInputs.WEBHOOK_SECRET_PREFIX
                    + " followed by the secret, without spaces), so it is not a webhook signing secret. Set the"
                    + " subscription's whsec_... secret."));
        } else {
            run.add(CheckResult.pass(WEBHOOK_SECRET_PRESENT, settings.marked(CheckSettings.SECRET,
                    CheckSettings.hint(secret))));
        }
    }

    private long checkProbeAmount(Run run) {
        long smallest = standardFloor(settings.currency());
        String raw = SdrpInputs.optional(settings.amountMinor());
        long amount;
        try {
            amount = raw == null ? smallest : Long.parseLong(raw);
        } catch (NumberFormatException e) {
            amount = -1;
        }
        run.add(CheckResult.of(STANDARD_PROBE_AMOUNT, amount >= smallest && amount <= Sdrp.MAX_AMOUNT_MINOR,
                settings.currency() + " " + amount,
                "Use a Standard-band probe amount (SIGLUME_DIRECT_PAYMENT_TEST_AMOUNT_MINOR or --amount-minor): JPY 501"
                        + " or more, USD 301 or more, in minor units; got " + settings.currency() + " " + raw + "."));
        return amount;
    }

    /** Smallest Standard-band amount: JPY 501, USD 301 (minor units). */
    private static long standardFloor(String currency) {
        return "USD".equals(currency) ? 301 : 501;
    }

    // ---- the Siglume API ----

    private void checkReadiness(Run run, SiglumeMerchantClient merchantClient, String merchant) {
        HostedCheckoutReadiness readiness;
        try {
            readiness = merchantClient.getMerchantReadiness(merchant);
        } catch (SdrpException e) {
            run.add(CheckResult.fail(HOSTED_CHECKOUT_READINESS_API,
                    apiProblem(e, "Could not read the Standard Hosted Checkout readiness.")));
            return;
        }
        List<String> missing = texts(readiness.missingRequirements());
        List<String> blockers = texts(readiness.blockers());
        String status = readiness.status() == null ? "unknown" : readiness.status();
        run.add(CheckResult.pass(HOSTED_CHECKOUT_READINESS_API, "status=" + status));
        run.add(CheckResult.of(HOSTED_CHECKOUT_READINESS_READY, readiness.ready(), "ready=true",
                "Hosted Checkout is not ready: status=" + status + ", missing=" + list(missing) + ", blockers="
                        + list(blockers) + ". Complete the missing merchant actions."));
        run.add(CheckResult.of(HOSTED_CHECKOUT_MISSING_REQUIREMENTS, missing.isEmpty(), "none",
                "Missing requirements: " + list(missing) + "."));
        run.add(CheckResult.of(HOSTED_CHECKOUT_BLOCKERS, blockers.isEmpty(), "none",
                "Blockers: " + list(blockers) + "."));
        run.add(CheckResult.of(MERCHANT_RESPONSIBILITY_ATTESTED,
                Boolean.TRUE.equals(readiness.merchantResponsibilityAttested()),
                "attested (version " + (readiness.responsibilityAttestationVersion() == null ? "unspecified"
                        : readiness.responsibilityAttestationVersion()) + ")",
                "The merchant responsibility attestation is not recorded. Accept it for the merchant account."));
        run.add(CheckResult.of(LIVE_MODE_ENABLED, settings.sandbox() || Boolean.TRUE.equals(readiness.liveModeEnabled()),
                settings.sandbox() ? "not required in the sandbox" : "enabled",
                "Live mode is not enabled for this merchant account."));
    }

    private void checkMerchantAccount(Run run, SiglumeMerchantClient merchantClient, String merchant) {
        MerchantAccount account;
        try {
            account = merchantClient.getMerchant(merchant).merchantAccount();
        } catch (SdrpException e) {
            run.add(CheckResult.fail(MERCHANT_API, apiProblem(e, "Could not read the merchant account.")));
            return;
        }
        boolean exists = account != null && SdrpInputs.optional(account.merchant()) != null;
        run.add(CheckResult.of(MERCHANT_EXISTS, exists, exists ? account.merchant() : "",
                "The merchant account \"" + merchant + "\" does not exist. Run the merchant setup (setupCheckout)."));
        String mandate = account == null ? null : SdrpInputs.optional(account.billingMandateId());
        run.add(CheckResult.of(BILLING_MANDATE, mandate != null, String.valueOf(mandate),
                "The merchant has no billing mandate. Approve the billing mandate in the merchant's wallet."));
        String billing = account == null ? null : account.billingStatus();
        run.add(CheckResult.of(BILLING_STATUS_ACTIVE, isActiveLike(billing), "billing_status=" + billing,
                "Billing status is " + (billing == null ? "unknown" : billing) + "; it must be active before the shop"
                        + " accepts payments."));
        String status = account == null ? null : account.status();
        run.add(CheckResult.of(MERCHANT_STATUS_ACTIVE, isMerchantStatusAllowed(status), "status=" + status,
                "Merchant status is " + (status == null ? "unknown" : status) + "; it must be active or ready before"
                        + " the shop accepts payments."));
    }

    /** Returns the active subscription pointing at the shop, or {@code null}. */
    private WebhookSubscription checkSubscriptions(Run run, SiglumeMerchantClient merchantClient) {
        List<WebhookSubscription> subscriptions;
        try {
            subscriptions = merchantClient.listWebhookSubscriptions();
        } catch (SdrpException e) {
            run.add(CheckResult.fail(WEBHOOK_SUBSCRIPTION_API, apiProblem(e, "Could not read the webhook subscriptions.")));
            return null;
        }
        String url = settings.webhookUrl();
        List<WebhookSubscription> active = subscriptions.stream().filter(s -> isActiveLike(s.status())).toList();
        WebhookSubscription matching = active.stream().filter(s -> sameUrl(s.callbackUrl(), url)).findFirst()
                .orElse(null);
        run.add(CheckResult.of(WEBHOOK_SUBSCRIPTION_EXISTS, !active.isEmpty(), active.size() + " active",
                "There is no active webhook subscription. Create one for " + url + " (setupCheckout does)."));
        List<String> targets = active.stream().map(WebhookSubscription::callbackUrl).toList();
        run.add(CheckResult.of(WEBHOOK_CALLBACK_MATCHES, matching != null,
                matching == null ? "" : matching.anyId().orElse("subscription") + " -> " + matching.callbackUrl(),
                "No active webhook subscription points at " + settings.marked(CheckSettings.WEBHOOK_URL, url)
                        + (targets.isEmpty() ? "" : "; the active ones point at " + list(targets))
                        + ". Set SHOP_WEBHOOK_URL to the shop's webhook URL, or subscribe that URL."));
        boolean confirmed = matching != null && (matching.eventTypes().isEmpty()
                || matching.eventTypes().contains(Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED));
        run.add(CheckResult.of(DIRECT_PAYMENT_CONFIRMED_SUBSCRIBED, confirmed, Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED,
                "The webhook subscription for the shop must include " + Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED + "."));
        String hint = matching == null ? null : SdrpInputs.optional(matching.signingSecretHint());
        boolean secretMatches = hint != null && settings.webhookSecret().endsWith(hint);
        run.add(CheckResult.of(WEBHOOK_SECRET_MATCHES_SUBSCRIPTION_HINT, secretMatches,
                "SIGLUME_WEBHOOK_SECRET ends with the signing_secret_hint \"" + hint + "\"",
                hint == null
                        ? "No signing_secret_hint to compare SIGLUME_WEBHOOK_SECRET with: no matching subscription, or"
                                + " it has no hint."
                        : "SIGLUME_WEBHOOK_SECRET does not end with the subscription's signing_secret_hint \"" + hint
                                + "\": it is another subscription's secret or an old one. Set this subscription's"
                                + " secret, or rotate it and save the new one."));
        return matching;
    }

    private void checkHostedCheckout(Run run, SiglumeMerchantClient merchantClient, String merchant, long amountMinor) {
        String origin = settings.shopOrigin().endsWith("/")
                ? settings.shopOrigin().substring(0, settings.shopOrigin().length() - 1) : settings.shopOrigin();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("source", "siglume-sdrp-check");
        try {
            CreatedCheckoutSession session = merchantClient.createCheckoutSession(CheckoutSessionRequest.builder()
                    .merchant(merchant)
                    .amountMinor(amountMinor)
                    .currency(settings.currency())
                    .nonce("siglume-check-" + System.currentTimeMillis())
                    .successUrl(origin + "/siglume/readiness/success")
                    .cancelUrl(origin + "/siglume/readiness/cancel")
                    .metadata(metadata)
                    .build());
            boolean created = SdrpInputs.optional(session.checkoutUrl()) != null
                    && SdrpInputs.optional(session.challengeHash()) != null;
            run.add(CheckResult.of(HOSTED_CHECKOUT_PROBE, created, "unpaid session " + session.sessionId()
                    + " created (it expires unpaid)", "Hosted Checkout answered without a checkout_url."));
        } catch (HostedCheckoutNotAvailableException e) {
            run.add(CheckResult.fail(HOSTED_CHECKOUT_PROBE, "Hosted Checkout is not enabled for this merchant account ("
                    + e.code() + "). Ask Siglume to enable it before building the buyer checkout."));
        } catch (SdrpException e) {
            run.add(CheckResult.fail(HOSTED_CHECKOUT_PROBE, apiProblem(e, "Could not create a Hosted Checkout session;"
                    + " check checkout_allowed_origins, the currency, the amount and the billing mandate.")));
        }
    }

    /** Sends the test delivery and waits for its outcome; returns its event id once the shop took it. */
    private String checkDelivery(Run run, SiglumeMerchantClient merchantClient, String merchant,
            WebhookSubscription subscription) {
        String subscriptionId = subscription == null ? null : subscription.anyId().orElse(null);
        if (subscriptionId == null) {
            run.add(CheckResult.fail(WEBHOOK_DELIVERY_PROBE_PASSED, "The matching webhook subscription has no id, so no"
                    + " test delivery can be sent to it."));
            return null;
        }
        String url = subscription.callbackUrl();
        try {
            Map<String, Object> data = readinessProbeData(merchant, "dpr_readiness_" + System.currentTimeMillis());
            WebhookTestDelivery queued = merchantClient.queueTestDelivery(WebhookTestDeliveryRequest.builder()
                    .eventType(Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED).data(data).subscriptionIds(List.of(subscriptionId))
                    .build());
            Object id = queued.event().get("id");
            String eventId = id instanceof String text ? SdrpInputs.optional(text) : null;
            long deadline = System.nanoTime() + settings.deliveryTimeout().toNanos();
            while (eventId != null) {
                WebhookDelivery delivery = merchantClient.listWebhookDeliveries(WebhookDeliveryQuery.builder()
                        .subscriptionId(subscriptionId).eventType(Sdrp.EVENT_DIRECT_PAYMENT_CONFIRMED).limit(10).build())
                        .stream()
                        .filter(d -> eventId.equals(d.eventId())).findFirst().orElse(null);
                String status = delivery == null ? null : delivery.deliveryStatus();
                if ("delivered".equals(status)) {
                    run.add(CheckResult.pass(WEBHOOK_DELIVERY_PROBE_PASSED, "event " + eventId + " answered "
                            + delivery.responseStatus() + " by " + url));
                    return eventId;
                }
                if ("failed".equals(status)) {
                    run.add(CheckResult.fail(WEBHOOK_DELIVERY_PROBE_PASSED, deliveryFailure(url, delivery.responseStatus())));
                    return null;
                }
                if (System.nanoTime() - deadline >= 0 || !pause()) {
                    break;
                }
            }
            run.add(CheckResult.fail(WEBHOOK_DELIVERY_PROBE_PASSED, "The test delivery was queued but not reported"
                    + " delivered within " + seconds(settings.deliveryTimeout()) + ". Check that " + url
                    + " is reachable, and the delivery log."));
        } catch (SdrpException e) {
            run.add(CheckResult.fail(WEBHOOK_DELIVERY_PROBE_PASSED, apiProblem(e, "The webhook delivery probe failed.")));
        }
        return null;
    }

    private static String deliveryFailure(String url, Integer responseStatus) {
        if (responseStatus == null) {
            return "The test delivery to " + url + " got no answer (response_status=unknown): is the shop running and"
                    + " reachable at that URL?";
        }
        String cause = switch (responseStatus) {
            case 401, 403 -> "the shop refused the signature: its webhook secret is not this subscription's";
            case 404 -> "nothing answers at that path: check the webhook path";
            default -> responseStatus >= 500 ? "the shop's webhook endpoint failed: see its log"
                    : "the shop refused the delivery";
        };
        return "The test delivery to " + url + " failed with response_status=" + responseStatus + ": " + cause + ".";
    }

    private void checkProbeRecorded(Run run, String eventId) {
        long deadline = System.nanoTime() + settings.deliveryTimeout().toNanos();
        while (true) {
            if (witness.recordedAsProbe(eventId)) {
                run.add(CheckResult.pass(WEBHOOK_PROBE_RECORDED, "event " + eventId
                        + " recorded as a readiness probe by this application"));
                return;
            }
            if (System.nanoTime() - deadline >= 0 || !pause()) {
                break;
            }
        }
        run.add(CheckResult.fail(WEBHOOK_PROBE_RECORDED, "The shop answered the test delivery, but this application did"
                + " not record event " + eventId + " as a readiness probe within " + seconds(settings.deliveryTimeout())
                + ": the subscription delivers to another application or instance. Point it at this one."));
    }

    /** Waits one poll interval; {@code false} when interrupted (the flag is kept). */
    private boolean pause() {
        try {
            Thread.sleep(settings.pollInterval().toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // ---- helpers ----

    private String apiProblem(SdrpException e, String what) {
        if (e instanceof SiglumeApiException api) {
            return what + " The API answered " + api.code() + " (" + api.status() + ").";
        }
        if (e instanceof SiglumeTransportException transport) {
            return what + " No answer from " + settings.apiBase() + (transport.isTimeout() ? " (timed out)." : ".")
                    + " Is the Siglume API (or the sandbox) running there?";
        }
        return what + " " + e.getClass().getSimpleName() + ".";
    }

    private static List<String> texts(List<String> values) {
        List<String> result = new ArrayList<>();
        for (String value : values) {
            String text = SdrpInputs.optional(value);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    private static String list(List<String> values) {
        return values.isEmpty() ? "[]" : String.join(", ", values);
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    /** Compares two absolute URLs as parsed: scheme and host in any case, default ports, an empty path as "/". */
    static boolean sameUrl(String left, String right) {
        URI a = parse(left);
        URI b = parse(right);
        return a != null && b != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b)
                && path(a).equals(path(b)) && Objects.equals(a.getRawQuery(), b.getRawQuery())
                && Objects.equals(a.getRawFragment(), b.getRawFragment());
    }

    private static URI parse(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(SdrpInputs.trim(url));
            return uri.getScheme() == null || uri.getHost() == null ? null : uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : "http".equalsIgnoreCase(uri.getScheme()) ? 80 : -1;
    }

    private static String path(URI uri) {
        String path = uri.getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The checks of one run, in order. */
    private static final class Run {

        private final List<CheckResult> checks = new ArrayList<>();

        void add(CheckResult check) {
            checks.add(check);
        }

        boolean failed() {
            return checks.stream().anyMatch(check -> !check.passed());
        }

        CheckReport report(CheckMode mode, boolean sandbox, boolean apiChecked) {
            return new CheckReport(mode, sandbox, apiChecked, checks);
        }
    }
}
