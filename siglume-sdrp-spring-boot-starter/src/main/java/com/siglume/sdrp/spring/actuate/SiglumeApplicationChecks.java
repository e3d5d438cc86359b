package com.siglume.sdrp.spring.actuate;

import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.check.CheckMode;
import com.siglume.sdrp.check.CheckReport;
import com.siglume.sdrp.check.CheckSettings;
import com.siglume.sdrp.check.SiglumeChecks;
import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.spring.autoconfigure.SiglumeConnectionDetails;
import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import com.siglume.sdrp.spring.webhook.EventStatus;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;

/**
 * The integration checks of the command line, run from inside the application with its own
 * settings and merchant client: what {@code GET /actuator/siglume},
 * {@code POST /actuator/siglume} and {@code siglume.verify-on-startup} report.
 *
 * <p>The shop's public origin and webhook URL come from {@code SHOP_PUBLIC_ORIGIN} and
 * {@code SHOP_WEBHOOK_URL} (environment variables or properties). In the sandbox, unset, they are
 * this application's own: {@code http://localhost:<port>} and
 * {@code http://127.0.0.1:<port><siglume.webhook.path>}. Unlike the command line, no sandbox
 * default is assumed for the merchant, token or secret: the application's own settings are
 * checked.
 */
public class SiglumeApplicationChecks {

    /** How long the test delivery, and this application's record of it, may take by default. */
    public static final Duration DEFAULT_DELIVERY_TIMEOUT = Duration.ofSeconds(10);

    private final SiglumeMerchantClient client;
    private final SiglumeConnectionDetails details;
    private final SiglumeProperties properties;
    private final Environment environment;
    private final ObjectProvider<SiglumeEventStore> eventStores;
    private final Duration deliveryTimeout;

    /**
     * Creates the checks.
     *
     * @param client the application's merchant client
     * @param details the merchant, its token and the webhook secret the checks use
     * @param properties the bound properties
     * @param environment the environment, for the shop's URLs and the probe currency and amount
     * @param eventStores the webhook event store, when the webhook endpoint is on
     * @param deliveryTimeout how long the test delivery, and this application's record of it,
     *        may take
     */
    public SiglumeApplicationChecks(SiglumeMerchantClient client, SiglumeConnectionDetails details,
            SiglumeProperties properties, Environment environment, ObjectProvider<SiglumeEventStore> eventStores,
            Duration deliveryTimeout) {
        this.client = client;
        this.details = details;
        this.properties = properties;
        this.environment = environment;
        this.eventStores = eventStores;
        this.deliveryTimeout = deliveryTimeout;
    }

    /**
     * Returns the settings the checks see, as they are now.
     *
     * @return the settings
     */
    public CheckSettings settings() {
        return builder().build();
    }

    /**
     * Runs the checks that change nothing: configuration, account, billing, readiness and the
     * webhook subscription; no checkout session, no test delivery.
     *
     * @return the report
     */
    public CheckReport summary() {
        return SiglumeChecks.of(builder().probe(false).build()).withClient(client).run(CheckMode.PREFLIGHT);
    }

    /**
     * Runs every check of {@code verify}: an unpaid Hosted Checkout session, and a signed test
     * delivery that the shop must answer with 2xx and, when this application has the webhook
     * endpoint, that this application must record as a readiness probe within the delivery
     * timeout.
     *
     * @return the report
     */
    public CheckReport verify() {
        SiglumeChecks checks = SiglumeChecks.of(settings()).withClient(client);
        SiglumeEventStore store = eventStores.getIfAvailable();
        if (store != null) {
            checks = checks.withProbeWitness(eventId -> store.find(eventId)
                    .filter(event -> event.status() == EventStatus.PROBE).isPresent());
        }
        return checks.run(CheckMode.VERIFY);
    }

    /** A tenth of the timeout, at most one second: a few looks even for a short timeout. */
    private static Duration pollInterval(Duration timeout) {
        Duration tenth = timeout.dividedBy(10);
        Duration interval = tenth.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : tenth;
        return interval.isZero() ? Duration.ofMillis(1) : interval;
    }

    private CheckSettings.Builder builder() {
        boolean sandbox = properties.getEnv() == SiglumeProperties.Env.SANDBOX;
        CheckSettings.Builder builder = CheckSettings.builder()
                .environment(environment::getProperty)
                .sandbox(sandbox)
                .sandboxDefaults(false)
                .apiBase(client.baseUrl())
                .merchant(details.merchant())
                .merchantAuthToken(details.merchantAuthToken())
                .webhookSecret(details.webhookSecret())
                .timeout(properties.getClient().getTimeout())
                .deliveryWait(deliveryTimeout, pollInterval(deliveryTimeout));
        String port = environment.getProperty("local.server.port");
        if (sandbox && SdrpInputs.optional(port) != null) {
            if (SdrpInputs.optional(environment.getProperty(CheckSettings.SHOP_PUBLIC_ORIGIN)) == null) {
                builder.shopOrigin("http://localhost:" + port);
            }
            if (SdrpInputs.optional(environment.getProperty(CheckSettings.SHOP_WEBHOOK_URL)) == null) {
                builder.webhookUrl("http://127.0.0.1:" + port + properties.getWebhook().getPath());
            }
        }
        return builder;
    }
}
