package com.siglume.sdrp.spring.autoconfigure.reactive;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.autoconfigure.SiglumeProperties;
import com.siglume.sdrp.spring.autoconfigure.SiglumeWebhookAutoConfiguration;
import com.siglume.sdrp.spring.autoconfigure.SiglumeWebhookProperties;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookEndpoint;
import com.siglume.sdrp.spring.webhook.SiglumeWebhookProcessor;
import com.siglume.sdrp.spring.webhook.WebhookEndpointSettings;
import com.siglume.sdrp.spring.webhook.reactive.SiglumeWebhookWebFilter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.SearchStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.web.server.WebFilter;
import reactor.core.scheduler.Schedulers;

/**
 * The webhook endpoint of a reactive web application: a {@link SiglumeWebhookWebFilter} on
 * {@code siglume.webhook.path}, with the body limit {@code siglume.webhook.max-body-size} and
 * the body read deadline {@code siglume.webhook.read-timeout}, exactly as the servlet endpoint.
 */
@AutoConfiguration(after = SiglumeWebhookAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({WebFilter.class, Schedulers.class})
@ConditionalOnBean(value = SiglumeWebhookProcessor.class, search = SearchStrategy.CURRENT)
public class SiglumeWebhookWebFluxAutoConfiguration {

    /**
     * The webhook filter of this context's processor.
     *
     * @param processor the webhook processor
     * @param properties the bound properties
     * @return the filter
     * @throws SiglumeConfigurationException when the path, body limit or read timeout is unusable
     */
    @Bean
    @ConditionalOnMissingBean(search = SearchStrategy.CURRENT)
    public SiglumeWebhookWebFilter siglumeWebhookWebFilter(SiglumeWebhookProcessor processor,
            SiglumeProperties properties) {
        SiglumeWebhookProperties webhook = properties.getWebhook();
        return new SiglumeWebhookWebFilter(processor,
                WebhookEndpointSettings.of(webhook.getPath(), webhook.getMaxBodySize(), webhook.getReadTimeout()));
    }

    /**
     * Says that this context serves the webhook endpoint, so its listeners can be called.
     *
     * @param properties the bound properties
     * @return the endpoint
     */
    @Bean
    @ConditionalOnMissingBean(name = "siglumeWebhookReactiveEndpoint", search = SearchStrategy.CURRENT)
    public SiglumeWebhookEndpoint siglumeWebhookReactiveEndpoint(SiglumeProperties properties) {
        return new SiglumeWebhookEndpoint(properties.getWebhook().getPath());
    }
}
