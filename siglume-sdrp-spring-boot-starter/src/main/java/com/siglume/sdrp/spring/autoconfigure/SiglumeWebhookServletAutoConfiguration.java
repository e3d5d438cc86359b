package com.siglume.sdrp.spring.autoconfigure;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookEndpoint;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookFilter;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.spring.webhook.WebhookEndpointSettings;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
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
        SiglumeWebhookProperties webhook = properties.getWebhook();
        WebhookEndpointSettings settings = WebhookEndpointSettings.of(webhook.getPath(), webhook.getMaxBodySize(),
                webhook.getReadTimeout());
        FilterRegistrationBean<SiglumeWebhookFilter> registration = new FilterRegistrationBean<>(
                new SiglumeWebhookFilter(processor, settings.maxBodySize(), settings.readTimeout()));
        registration.setName("siglumeWebhookFilter");
        registration.addUrlPatterns(settings.path());
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
