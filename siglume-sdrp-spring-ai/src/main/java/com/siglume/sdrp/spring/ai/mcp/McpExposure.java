package com.siglume.sdrp.spring.ai.mcp;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import org.springframework.core.env.Environment;

/**
 * The rules for publishing the payment tools on an MCP server: a bearer token of at least
 * {@value #MIN_TOKEN_LENGTH} characters, the streamable HTTP protocol (whose one endpoint the
 * token filter covers), and a loopback {@code server.address} unless
 * {@code siglume.agent.mcp.allow-non-loopback=true}. Breaking one stops startup with a report.
 *
 * @param token the configured token
 * @param endpoint the MCP endpoint path
 */
public record McpExposure(String token, String endpoint) {

    /** The shortest token accepted. */
    public static final int MIN_TOKEN_LENGTH = 32;

    /** Where Spring AI's MCP server takes its endpoint path from. */
    public static final String ENDPOINT_PROPERTY = "spring.ai.mcp.server.streamable-http.mcp-endpoint";

    /** Spring AI's default MCP endpoint path. */
    public static final String DEFAULT_ENDPOINT = "/mcp";

    /** Where Spring AI's MCP server takes its protocol from. */
    public static final String PROTOCOL_PROPERTY = "spring.ai.mcp.server.protocol";

    /** The protocol the payment tools are published over. */
    public static final String STREAMABLE = "STREAMABLE";

    /** The address the server listens on when the application does not say. */
    public static final String LOOPBACK = "127.0.0.1";

    /**
     * Checks the settings.
     *
     * @param token {@code siglume.agent.mcp.token}
     * @param allowNonLoopback {@code siglume.agent.mcp.allow-non-loopback}
     * @param environment the environment, for {@code server.address} and Spring AI's MCP settings
     * @return the token and endpoint to protect
     * @throws SiglumeConfigurationException when a rule is broken
     */
    public static McpExposure check(String token, boolean allowNonLoopback, Environment environment) {
        if (token == null || token.isBlank()) {
            throw new SiglumeConfigurationException("siglume.agent.mcp.enabled=true publishes the payment tools on the"
                    + " MCP server, but siglume.agent.mcp.token is not set: anyone who reaches the endpoint could"
                    + " spend the agent's budget.", "Set siglume.agent.mcp.token to a random secret of at least "
                            + MIN_TOKEN_LENGTH + " characters (for example from `openssl rand -hex 32`) and give it to"
                            + " the MCP client as its bearer token.");
        }
        if (token.strip().length() < MIN_TOKEN_LENGTH) {
            throw new SiglumeConfigurationException("siglume.agent.mcp.token is shorter than " + MIN_TOKEN_LENGTH
                    + " characters.", "Use a random secret of at least " + MIN_TOKEN_LENGTH + " characters, for example"
                            + " from `openssl rand -hex 32`.");
        }
        // Spring AI's MCP server starts SSE when the protocol is not set.
        String protocol = environment.getProperty(PROTOCOL_PROPERTY, "SSE").strip().toUpperCase(Locale.ROOT);
        if (!protocol.equals(STREAMABLE) && !protocol.equals("STATELESS")) {
            throw new SiglumeConfigurationException(PROTOCOL_PROPERTY + " is " + protocol + ": the payment tools are"
                    + " published over streamable HTTP only, whose single endpoint the bearer token protects.",
                    "Set " + PROTOCOL_PROPERTY + "=" + STREAMABLE + " (or remove it: with siglume.agent.mcp.enabled"
                            + " it defaults to " + STREAMABLE + ").");
        }
        String address = environment.getProperty("server.address");
        if (!allowNonLoopback && !isLoopback(address)) {
            throw new SiglumeConfigurationException("The MCP server with the payment tools would listen on "
                    + (address == null ? "every network interface" : "server.address=" + address) + ", not on"
                    + " loopback, so other machines could reach it.",
                    "Remove server.address (the payment tools then bind to " + LOOPBACK + "), or, behind TLS on a"
                            + " network you control, set siglume.agent.mcp.allow-non-loopback=true.");
        }
        String endpoint = environment.getProperty(ENDPOINT_PROPERTY, DEFAULT_ENDPOINT);
        return new McpExposure(token.strip(), endpoint.startsWith("/") ? endpoint : "/" + endpoint);
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address.strip()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Leaves the token out.
     *
     * @return the endpoint
     */
    @Override
    public String toString() {
        return "McpExposure[endpoint=" + endpoint + "]";
    }
}
