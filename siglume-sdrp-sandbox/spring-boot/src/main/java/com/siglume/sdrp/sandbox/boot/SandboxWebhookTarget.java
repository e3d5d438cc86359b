package com.siglume.sdrp.sandbox.boot;

import com.siglume.sdrp.Sdrp;
import com.siglume.sdrp.sandbox.SiglumeSandbox;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Sends the sandbox's webhooks to this application's own webhook endpoint
 * ({@code siglume.webhook.path} on the port the web server got), once the server is up.
 */
public final class SandboxWebhookTarget implements ApplicationListener<WebServerInitializedEvent> {

    private static final Log logger = LogFactory.getLog(SandboxWebhookTarget.class);

    private final SiglumeSandbox sandbox;
    private final Environment environment;

    /**
     * Creates the listener.
     *
     * @param sandbox the sandbox whose webhook URL to set
     * @param environment the environment, for {@code siglume.webhook.path}
     */
    public SandboxWebhookTarget(SiglumeSandbox sandbox, Environment environment) {
        this.sandbox = sandbox;
        this.environment = environment;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        // A management server on its own port has a namespace; webhooks go to the application's.
        if (event.getApplicationContext().getServerNamespace() != null) {
            return;
        }
        String url = webhookUrl(event.getWebServer().getPort());
        sandbox.setWebhookUrl(url);
        logger.info("The Siglume sandbox at " + sandbox.apiBase() + " sends its webhooks to " + url);
    }

    /** {@return the application's webhook URL on a port} */
    String webhookUrl(int port) {
        return "http://127.0.0.1:" + port + environment.getProperty("siglume.webhook.path", Sdrp.DEFAULT_WEBHOOK_PATH);
    }
}
