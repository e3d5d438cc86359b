package com.siglume.sdrp.sample.sandbox;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.SdrpInputs;
import com.siglume.sdrp.sample.ShopProperties;
import com.siglume.sdrp.sandbox.SandboxException;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import com.siglume.sdrp.sandbox.SiglumeSandboxBuilder;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts a Siglume sandbox in-process and points the shop at it, so the shop runs end to end
 * with no account and no network. Registered in {@code META-INF/spring.factories}, so both
 * {@code main()} and {@code @SpringBootTest} contexts get it.
 *
 * <p>When {@code shop.sandbox.embedded} is {@code true} (the default) it
 * <ol>
 *   <li>starts a {@link SiglumeSandbox} on {@code shop.sandbox.port} (8787; 0 for any free
 *       port), falling back to a free port when that one is taken;</li>
 *   <li>adds a property source of the highest precedence with {@code siglume.api-base},
 *       {@code siglume.merchant}, {@code siglume.merchant-auth-token},
 *       {@code siglume.challenge-secret} and {@code siglume.webhook.secret} of that sandbox;</li>
 *   <li>once the web server's port is known, tells the sandbox to send its webhooks to the
 *       shop's own {@code siglume.webhook.path};</li>
 *   <li>registers the sandbox as the bean {@value #SANDBOX_BEAN_NAME} and closes it when the
 *       context closes (or fails to start).</li>
 * </ol>
 * With {@code shop.sandbox.embedded=false} it does nothing and the shop uses the
 * {@code siglume.*} / {@code SIGLUME_*} settings of a real merchant account.
 */
public class EmbeddedSandboxInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    /** Name of the property source pointing the starter at the sandbox. */
    public static final String PROPERTY_SOURCE_NAME = "shopEmbeddedSiglumeSandbox";

    /** Name of the sandbox bean. */
    public static final String SANDBOX_BEAN_NAME = "shopEmbeddedSiglumeSandbox";

    private static final String BIND_FAILED = "SANDBOX_BIND_FAILED";
    private static final String DEFAULT_WEBHOOK_PATH = Sdrp.DEFAULT_WEBHOOK_PATH;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedSandboxInitializer.class);

    /**
     * Starts the sandbox and points the application at it, unless {@code shop.sandbox.embedded}
     * is {@code false}.
     *
     * @param context the application context being prepared
     * @throws com.siglume.sdrp.sandbox.SandboxException when the sandbox cannot start
     */
    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        ShopProperties.Sandbox settings = Binder.get(environment)
                .bindOrCreate("shop.sandbox", ShopProperties.Sandbox.class);
        if (!settings.embedded()) {
            log.info("Embedded Siglume sandbox is off (shop.sandbox.embedded=false); using the siglume.* settings");
            return;
        }
        SiglumeSandbox sandbox = start(settings.port(), shopOrigin(environment));
        try {
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, siglumeProperties(sandbox)));
            ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
            beanFactory.registerSingleton(SANDBOX_BEAN_NAME, sandbox);
            if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
                registry.registerDisposableBean(SANDBOX_BEAN_NAME, sandbox::close);
            }
            String webhookPath = environment.getProperty("siglume.webhook.path", DEFAULT_WEBHOOK_PATH);
            context.addApplicationListener(new WebhookTarget(sandbox, webhookPath));
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
        log.info("Embedded Siglume sandbox at {} (merchant {})", sandbox.apiBase(), sandbox.merchant());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    private static SiglumeSandbox start(int port, String origin) {
        SiglumeSandboxBuilder builder = SiglumeSandbox.builder().port(port);
        if (origin != null) {
            builder.origin(origin);
        }
        try {
            return builder.build().start();
        } catch (SandboxException e) {
            if (port == 0 || !BIND_FAILED.equals(e.code())) {
                throw e;
            }
            SiglumeSandbox sandbox = builder.port(0).build().start();
            log.warn("Port {} is in use; the embedded Siglume sandbox listens on port {} instead", port, sandbox.port());
            return sandbox;
        }
    }

    /**
     * The shop origin to register as the sandbox merchant's allowed checkout origin, when it is
     * known before the server starts.
     */
    private static String shopOrigin(ConfigurableEnvironment environment) {
        String configured = environment.getProperty("shop.public-origin");
        if (SdrpInputs.isPresent(configured)) {
            return SdrpInputs.checkoutOrigins(List.of(configured)).get(0);
        }
        int serverPort = environment.getProperty("server.port", Integer.class, 8080);
        return serverPort > 0 ? "http://localhost:" + serverPort : null;
    }

    private static Map<String, Object> siglumeProperties(SiglumeSandbox sandbox) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("siglume.env", "sandbox");
        properties.put("siglume.api-base", sandbox.apiBase());
        properties.put("siglume.merchant", sandbox.merchant());
        properties.put("siglume.merchant-auth-token", sandbox.merchantAuthToken());
        properties.put("siglume.challenge-secret", sandbox.challengeSecret());
        properties.put("siglume.webhook.secret", sandbox.webhookSecret());
        return properties;
    }

    /**
     * The host the sandbox reaches the shop at: the address it listens on ({@code server.address}),
     * or loopback when it listens on every interface.
     */
    static String webhookHost(@Nullable String serverAddress) {
        if (serverAddress == null || serverAddress.isBlank()) {
            return "127.0.0.1";
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(serverAddress.strip());
        } catch (UnknownHostException e) {
            // The web server could not have bound to it either; the URL names it as configured.
            return serverAddress.strip();
        }
        if (address.isAnyLocalAddress()) {
            return "127.0.0.1";
        }
        return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
    }

    /** Sends the sandbox's webhooks to this application once its port is known. */
    private static final class WebhookTarget implements ApplicationListener<WebServerInitializedEvent> {

        private final SiglumeSandbox sandbox;
        private final String webhookPath;

        WebhookTarget(SiglumeSandbox sandbox, String webhookPath) {
            this.sandbox = sandbox;
            this.webhookPath = webhookPath;
        }

        @Override
        public void onApplicationEvent(WebServerInitializedEvent event) {
            if (event.getApplicationContext().getServerNamespace() != null) {
                return;
            }
            String address = event.getApplicationContext().getEnvironment().getProperty("server.address");
            String url = "http://" + webhookHost(address) + ":" + event.getWebServer().getPort() + webhookPath;
            sandbox.setWebhookUrl(url);
            log.info("Embedded Siglume sandbox sends webhooks to {}", url);
        }
    }
}
