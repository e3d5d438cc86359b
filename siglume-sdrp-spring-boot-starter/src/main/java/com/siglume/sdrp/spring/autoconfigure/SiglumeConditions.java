package com.siglume.sdrp.spring.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.ConfigurationCondition;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The starter's own conditions.
 */
final class SiglumeConditions {

    private SiglumeConditions() {
    }

    /**
     * Matches when a property has a non-blank value (an empty value counts as unset, unlike
     * {@code @ConditionalOnProperty}).
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Documented
    @Conditional(OnPropertyTextCondition.class)
    @interface ConditionalOnPropertyText {

        /**
         * The property name.
         *
         * @return for example {@code siglume.merchant-auth-token}
         */
        String value();
    }

    static final class OnPropertyTextCondition extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Map<String, Object> attributes = metadata.getAnnotationAttributes(ConditionalOnPropertyText.class.getName());
            String name = (String) attributes.get("value");
            return StringUtils.hasText(context.getEnvironment().getProperty(name))
                    ? ConditionOutcome.match(name + " is set")
                    : ConditionOutcome.noMatch(name + " is not set");
        }
    }

    /**
     * The webhook endpoint is on when {@code siglume.webhook.enabled} is {@code true}, or when it
     * is unset and a webhook secret is configured: the property, or connection details the
     * application declares (whose secret the verifier then requires). Evaluated when the beans are
     * registered, so a {@link SiglumeConnectionDetails} bean of the application's own
     * configuration counts.
     */
    static final class OnWebhookEnabledCondition extends SpringBootCondition implements ConfigurationCondition {

        static final String ENABLED = "siglume.webhook.enabled";
        static final String SECRET = "siglume.webhook.secret";

        @Override
        public ConfigurationPhase getConfigurationPhase() {
            return ConfigurationPhase.REGISTER_BEAN;
        }

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return outcome(context.getEnvironment(), context.getBeanFactory());
        }

        /** Whether the webhook is on in this environment, and why. */
        static ConditionOutcome outcome(Environment environment, @Nullable ListableBeanFactory beans) {
            Boolean enabled = Binder.get(environment).bind(ENABLED, Boolean.class).orElse(null);
            if (enabled != null) {
                return enabled ? ConditionOutcome.match(ENABLED + " is true")
                        : ConditionOutcome.noMatch(ENABLED + " is false");
            }
            if (StringUtils.hasText(environment.getProperty(SECRET))) {
                return ConditionOutcome.match(SECRET + " is set");
            }
            return beans != null && PropertiesSiglumeConnectionDetails.declaredByApplication(beans)
                    ? ConditionOutcome.match("SiglumeConnectionDetails are declared")
                    : ConditionOutcome.noMatch("neither " + ENABLED + " nor " + SECRET
                            + " is set, and no SiglumeConnectionDetails are declared");
        }
    }

    /** Matches unless {@code siglume.webhook.store} is {@code memory}. */
    static final class OnDatabaseStoreAllowedCondition extends SpringBootCondition {

        static final String STORE = "siglume.webhook.store";

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            SiglumeProperties.Store store = Binder.get(context.getEnvironment())
                    .bind(STORE, SiglumeProperties.Store.class).orElse(SiglumeProperties.Store.AUTO);
            return store == SiglumeProperties.Store.MEMORY
                    ? ConditionOutcome.noMatch(STORE + " is memory")
                    : ConditionOutcome.match(STORE + " is " + store.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
