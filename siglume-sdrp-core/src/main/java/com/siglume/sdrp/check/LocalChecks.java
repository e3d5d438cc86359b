package com.siglume.sdrp.check;

import static com.siglume.sdrp.check.SiglumeChecks.MERCHANT_KEY;
import static com.siglume.sdrp.check.SiglumeChecks.MERCHANT_TOKEN;
import static com.siglume.sdrp.check.SiglumeChecks.SHOP_ORIGIN;
import static com.siglume.sdrp.check.SiglumeChecks.STANDARD_PROBE_AMOUNT;
import static com.siglume.sdrp.check.SiglumeChecks.TARGET_ENVIRONMENT;
import static com.siglume.sdrp.check.SiglumeChecks.WEBHOOK_SECRET_PRESENT;
import static com.siglume.sdrp.check.SiglumeChecks.WEBHOOK_URL;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The checks of the local configuration, which need no call to the API: target, merchant key,
 * token, shop origin, webhook URL and secret, probe amount.
 */
final class LocalChecks {

    private final CheckSettings settings;
    private final CheckRun run;

    LocalChecks(CheckSettings settings, CheckRun run) {
        this.settings = settings;
        this.run = run;
    }

    @Nullable String checkTarget() {
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

    @Nullable String checkMerchantKey() {
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

    /**
     * Checks the token with the client's own rules; returns the client to call the API with:
     * {@code client} when given, else one built from the settings.
     */
    @Nullable SiglumeMerchantClient checkMerchantToken(@Nullable String apiBase,
            @Nullable SiglumeMerchantClient client) {
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

    void checkShopOrigin() {
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

    private @Nullable String originProblem(String origin) {
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

    void checkWebhookUrl() {
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

    void checkWebhookSecret() {
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

    long checkProbeAmount() {
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
}
