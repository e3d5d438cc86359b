package com.siglume.sdrp.spring.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;

/**
 * The {@link SiglumeConnectionDetails} of the {@code siglume.*} properties, with their
 * environment variable fallbacks ({@link SiglumeEnvironmentPostProcessor}) and the API base
 * rule of {@link SiglumeApiBase}.
 */
public final class PropertiesSiglumeConnectionDetails implements SiglumeConnectionDetails {

    private final SiglumeProperties properties;
    private final Environment environment;

    /**
     * Creates the details of the bound properties.
     *
     * @param properties the bound {@code siglume.*} properties
     * @param environment the environment, for {@code SIGLUME_SANDBOX_API_BASE}
     */
    public PropertiesSiglumeConnectionDetails(SiglumeProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    /**
     * {@inheritDoc}
     *
     * @throws com.siglume.sdrp.SdrpValidationException when the chosen URL is not https (or http
     *         on a loopback host)
     */
    @Override
    public String apiBase() {
        return SiglumeApiBase.resolve(properties, environment);
    }

    @Override
    public @Nullable String merchant() {
        return properties.getMerchant();
    }

    @Override
    public @Nullable String merchantAuthToken() {
        return properties.getMerchantAuthToken();
    }

    @Override
    public @Nullable String buyerAuthToken() {
        return properties.getAuthToken();
    }

    @Override
    public @Nullable String challengeSecret() {
        return properties.getChallengeSecret();
    }

    @Override
    public @Nullable String webhookSecret() {
        return properties.getWebhook().getSecret();
    }

    @Override
    public String toString() {
        return "PropertiesSiglumeConnectionDetails[siglume.*]";
    }

    /** The application's details, or those of the properties when it declares none. */
    static SiglumeConnectionDetails of(ObjectProvider<SiglumeConnectionDetails> declared, SiglumeProperties properties,
            Environment environment) {
        return declared.getIfAvailable(() -> new PropertiesSiglumeConnectionDetails(properties, environment));
    }

    /**
     * Whether the application declares its own {@link SiglumeConnectionDetails} bean; decided
     * from the bean definitions, so conditions can ask before any bean is created.
     */
    static boolean declaredByApplication(ListableBeanFactory beans) {
        return beans.getBeanNamesForType(SiglumeConnectionDetails.class, true, false).length
                > beans.getBeanNamesForType(PropertiesSiglumeConnectionDetails.class, true, false).length;
    }

    /**
     * Names where a value comes from, for failure reports: the property (as before there were
     * connection details) when these are the properties' details, else the bean's accessor.
     */
    static String source(SiglumeConnectionDetails details, String property, String accessor) {
        return details instanceof PropertiesSiglumeConnectionDetails ? property
                : "the SiglumeConnectionDetails bean's " + accessor + "() (" + details.getClass().getName() + ")";
    }
}
