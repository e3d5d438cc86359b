package com.siglume.sdrp.spring.ai.autoconfigure;

import com.siglume.sdrp.spring.ai.mcp.McpBearerTokenFilter;
import com.siglume.sdrp.spring.ai.mcp.McpExposure;
import com.siglume.sdrp.spring.ai.tool.SiglumePaymentTools;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Publishes the payment tools on Spring AI's MCP server (streamable HTTP, servlet stack) when
 * {@code siglume.agent.mcp.enabled=true}, behind a bearer-token filter on the MCP endpoint, on a
 * loopback address unless the application opts out (see {@link McpExposure}).
 */
@AutoConfiguration(after = SiglumeAgentAutoConfiguration.class)
@ConditionalOnClass(name = SiglumeAgentMcpAutoConfiguration.MCP_TRANSPORT)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBooleanProperty("siglume.agent.mcp.enabled")
@ConditionalOnBean(SiglumePaymentTools.class)
public class SiglumeAgentMcpAutoConfiguration {

    /** Spring AI's streamable HTTP transport for Spring MVC, present with its MCP server starter. */
    static final String MCP_TRANSPORT =
            "org.springframework.ai.mcp.server.webmvc.transport.WebMvcStreamableServerTransportProvider";

    /**
     * The checked exposure settings.
     *
     * @param properties the bound properties
     * @param environment the environment
     * @return the token and endpoint
     * @throws com.siglume.sdrp.spring.SiglumeConfigurationException when a rule is broken
     */
    @Bean
    public McpExposure siglumeMcpExposure(SiglumeAgentProperties properties, Environment environment) {
        return McpExposure.check(properties.getMcp().getToken(), properties.getMcp().isAllowNonLoopback(),
                environment);
    }

    /**
     * The bearer-token filter on the MCP endpoint, ahead of every other filter.
     *
     * @param exposure the checked settings
     * @return the registration
     */
    @Bean
    public FilterRegistrationBean<McpBearerTokenFilter> siglumeMcpBearerTokenFilter(McpExposure exposure) {
        FilterRegistrationBean<McpBearerTokenFilter> registration =
                new FilterRegistrationBean<>(new McpBearerTokenFilter(exposure.token()));
        registration.addUrlPatterns(exposure.endpoint(), exposure.endpoint() + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("siglumeMcpBearerTokenFilter");
        return registration;
    }

    /**
     * The payment tools, for the MCP server to publish.
     *
     * @param tools the tools
     * @param exposure the checked settings, so the tools are never published unchecked
     * @return the provider
     */
    @Bean
    public ToolCallbackProvider siglumeMcpPaymentTools(SiglumePaymentTools tools, McpExposure exposure) {
        return tools.asProvider();
    }
}
