package com.siglume.sdrp.spring.health;

import com.siglume.sdrp.SdrpException;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.SdrpValidationException;
import com.siglume.sdrp.check.SiglumeChecks;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.client.merchant.HostedCheckoutReadiness;
import com.siglume.sdrp.client.merchant.MerchantAccount;
import com.siglume.sdrp.client.merchant.MerchantResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code siglume} health component: whether this merchant can take Standard Hosted Checkout
 * payments.
 *
 * <p>Local checks first: the merchant key is a valid self-service merchant key, and a webhook
 * signing secret of the {@code whsec_} form is configured. Then the readiness answer of
 * {@link SiglumeMerchantClient#getMerchantReadiness}: UP only when it says ready, DOWN with
 * its status, missing requirements and blockers otherwise. When the readiness endpoint does not
 * exist (404), the merchant account itself ({@link SiglumeMerchantClient#getMerchant}) is
 * checked instead: it exists, has a billing mandate, and its status and billing status are
 * active. An API or network failure is DOWN with its error code, never an exception.
 *
 * <p>The remote answer is cached for the configured time to live, only one call is in flight at
 * a time, and a health request waits at most the client timeout for it. Details never contain a
 * token or secret.
 */
public class SiglumeHealthIndicator implements HealthIndicator, DisposableBean {

    private static final String WEBHOOK_SECRET_PREFIX = "whsec_";

    private final SiglumeMerchantClient client;
    private final @Nullable String merchant;
    private final @Nullable String webhookSecret;
    private final Duration cacheTtl;
    private final Duration timeout;
    private final Clock clock;
    private final ExecutorService executor;

    private final Object lock = new Object();
    private @Nullable RemoteCheck cached;
    private Instant cachedUntil = Instant.MIN;
    private @Nullable CompletableFuture<RemoteCheck> inFlight;

    /**
     * Creates the indicator.
     *
     * @param client the merchant client
     * @param merchant the configured merchant key, or {@code null}
     * @param webhookSecret the configured webhook secret, or {@code null}; only its shape is
     *        reported
     * @param cacheTtl how long a remote answer is reused
     * @param timeout the longest a health request waits for the remote answer
     * @param clock the clock for the cache
     */
    public SiglumeHealthIndicator(SiglumeMerchantClient client, @Nullable String merchant,
            @Nullable String webhookSecret, Duration cacheTtl, Duration timeout, Clock clock) {
        this.client = client;
        this.merchant = merchant;
        this.webhookSecret = webhookSecret;
        this.cacheTtl = cacheTtl;
        this.timeout = timeout;
        this.clock = clock;
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "siglume-health");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String merchantKey = checkMerchant(details, problems);
        checkWebhookSecret(details, problems);
        boolean up = problems.isEmpty();
        if (merchantKey != null) {
            RemoteCheck remote = remote(merchantKey);
            details.putAll(remote.details());
            up &= remote.up();
        }
        if (!problems.isEmpty()) {
            details.put("problems", List.copyOf(problems));
        }
        return (up ? Health.up() : Health.down()).withDetails(details).build();
    }

    private @Nullable String checkMerchant(Map<String, Object> details, List<String> problems) {
        if (SdrpInputs.optional(merchant) == null) {
            details.put("merchant", "missing");
            problems.add("siglume.merchant is not set");
            return null;
        }
        try {
            String key = SdrpInputs.selfServiceMerchant(merchant);
            details.put("merchant", key);
            return key;
        } catch (SdrpValidationException e) {
            details.put("merchant", "invalid");
            problems.add(e.getMessage());
            return null;
        }
    }

    private void checkWebhookSecret(Map<String, Object> details, List<String> problems) {
        if (SdrpInputs.optional(webhookSecret) == null) {
            details.put("webhookSecret", "missing");
            problems.add("siglume.webhook.secret is not set");
        } else if (!webhookSecret.startsWith(WEBHOOK_SECRET_PREFIX)) {
            details.put("webhookSecret", "malformed");
            problems.add("siglume.webhook.secret does not start with " + WEBHOOK_SECRET_PREFIX);
        } else {
            details.put("webhookSecret", "configured");
        }
    }

    /** Returns the cached answer, or waits up to the timeout for the (single) call in flight. */
    private RemoteCheck remote(String merchantKey) {
        CompletableFuture<RemoteCheck> call;
        synchronized (lock) {
            if (cached != null && clock.instant().isBefore(cachedUntil)) {
                return cached;
            }
            if (inFlight == null) {
                CompletableFuture<RemoteCheck> started = CompletableFuture.supplyAsync(() -> ask(merchantKey), executor);
                inFlight = started;
                started.whenComplete((result, failure) -> {
                    synchronized (lock) {
                        cached = result != null ? result : RemoteCheck.error("UNEXPECTED_ERROR", null);
                        cachedUntil = clock.instant().plus(cacheTtl);
                        inFlight = null;
                    }
                });
            }
            call = inFlight;
        }
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return RemoteCheck.error("TIMEOUT", null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RemoteCheck.error("INTERRUPTED", null);
        } catch (ExecutionException e) {
            return RemoteCheck.error("UNEXPECTED_ERROR", null);
        }
    }

    /** Asks Siglume; never throws. */
    private RemoteCheck ask(String merchantKey) {
        try {
            return readiness(client.getMerchantReadiness(merchantKey));
        } catch (SiglumeApiException e) {
            if (e.status() == 404) {
                return accountFallback(merchantKey);
            }
            return RemoteCheck.error(e.code(), e.status());
        } catch (SiglumeTransportException e) {
            return RemoteCheck.error(e.isTimeout() ? "TIMEOUT" : "UNREACHABLE", null);
        } catch (SdrpException e) {
            return RemoteCheck.error("INVALID_RESPONSE", null);
        } catch (RuntimeException e) {
            return RemoteCheck.error("UNEXPECTED_ERROR", null);
        }
    }

    private static RemoteCheck readiness(HostedCheckoutReadiness readiness) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", "readiness");
        details.put("ready", readiness.ready());
        putIfPresent(details, "status", readiness.status());
        putIfPresent(details, "scope", readiness.scope());
        details.put("missingRequirements", readiness.missingRequirements());
        details.put("blockers", readiness.blockers());
        putIfPresent(details, "liveModeEnabled", readiness.liveModeEnabled());
        return new RemoteCheck(readiness.ready(), details);
    }

    private RemoteCheck accountFallback(String merchantKey) {
        MerchantResponse response;
        try {
            response = client.getMerchant(merchantKey);
        } catch (SiglumeApiException e) {
            return RemoteCheck.error(e.code(), e.status());
        } catch (SiglumeTransportException e) {
            return RemoteCheck.error(e.isTimeout() ? "TIMEOUT" : "UNREACHABLE", null);
        }
        MerchantAccount account = response.merchantAccount();
        List<String> failed = new ArrayList<>();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("source", "merchant_account");
        if (account == null || SdrpInputs.optional(account.merchant()) == null) {
            failed.add("merchant_exists");
        } else {
            putIfPresent(details, "accountStatus", account.status());
            putIfPresent(details, "billingStatus", account.billingStatus());
            details.put("billingMandate", SdrpInputs.optional(account.billingMandateId()) != null);
            if (SdrpInputs.optional(account.billingMandateId()) == null) {
                failed.add("billing_mandate");
            }
            if (!SiglumeChecks.isActiveLike(account.billingStatus())) {
                failed.add("billing_status_active");
            }
            if (!SiglumeChecks.isMerchantStatusAllowed(account.status())) {
                failed.add("merchant_status_active");
            }
        }
        details.put("failedChecks", List.copyOf(failed));
        return new RemoteCheck(failed.isEmpty(), details);
    }

    private static void putIfPresent(Map<String, Object> details, String key, @Nullable Object value) {
        if (value != null) {
            details.put(key, value);
        }
    }

    /** Stops the background thread. */
    @Override
    public void destroy() {
        executor.shutdownNow();
    }

    /** One remote answer, reduced to UP/DOWN and safe details. */
    private record RemoteCheck(boolean up, Map<String, Object> details) {

        static RemoteCheck error(String code, @Nullable Integer status) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("error", code);
            if (status != null) {
                details.put("httpStatus", status);
            }
            return new RemoteCheck(false, details);
        }
    }
}
