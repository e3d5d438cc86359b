package com.siglume.sdrp.check;

import static com.siglume.sdrp.check.SiglumeChecks.BILLING_MANDATE;
import static com.siglume.sdrp.check.SiglumeChecks.BILLING_STATUS_ACTIVE;
import static com.siglume.sdrp.check.SiglumeChecks.DIRECT_PAYMENT_CONFIRMED_SUBSCRIBED;
import static com.siglume.sdrp.check.SiglumeChecks.HOSTED_CHECKOUT_BLOCKERS;
import static com.siglume.sdrp.check.SiglumeChecks.HOSTED_CHECKOUT_MISSING_REQUIREMENTS;
import static com.siglume.sdrp.check.SiglumeChecks.HOSTED_CHECKOUT_PROBE;
import static com.siglume.sdrp.check.SiglumeChecks.HOSTED_CHECKOUT_READINESS_API;
import static com.siglume.sdrp.check.SiglumeChecks.HOSTED_CHECKOUT_READINESS_READY;
import static com.siglume.sdrp.check.SiglumeChecks.LIVE_MODE_ENABLED;
import static com.siglume.sdrp.check.SiglumeChecks.MERCHANT_API;
import static com.siglume.sdrp.check.SiglumeChecks.MERCHANT_EXISTS;
import static com.siglume.sdrp.check.SiglumeChecks.MERCHANT_RESPONSIBILITY_ATTESTED;
import static com.siglume.sdrp.check.SiglumeChecks.MERCHANT_STATUS_ACTIVE;
import static com.siglume.sdrp.check.SiglumeChecks.WEBHOOK_CALLBACK_MATCHES;
import static com.siglume.sdrp.check.SiglumeChecks.WEBHOOK_DELIVERY_PROBE_PASSED;
import static com.siglume.sdrp.check.SiglumeChecks.WEBHOOK_PROBE_RECORDED;
import static com.siglume.sdrp.check.SiglumeChecks.WEBHOOK_SECRET_MATCHES_SUBSCRIPTION_HINT;
import static com.siglume.sdrp.check.SiglumeChecks.WEBHOOK_SUBSCRIPTION_API;
import static com.siglume.sdrp.check.SiglumeChecks.WEBHOOK_SUBSCRIPTION_EXISTS;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpException;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.client.HostedCheckoutNotAvailableException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.checkout.CheckoutSessionRequest;
import com.siglume.sdrp.client.checkout.CreatedCheckoutSession;
import com.siglume.sdrp.client.merchant.HostedCheckoutReadiness;
import com.siglume.sdrp.client.merchant.MerchantAccount;
import com.siglume.sdrp.client.webhooks.WebhookDelivery;
import com.siglume.sdrp.client.webhooks.WebhookDeliveryQuery;
import com.siglume.sdrp.client.webhooks.WebhookSubscription;
import com.siglume.sdrp.client.webhooks.WebhookTestDelivery;
import com.siglume.sdrp.client.webhooks.WebhookTestDeliveryRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The checks that ask the Siglume API: readiness, the merchant account and billing, the webhook
 * subscription, the Hosted Checkout probe and the signed test delivery.
 */
final class ApiChecks {

    private final CheckSettings settings;
    private final CheckRun run;
    private final SiglumeMerchantClient merchantClient;

    ApiChecks(CheckSettings settings, CheckRun run, SiglumeMerchantClient merchantClient) {
        this.settings = settings;
        this.run = run;
        this.merchantClient = merchantClient;
    }

    void checkReadiness(String merchant) {
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

    void checkMerchantAccount(String merchant) {
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
        run.add(CheckResult.of(BILLING_STATUS_ACTIVE, SiglumeChecks.isActiveLike(billing), "billing_status=" + billing,
                "Billing status is " + (billing == null ? "unknown" : billing) + "; it must be active before the shop"
                        + " accepts payments."));
        String status = account == null ? null : account.status();
        run.add(CheckResult.of(MERCHANT_STATUS_ACTIVE, SiglumeChecks.isMerchantStatusAllowed(status), "status=" + status,
                "Merchant status is " + (status == null ? "unknown" : status) + "; it must be active or ready before"
                        + " the shop accepts payments."));
    }

    /** Returns the active subscription pointing at the shop, or {@code null}. */
    @Nullable WebhookSubscription checkSubscriptions() {
        List<WebhookSubscription> subscriptions;
        try {
            subscriptions = merchantClient.listWebhookSubscriptions();
        } catch (SdrpException e) {
            run.add(CheckResult.fail(WEBHOOK_SUBSCRIPTION_API, apiProblem(e, "Could not read the webhook subscriptions.")));
            return null;
        }
        String url = settings.webhookUrl();
        List<WebhookSubscription> active = subscriptions.stream().filter(s -> SiglumeChecks.isActiveLike(s.status())).toList();
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

    void checkHostedCheckout(String merchant, long amountMinor) {
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
    @Nullable String checkDelivery(String merchant, @Nullable WebhookSubscription subscription) {
        String subscriptionId = subscription == null ? null : subscription.anyId().orElse(null);
        if (subscriptionId == null) {
            run.add(CheckResult.fail(WEBHOOK_DELIVERY_PROBE_PASSED, "The matching webhook subscription has no id, so no"
                    + " test delivery can be sent to it."));
            return null;
        }
        String url = subscription.callbackUrl();
        try {
            Map<String, Object> data = SiglumeChecks.readinessProbeData(merchant, "dpr_readiness_" + System.currentTimeMillis());
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

    void checkProbeRecorded(String eventId, ProbeWitness witness) {
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

    private static @Nullable URI parse(String url) {
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
}
