package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * What the {@link com.siglume.sdrp.spring.checkout.SiglumeCheckout} bean needs, in one place: the
 * condition that creates it, the refusal of {@code siglume.checkout.enabled=true} without it and
 * the failure reports of an application that needs it all name the same missing settings.
 */
final class SiglumeCheckoutRequirements {

    static final String ENABLED = "siglume.checkout.enabled";

    static final String ACTION = "Set siglume.merchant-auth-token (or SIGLUME_MERCHANT_AUTH_TOKEN) to the merchant"
            + " bearer token, siglume.merchant (or SIGLUME_DIRECT_PAYMENT_MERCHANT) to the merchant key and"
            + " siglume.webhook.secret (or SIGLUME_WEBHOOK_SECRET) to the webhook signing secret, and give the"
            + " application a DataSource (spring-boot-starter-jdbc and spring.datasource.url) for the "
            + "siglume_checkout_attempts table. For a local run without an account, point them at the sandbox"
            + " (siglume-sdrp-sandbox).";

    private static final String JDBC_CLASS = "org.springframework.jdbc.core.JdbcTemplate";

    private SiglumeCheckoutRequirements() {
    }

    /**
     * Lists what keeps the checkout from being created.
     *
     * @param environment the environment
     * @param beans the context's bean factory, for its DataSources
     * @return one short clause per missing thing, empty when nothing is missing
     */
    static List<String> missing(Environment environment, ListableBeanFactory beans) {
        List<String> missing = new ArrayList<>();
        if (Boolean.FALSE.equals(enabled(environment))) {
            missing.add(ENABLED + " is false");
        }
        // Declared connection details stand for the token and the key; the beans then check their values.
        boolean declaredDetails = PropertiesSiglumeConnectionDetails.declaredByApplication(beans);
        if (!SiglumeClientAutoConfiguration.OnMerchantTokenCondition.matches(environment, beans)) {
            missing.add("no merchant bearer token is set (siglume.merchant-auth-token)");
        }
        if (!declaredDetails && !StringUtils.hasText(environment.getProperty("siglume.merchant"))) {
            missing.add("no merchant key is set (siglume.merchant)");
        }
        ConditionOutcome webhook = SiglumeConditions.OnWebhookEnabledCondition.outcome(environment, beans);
        if (!webhook.isMatch()) {
            missing.add("the webhook is off (" + webhook.getMessage() + "), so no confirmation could reach an order");
        }
        if (!ClassUtils.isPresent(JDBC_CLASS, SiglumeCheckoutRequirements.class.getClassLoader())) {
            missing.add("spring-jdbc is not on the class path");
        } else if (beans.getBeanNamesForType(DataSource.class, true, false).length == 0) {
            missing.add("the application has no DataSource for the checkout attempts");
        }
        return missing;
    }

    /**
     * The refusal of {@code siglume.checkout.enabled=true} with something missing.
     *
     * @param missing what {@link #missing} found, not empty
     * @return the exception to stop startup with
     */
    static SiglumeConfigurationException refusal(List<String> missing) {
        return new SiglumeConfigurationException(ENABLED + " is true, but the checkout cannot work: "
                + describe(missing) + ".", ACTION);
    }

    /** Describes what is missing, for a failure report. */
    static String describe(List<String> missing) {
        return String.join("; ", missing);
    }

    static @Nullable Boolean enabled(Environment environment) {
        return Binder.get(environment).bind(ENABLED, Boolean.class).orElse(null);
    }

    /**
     * Creates the checkout when {@code siglume.checkout.enabled} is {@code true} (the
     * auto-configuration then refuses what is missing), or when it is unset and nothing is
     * missing. Evaluated once the earlier auto-configurations registered their beans, so it
     * sees the application's DataSources.
     */
    static final class OnCheckoutCondition extends SpringBootCondition implements ConfigurationCondition {

        @Override
        public ConfigurationPhase getConfigurationPhase() {
            return ConfigurationPhase.REGISTER_BEAN;
        }

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Boolean enabled = enabled(context.getEnvironment());
            if (enabled != null) {
                return enabled ? ConditionOutcome.match(ENABLED + " is true")
                        : ConditionOutcome.noMatch(ENABLED + " is false");
            }
            List<String> missing = missing(context.getEnvironment(), context.getBeanFactory());
            return missing.isEmpty() ? ConditionOutcome.match("merchant token, merchant key, webhook and DataSource"
                    + " are configured") : ConditionOutcome.noMatch(describe(missing));
        }
    }
}
