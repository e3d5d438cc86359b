package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookEndpoint;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookFilter;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import java.time.Duration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Serves the webhook endpoint in a servlet web application: registers
 * {@link SiglumeWebhookFilter} on {@code siglume.webhook.path}, ahead of Spring Security, with
 * the body limit {@code siglume.webhook.max-body-size} and the body read deadline
 * {@code siglume.webhook.read-timeout}.
 */
@AutoConfiguration(after = SiglumeWebhookAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(Filter.class)
@ConditionalOnBean(value = SiglumeWebhookProcessor.class, search = SearchStrategy.CURRENT)
public class SiglumeWebhookServletAutoConfiguration {

    /**
     * Registers the webhook filter, in each web context that has its own processor (a parent
     * context's registration does not serve a child's servlet context).
     *
     * @param processor the webhook processor
     * @param properties the bound properties
     * @return the registration
     * @throws SiglumeConfigurationException when the path, body limit or read timeout is unusable
     */
    @Bean
    @ConditionalOnMissingBean(name = "siglumeWebhookFilterRegistration", search = SearchStrategy.CURRENT)
    public FilterRegistrationBean<SiglumeWebhookFilter> siglumeWebhookFilterRegistration(
            SiglumeWebhookProcessor processor, SiglumeProperties properties) {
        String path = properties.getWebhook().getPath();
        if (path == null || !path.startsWith("/") || path.chars().anyMatch(c -> c == '*' || c == '?' || c == '#'
                || Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new SiglumeConfigurationException("siglume.webhook.path must be an exact path starting with '/',"
                    + " without wildcards, query or fragment.", "Set siglume.webhook.path, for example /siglume/webhook.");
        }
        long maxBodySize = properties.getWebhook().getMaxBodySize() == null ? -1
                : properties.getWebhook().getMaxBodySize().toBytes();
        if (maxBodySize < 1) {
            throw new SiglumeConfigurationException("siglume.webhook.max-body-size must be at least 1 byte.",
                    "Set siglume.webhook.max-body-size, for example 1MB.");
        }
        Duration readTimeout = properties.getWebhook().getReadTimeout();
        if (readTimeout == null || readTimeout.toMillis() < 1) {
            throw new SiglumeConfigurationException("siglume.webhook.read-timeout must be at least 1ms.",
                    "Set siglume.webhook.read-timeout, for example 10s.");
        }
        FilterRegistrationBean<SiglumeWebhookFilter> registration = new FilterRegistrationBean<>(
                new SiglumeWebhookFilter(processor, maxBodySize, readTimeout));
        registration.setName("siglumeWebhookFilter");
        registration.addUrlPatterns(path);
        // The body is read asynchronously; the complete body comes back as an ASYNC dispatch.
        registration.setAsyncSupported(true);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.setOrder(SiglumeWebhookFilter.ORDER);
        return registration;
    }

    /**
     * Says that this context serves the webhook endpoint, so its listeners can be called.
     *
     * @param properties the bound properties
     * @return the endpoint
     */
    @Bean
    @ConditionalOnMissingBean(name = "siglumeWebhookServletEndpoint", search = SearchStrategy.CURRENT)
    public SiglumeWebhookEndpoint siglumeWebhookServletEndpoint(SiglumeProperties properties) {
        return new SiglumeWebhookEndpoint(properties.getWebhook().getPath());
    }
}
