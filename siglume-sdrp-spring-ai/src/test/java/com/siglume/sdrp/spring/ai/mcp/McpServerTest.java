package com.siglume.sdrp.spring.ai.mcp;

import static com.siglume.sdrp.spring.ai.test.AgentFixture.MERCHANT;
import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.ai.test.FakeBuyerApi;
import com.siglume.sdrp.spring.ai.test.Offers;
import com.siglume.sdrp.spring.ai.tool.SiglumePaymentTools;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An MCP client lists and calls the payment tools over streamable HTTP on a random port, with
 * the bearer token; without it the endpoint answers 401.
 */
@SpringBootTest(classes = McpAgentApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"siglume.agent.mcp.enabled=true", "siglume.agent.mcp.token=" + McpServerTest.TOKEN,
                "siglume.agent.policy.currencies.JPY.max-per-payment=1000",
                "siglume.agent.policy.currencies.JPY.budget=5000",
                "siglume.agent.policy.allowed-merchants=" + MERCHANT})
class McpServerTest {

    static final String TOKEN = "mcp_token_0123456789abcdef0123456789abcdef";

    private static final FakeBuyerApi API = FakeBuyerApi.start();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Autowired
    private ConfigurableEnvironment environment;

    @Value("${server.address}")
    private String serverAddress;

    @DynamicPropertySource
    static void siglume(DynamicPropertyRegistry registry) {
        registry.add("siglume.auth-token", () -> FakeBuyerApi.TOKEN);
        registry.add("siglume.api-base", API::baseUrl);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:mcp_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    private McpSyncClient client(String token) {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder("http://127.0.0.1:" + port).endpoint("/mcp")
                .httpRequestCustomizer((request, method, endpoint, body, context) ->
                        request.header("Authorization", "Bearer " + token))
                .build();
        return McpClient.sync(transport).requestTimeout(Duration.ofSeconds(20)).build();
    }

    private static JsonNode text(McpSchema.CallToolResult result) {
        assertThat(result.isError()).isNotEqualTo(Boolean.TRUE);
        return JSON.readTree(((McpSchema.TextContent) result.content().get(0)).text());
    }

    @Test
    void theServerListensOnLoopbackByDefault() {
        assertThat(serverAddress).isEqualTo("127.0.0.1");
        assertThat(environment.getPropertySources().contains(SiglumeAgentMcpEnvironmentPostProcessor.PROPERTY_SOURCE))
                .isTrue();
    }

    @Test
    void anMcpClientListsAndCallsThePaymentTools() {
        try (McpSyncClient client = client(TOKEN)) {
            client.initialize();

            McpSchema.ListToolsResult tools = client.listTools();
            assertThat(tools.tools()).extracting(McpSchema.Tool::name).contains(SiglumePaymentTools.READ_OFFER,
                    SiglumePaymentTools.PAY_OFFER, SiglumePaymentTools.PAYMENT_STATUS,
                    SiglumePaymentTools.METERED_SUMMARY);
            McpSchema.Tool pay = tools.tools().stream().filter(tool -> tool.name().equals(SiglumePaymentTools.PAY_OFFER))
                    .findFirst().orElseThrow();
            assertThat(pay.inputSchema()).containsKey("properties");
            assertThat(pay.description()).contains("spend policy");

            Map<String, Object> offer = Map.of("merchant", MERCHANT, "amount_minor", 900, "currency", "JPY",
                    "challenge", Offers.challenge(MERCHANT, 900, "JPY"));
            JsonNode paid = text(client.callTool(new McpSchema.CallToolRequest(SiglumePaymentTools.PAY_OFFER, offer,
                    null)));
            JsonNode again = text(client.callTool(new McpSchema.CallToolRequest(SiglumePaymentTools.PAY_OFFER, offer,
                    null)));
            JsonNode refused = text(client.callTool(new McpSchema.CallToolRequest(SiglumePaymentTools.PAY_OFFER,
                    Map.of("merchant", "other-shop", "amount_minor", 900, "currency", "JPY", "challenge",
                            Offers.challenge("other-shop", 900, "JPY")), null)));

            assertThat(paid.get("status").asString()).isEqualTo("paid");
            assertThat(again.get("replayed").asBoolean()).isTrue();
            assertThat(again.get("requirement_id").asString()).isEqualTo(paid.get("requirement_id").asString());
            assertThat(refused.get("refused").asString()).isEqualTo("merchant_not_allowed");
            assertThat(API.executedRequirements()).hasSize(1);
        }
    }

    @Test
    void requestsWithoutTheTokenAreRejectedBeforeTheMcpServer() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
        for (String authorization : new String[] {null, "Bearer wrong-token", "Basic " + TOKEN, "Bearer " + TOKEN + "x"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(initialize));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value)
                    .startsWith("Bearer"));
            assertThat(response.body()).doesNotContain(TOKEN);
        }
        try (McpSyncClient wrong = client("not-the-token-but-long-enough-0123456789")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(wrong::initialize).isInstanceOf(RuntimeException.class);
        }
    }
}
