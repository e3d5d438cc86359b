package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.client.SiglumeMerchantClient;
import com.siglume.sdrp.client.SiglumePaymentClient;
import com.siglume.sdrp.spring.client.SiglumeChallengeSigner;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a missing {@link SiglumeMerchantClient}, {@link SiglumePaymentClient} or
 * {@link SiglumeChallengeSigner}: the starter creates them only when their token or secret is
 * configured, so the fix is the token, not the bean
 * definition Spring's generic report suggests. Runs ahead of Spring Boot's own analyzer of
 * missing beans.
 */
public class SiglumeMissingClientFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
        implements Ordered {

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
        Class<?> type = cause.getBeanType();
        String consumer = consumer(rootFailure);
        if (type == SiglumeMerchantClient.class) {
            return analysis(consumer, "SiglumeMerchantClient", "merchant token",
                    "siglume.merchant-auth-token (or the environment variable SIGLUME_MERCHANT_AUTH_TOKEN, else"
                            + " SIGLUME_AUTH_TOKEN)", TOKEN_HINT, cause);
        }
        if (type == SiglumePaymentClient.class) {
            return analysis(consumer, "SiglumePaymentClient", "buyer or provider token",
                    "siglume.auth-token (or the environment variable SIGLUME_AUTH_TOKEN)", TOKEN_HINT, cause);
        }
        if (type == SiglumeChallengeSigner.class) {
            return analysis(consumer, "SiglumeChallengeSigner", "challenge secret",
                    "siglume.challenge-secret (or the environment variable SIGLUME_DIRECT_PAYMENT_CHALLENGE_SECRET)",
                    "the merchant's challenge secret, with siglume.merchant", cause);
        }
        return null;
    }

    private static final String TOKEN_HINT = "your Siglume bearer token (never a Developer Portal cli_ key)";

    private static FailureAnalysis analysis(String consumer, String client, String token, String property,
            String value, Throwable cause) {
        return new FailureAnalysis("Siglume SDRP: " + consumer + " needs a " + client + ", but no " + token
                + " is configured, so the starter did not create one.",
                "Set " + property + " to " + value + ", or define your own " + client + " bean.", cause);
    }

    /** Names the bean whose dependency failed, when Spring says which. */
    private String consumer(Throwable rootFailure) {
        UnsatisfiedDependencyException unsatisfied = findCause(rootFailure, UnsatisfiedDependencyException.class);
        return unsatisfied != null && unsatisfied.getBeanName() != null
                ? "Bean '" + unsatisfied.getBeanName() + "'"
                : "The application";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
