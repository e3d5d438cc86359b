package com.siglume.sdrp.spring.ai.mcp;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults for publishing the payment tools on the MCP server
 * ({@code siglume.agent.mcp.enabled=true}): {@code server.address=127.0.0.1}, so the server is
 * bound to loopback, and {@code spring.ai.mcp.server.protocol=STREAMABLE}. Both are added with
 * the lowest precedence, so any value the application sets wins (and is then checked by
 * {@link McpExposure}).
 */
public class SiglumeAgentMcpEnvironmentPostProcessor implements EnvironmentPostProcessor {

    /** The name of the property source holding the default. */
    public static final String PROPERTY_SOURCE = "siglumeAgentMcpDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("siglume.agent.mcp.enabled", Boolean.class, false)) {
            return;
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        if (environment.getProperty("server.address") == null) {
            defaults.put("server.address", McpExposure.LOOPBACK);
        }
        if (environment.getProperty(McpExposure.PROTOCOL_PROPERTY) == null) {
            defaults.put(McpExposure.PROTOCOL_PROPERTY, McpExposure.STREAMABLE);
        }
        if (!defaults.isEmpty()) {
            environment.getPropertySources().addLast(new MapPropertySource(PROPERTY_SOURCE, defaults));
        }
    }
}
