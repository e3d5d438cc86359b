package com.siglume.sdrp.sandbox.boot;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.SiglumeSandboxBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Runs a Siglume sandbox with the application and connects the starter to it: the sandbox on a
 * free loopback port, its {@link SandboxConnectionDetails} in place of the {@code siglume.*}
 * connection properties, and its webhooks sent to the application's own
 * {@code siglume.webhook.path} once the web server is up.
 *
 * <p>For a development run against the sandbox, in {@code src/test/java}:
 * <pre>{@code
 * public class TestMyShop {
 *     public static void main(String[] args) {
 *         SpringApplication.from(MyShop::main).with(SiglumeSandboxConfiguration.class).run(args);
 *     }
 * }
 * }</pre>
 * and {@code ./mvnw spring-boot:test-run}. For tests, {@link SiglumeSandboxTest}.
 *
 * <p>{@code siglume.sandbox.port} picks the port (0, any free one, by default). Declared
 * connection details also switch the starter's webhook endpoint on, unless
 * {@code siglume.webhook.enabled} is {@code false}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SiglumeSandboxConfiguration {

    /** Property choosing the sandbox's port; 0, any free port, when unset. */
    public static final String PORT_PROPERTY = "siglume.sandbox.port";

    /**
     * The sandbox, started; closed with the application context.
     *
     * @param environment the environment, for {@value #PORT_PROPERTY} and {@code server.port}
     * @return the running sandbox
     * @throws com.siglume.sdrp.sandbox.SandboxException when the port cannot be bound
     */
    @Bean(destroyMethod = "close")
    public SiglumeSandbox siglumeSandbox(Environment environment) {
        SiglumeSandboxBuilder builder = SiglumeSandbox.builder()
                .port(environment.getProperty(PORT_PROPERTY, Integer.class, 0));
        int serverPort = environment.getProperty("server.port", Integer.class, 8080);
        if (serverPort > 0) {
            // Listed as the merchant's checkout origin; with a random port the default one stays.
            builder.origin("http://localhost:" + serverPort);
        }
        return builder.build().start();
    }

    /**
     * The sandbox's connection details, which the starter's clients, webhook verifier and
     * checkout use instead of the {@code siglume.*} connection properties.
     *
     * @param sandbox the sandbox
     * @return the details
     */
    @Bean
    public SandboxConnectionDetails siglumeSandboxConnectionDetails(SiglumeSandbox sandbox) {
        return new SandboxConnectionDetails(sandbox);
    }

    /**
     * Points the sandbox's webhooks at this application once its port is known.
     *
     * @param sandbox the sandbox
     * @param environment the environment, for {@code siglume.webhook.path}
     * @return the listener
     */
    @Bean
    public SandboxWebhookTarget siglumeSandboxWebhookTarget(SiglumeSandbox sandbox, Environment environment) {
        return new SandboxWebhookTarget(sandbox, environment);
    }
}
