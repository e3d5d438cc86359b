package com.siglume.sdrp.spring.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.context.annotation.Bean;
import org.springframework.util.StringUtils;

/**
 * Keeps the starter's tokens and secrets out of the actuator {@code env} and
 * {@code configprops} endpoints even when they are set to show values
 * ({@code management.endpoint.*.show-values=always}), which Spring Boot otherwise does for
 * every key.
 */
@AutoConfiguration(after = SiglumeAutoConfiguration.class)
@ConditionalOnClass(SanitizingFunction.class)
public class SiglumeSanitizingAutoConfiguration {

    /**
     * The secret-bearing properties. A key is compared with them as Spring Boot's binder does
     * ({@link ConfigurationPropertyName#adapt}: kebab case, camel case, underscores, any case,
     * indexed elements), so every spelling that binds to one of them is hidden.
     */
    static final List<ConfigurationPropertyName> SECRET_PROPERTIES = List.of(
            ConfigurationPropertyName.of("siglume.merchant-auth-token"), ConfigurationPropertyName.of("siglume.auth-token"),
            ConfigurationPropertyName.of("siglume.challenge-secret"), ConfigurationPropertyName.of("siglume.webhook.secret"),
            ConfigurationPropertyName.of("siglume.webhook.additional-secrets"));

    /**
     * The environment-variable form: every {@code SIGLUME_*} variable that names a token or a
     * secret, the starter's fallbacks ({@code SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET}, ...)
     * included.
     */
    static final Pattern SECRET_ENVIRONMENT_VARIABLES = Pattern.compile("(?i)^siglume_[a-z0-9_]*(token|secret)[a-z0-9_]*$");

    /** Shorter configured values are hidden only where they stand alone, not inside other text. */
    private static final int MIN_EMBEDDED_SECRET_LENGTH = 8;

    /**
     * Replaces with {@code ******} the values of the secret-bearing keys in every spelling, and
     * any value, under whatever key, that is or contains a configured token or secret (for
     * example {@code my.copy=${siglume.webhook.secret}}).
     *
     * @param properties the bound properties, read for each value so the configured secrets
     *        are those in force
     * @param details the connection details, whose secrets are hidden too (those of a bean the
     *        application declares need not be properties)
     * @return the sanitizing function
     */
    @Bean
    @ConditionalOnMissingBean(name = "siglumeSanitizingFunction")
    public SanitizingFunction siglumeSanitizingFunction(ObjectProvider<SiglumeProperties> properties,
            ObjectProvider<SiglumeConnectionDetails> details) {
        return data -> isSecretKey(data.getKey())
                || revealsSecret(data.getValue(), properties.getIfAvailable(), details.getIfAvailable())
                ? data.withValue(SanitizableData.SANITIZED_VALUE)
                : data;
    }

    static boolean isSecretKey(String key) {
        // Every spelling of a secret property starts with its first element; other keys (the
        // JVM's, the system's) need no parsing.
        if (key == null || !key.regionMatches(true, 0, "siglume", 0, "siglume".length())) {
            return false;
        }
        if (SECRET_ENVIRONMENT_VARIABLES.matcher(key).matches()) {
            return true;
        }
        ConfigurationPropertyName name = ConfigurationPropertyName.adapt(key, '.');
        for (ConfigurationPropertyName secret : SECRET_PROPERTIES) {
            if (secret.equals(name) || secret.isAncestorOf(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean revealsSecret(@Nullable Object value, @Nullable SiglumeProperties properties,
            @Nullable SiglumeConnectionDetails details) {
        if (!(value instanceof CharSequence text) || text.isEmpty() || (properties == null && details == null)) {
            return false;
        }
        String shown = text.toString();
        for (String secret : configuredSecrets(properties, details)) {
            // The configured secrets are stripped, so an exact copy also matches stripped.
            if (shown.strip().equals(secret)
                    || (secret.length() >= MIN_EMBEDDED_SECRET_LENGTH && shown.contains(secret))) {
                return true;
            }
        }
        return false;
    }

    private static List<String> configuredSecrets(@Nullable SiglumeProperties properties,
            @Nullable SiglumeConnectionDetails details) {
        List<String> secrets = new ArrayList<>();
        if (properties != null) {
            addIfText(secrets, properties.getMerchantAuthToken());
            addIfText(secrets, properties.getAuthToken());
            addIfText(secrets, properties.getChallengeSecret());
            addIfText(secrets, properties.getWebhook().getSecret());
            if (properties.getWebhook().getAdditionalSecrets() != null) {
                properties.getWebhook().getAdditionalSecrets().forEach(secret -> addIfText(secrets, secret));
            }
        }
        if (details != null) {
            addIfText(secrets, details.merchantAuthToken());
            addIfText(secrets, details.buyerAuthToken());
            addIfText(secrets, details.challengeSecret());
            addIfText(secrets, details.webhookSecret());
        }
        return secrets;
    }

    private static void addIfText(List<String> secrets, @Nullable String secret) {
        if (StringUtils.hasText(secret)) {
            secrets.add(secret.strip());
        }
    }
}
