package com.siglume.sdrp.spring.ai.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.SiglumeConfigurationException;
import com.siglume.sdrp.spring.ai.autoconfigure.SiglumeAgentAutoConfiguration;
import com.siglume.sdrp.spring.ai.autoconfigure.SiglumeAgentMcpAutoConfiguration;
import com.siglume.sdrp.spring.ai.test.FakeBuyerApi;
import com.siglume.sdrp.spring.autoconfigure.SiglumeAutoConfiguration;
import com.siglume.sdrp.spring.autoconfigure.SiglumeClientAutoConfiguration;
import com.siglume.sdrp.spring.autoconfigure.SiglumeFailureAnalyzer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.env.MockEnvironment;

/**
 * Publishing the payment tools on the MCP server without a token, on a non-loopback address
 * without opting in, or over SSE stops startup with a report.
 */
class McpExposureTest {

    private static final String TOKEN = "mcp_token_0123456789abcdef0123456789abcdef";

    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SiglumeAutoConfiguration.class,
                    SiglumeClientAutoConfiguration.class, DataSourceAutoConfiguration.class,
                    SiglumeAgentAutoConfiguration.class, SiglumeAgentMcpAutoConfiguration.class))
            .withPropertyValues("siglume.auth-token=" + FakeBuyerApi.TOKEN, "siglume.api-base=http://127.0.0.1:9/v1",
                    "spring.datasource.url=jdbc:h2:mem:mcp_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                    "siglume.agent.policy.currencies.JPY.max-per-payment=1000",
                    "siglume.agent.policy.currencies.JPY.budget=5000",
                    "siglume.agent.policy.allowed-merchants=acme-shop", "siglume.agent.mcp.enabled=true",
                    "spring.ai.mcp.server.protocol=STREAMABLE");

    private static String report(AssertableWebApplicationContext context) {
        assertThat(context).hasFailed();
        assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(SiglumeConfigurationException.class);
        FailureAnalysis analysis = new SiglumeFailureAnalyzer().analyze(context.getStartupFailure());
        return analysis.getDescription() + "\n" + analysis.getAction();
    }

    @Test
    void onLoopbackWithATokenTheToolsArePublishedBehindTheFilter() {
        runner.withPropertyValues("siglume.agent.mcp.token=" + TOKEN, "server.address=127.0.0.1").run(context -> {
            assertThat(context).hasSingleBean(ToolCallbackProvider.class);
            assertThat(context.getBean(ToolCallbackProvider.class).getToolCallbacks()).hasSize(4);
            FilterRegistrationBean<?> filter = context.getBean("siglumeMcpBearerTokenFilter",
                    FilterRegistrationBean.class);
            assertThat(filter.getUrlPatterns()).containsExactly("/mcp", "/mcp/*");
            assertThat(context.getBean(McpExposure.class).toString()).doesNotContain(TOKEN);
        });
        runner.withPropertyValues("siglume.agent.mcp.token=" + TOKEN, "server.address=::1",
                "spring.ai.mcp.server.streamable-http.mcp-endpoint=/agent/mcp").run(context -> assertThat(context
                        .getBean("siglumeMcpBearerTokenFilter", FilterRegistrationBean.class).getUrlPatterns())
                        .containsExactly("/agent/mcp", "/agent/mcp/*"));
    }

    @Test
    void withoutATokenStartupStops() {
        runner.withPropertyValues("server.address=127.0.0.1").run(context -> assertThat(report(context))
                .contains("siglume.agent.mcp.token is not set", "openssl rand -hex 32"));
        runner.withPropertyValues("server.address=127.0.0.1", "siglume.agent.mcp.token=short")
                .run(context -> assertThat(report(context)).contains("shorter than 32").doesNotContain("short\n"));
    }

    @Test
    void aNonLoopbackAddressNeedsAnExplicitOptIn() {
        runner.withPropertyValues("siglume.agent.mcp.token=" + TOKEN, "server.address=0.0.0.0")
                .run(context -> assertThat(report(context)).contains("server.address=0.0.0.0",
                        "siglume.agent.mcp.allow-non-loopback=true"));
        runner.withPropertyValues("siglume.agent.mcp.token=" + TOKEN)
                .run(context -> assertThat(report(context)).contains("every network interface"));
        runner.withPropertyValues("siglume.agent.mcp.token=" + TOKEN, "server.address=0.0.0.0",
                "siglume.agent.mcp.allow-non-loopback=true").run(context -> assertThat(context).hasNotFailed()
                        .hasSingleBean(ToolCallbackProvider.class));
    }

    @Test
    void onlyStreamableHttpIsAccepted() {
        runner.withPropertyValues("siglume.agent.mcp.token=" + TOKEN, "server.address=127.0.0.1",
                "spring.ai.mcp.server.protocol=SSE").run(context -> assertThat(report(context))
                        .contains("streamable HTTP only"));
        // Unset, Spring AI would start SSE; the environment post-processor's default prevents that.
        runner.withPropertyValues("siglume.agent.mcp.token=" + TOKEN, "server.address=127.0.0.1",
                "spring.ai.mcp.server.protocol=").run(context -> assertThat(report(context))
                        .contains("streamable HTTP only"));
    }

    @Test
    void withoutEnablingItNothingIsPublished() {
        runner.withPropertyValues("siglume.agent.mcp.enabled=false").run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean(ToolCallbackProvider.class).doesNotHaveBean(McpExposure.class));
    }

    @Test
    void theLoopbackDefaultNeverOverridesTheApplicationsAddress() {
        SiglumeAgentMcpEnvironmentPostProcessor processor = new SiglumeAgentMcpEnvironmentPostProcessor();
        MockEnvironment enabled = new MockEnvironment().withProperty("siglume.agent.mcp.enabled", "true");
        MockEnvironment chosen = new MockEnvironment().withProperty("siglume.agent.mcp.enabled", "true")
                .withProperty("server.address", "10.0.0.5");
        MockEnvironment disabled = new MockEnvironment();

        processor.postProcessEnvironment(enabled, new SpringApplication());
        processor.postProcessEnvironment(chosen, new SpringApplication());
        processor.postProcessEnvironment(disabled, new SpringApplication());

        assertThat(enabled.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(enabled.getProperty("spring.ai.mcp.server.protocol")).isEqualTo("STREAMABLE");
        assertThat(chosen.getProperty("server.address")).isEqualTo("10.0.0.5");
        assertThat(disabled.getProperty("server.address")).isNull();
        assertThat(disabled.getProperty("spring.ai.mcp.server.protocol")).isNull();
    }
}
