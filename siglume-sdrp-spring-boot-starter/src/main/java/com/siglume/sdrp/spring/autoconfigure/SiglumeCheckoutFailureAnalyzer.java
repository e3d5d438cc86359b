package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.checkout.SiglumeCheckout;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Explains a missing {@link SiglumeCheckout}: the starter creates it only when a merchant token,
 * a merchant key, the webhook and a DataSource are configured, so the report names which of them
 * is missing rather than suggesting a bean definition. Runs ahead of Spring Boot's own analyzer
 * of missing beans.
 */
public class SiglumeCheckoutFailureAnalyzer extends AbstractFailureAnalyzer<NoSuchBeanDefinitionException>
        implements Ordered {

    private final BeanFactory beanFactory;
    private final Environment environment;

    /**
     * Creates the analyzer; Spring Boot passes the failed context's bean factory and environment.
     *
     * @param beanFactory the bean factory
     * @param environment the environment
     */
    public SiglumeCheckoutFailureAnalyzer(BeanFactory beanFactory, Environment environment) {
        this.beanFactory = beanFactory;
        this.environment = environment;
    }

    @Override
    protected @Nullable FailureAnalysis analyze(Throwable rootFailure, NoSuchBeanDefinitionException cause) {
        if (cause.getBeanType() != SiglumeCheckout.class || !(beanFactory instanceof ListableBeanFactory beans)) {
            return null;
        }
        UnsatisfiedDependencyException unsatisfied = findCause(rootFailure, UnsatisfiedDependencyException.class);
        String consumer = unsatisfied != null && unsatisfied.getBeanName() != null
                ? "Bean '" + unsatisfied.getBeanName() + "'" : "The application";
        return new FailureAnalysis("Siglume SDRP: " + consumer + " needs SiglumeCheckout, but the starter did not"
                + " create it: " + SiglumeCheckoutRequirements.describe(
                        SiglumeCheckoutRequirements.missing(environment, beans)) + ".",
                SiglumeCheckoutRequirements.ACTION, cause);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
