package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.client.SiglumeEnv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.PropertySources;

/**
 * Makes the reference SDK's environment variables work as {@code siglume.*} properties of the
 * lowest precedence, so an application runs with no YAML and an explicit property always wins.
 *
 * <table>
 *   <caption>Fallbacks</caption>
 *   <tr><th>property</th><th>environment variables, first set wins</th></tr>
 *   <tr><td>{@code siglume.merchant-auth-token}</td><td>{@code SIGLUME_MERCHANT_AUTH_TOKEN}, {@code SIGLUME_AUTH_TOKEN}</td></tr>
 *   <tr><td>{@code siglume.auth-token}</td><td>{@code SIGLUME_AUTH_TOKEN}</td></tr>
 *   <tr><td>{@code siglume.api-base}</td><td>{@code SIGLUME_API_BASE}</td></tr>
 *   <tr><td>{@code siglume.env}</td><td>{@code SIGLUME_ENV}</td></tr>
 *   <tr><td>{@code siglume.merchant}</td><td>{@code SIGLUME_DIRECT_PAYMENT_MERCHANT}</td></tr>
 *   <tr><td>{@code siglume.challenge-secret}</td><td>{@code SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET}</td></tr>
 *   <tr><td>{@code siglume.webhook.secret}</td><td>{@code SIGLUME_WEBHOOK_SECRET}</td></tr>
 * </table>
 *
 * <p>{@code SIGLUME_SANDBOX_API_BASE} is read when the base URL is resolved (see
 * {@link SiglumeApiBase}). The names and the token order are the core's ({@link SiglumeEnv}). The
 * variables are looked up in the environment's property sources
 * each time, so they may come from the operating system, system properties or any other source. Runs
 * after the config data (application.yml) is loaded; the source is placed last, just before
 * Spring Boot's {@code defaultProperties} when those exist.
 */
public class SiglumeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source this adds. */
    public static final String PROPERTY_SOURCE_NAME = "siglumeEnvironmentVariableFallbacks";

    private static final String DEFAULT_PROPERTIES = "defaultProperties";

    /** Property name to the environment variables it falls back to, in order. */
    static final Map<String, List<String>> FALLBACKS = fallbacks();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        install(environment);
    }

    /**
     * Adds the fallback property source to an environment, once.
     *
     * @param environment the environment to extend
     */
    public static void install(ConfigurableEnvironment environment) {
        MutablePropertySources sources = environment.getPropertySources();
        if (sources.contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        FallbackPropertySource fallbacks = new FallbackPropertySource(sources);
        if (sources.contains(DEFAULT_PROPERTIES)) {
            sources.addBefore(DEFAULT_PROPERTIES, fallbacks);
        } else {
            sources.addLast(fallbacks);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static Map<String, List<String>> fallbacks() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        // The core's names and token order: the clients outside Spring read the same variables.
        map.put("siglume.merchant-auth-token", SiglumeEnv.MERCHANT_TOKEN_VARIABLES);
        map.put("siglume.auth-token", SiglumeEnv.USER_TOKEN_VARIABLES);
        map.put("siglume.api-base", List.of(SiglumeEnv.API_BASE));
        map.put("siglume.env", List.of(SiglumeEnv.ENV));
        map.put("siglume.merchant", List.of(SiglumeEnv.DIRECT_PAYMENT_MERCHANT));
        map.put("siglume.challenge-secret", List.of(SiglumeEnv.DIRECT_PAYMENT_CHALLENGE_SECRET));
        map.put("siglume.webhook.secret", List.of(SiglumeEnv.WEBHOOK_SECRET));
        return Map.copyOf(map);
    }

    /**
     * Answers the mapped property names by looking the variables up, each time, in the
     * environment's other property sources. It asks those sources directly, never the
     * environment or Spring Boot's attached configuration-property view (which includes this
     * source), so a lookup never comes back here.
     */
    static final class FallbackPropertySource extends EnumerablePropertySource<PropertySources> {

        FallbackPropertySource(PropertySources sources) {
            super(PROPERTY_SOURCE_NAME, sources);
        }

        @Override
        public @Nullable Object getProperty(String name) {
            List<String> variables = FALLBACKS.get(name);
            return variables == null ? null : SiglumeEnv.firstSet(variables, this::variable).orElse(null);
        }

        private @Nullable String variable(String variable) {
            for (PropertySource<?> source : getSource()) {
                if (source == this || ConfigurationPropertySources.isAttachedConfigurationPropertySource(source)) {
                    continue;
                }
                Object value = source.getProperty(variable);
                if (value != null) {
                    return value.toString();
                }
            }
            return null;
        }

        @Override
        public String[] getPropertyNames() {
            List<String> names = new ArrayList<>();
            for (String name : FALLBACKS.keySet()) {
                if (getProperty(name) != null) {
                    names.add(name);
                }
            }
            return names.toArray(String[]::new);
        }
    }
}
