package com.siglume.sdrp.docs.quickstart;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Runs the Siglume sandbox inside the application, for local development only. */
@Configuration(proxyBeanMethods = false)
@Profile("embedded-sandbox")
public class LocalSandboxConfiguration {

    /** Starts the sandbox with the application and stops it with the application. */
    @Bean(destroyMethod = "close")
    public SiglumeSandbox siglumeSandbox() {
        return SiglumeSandbox.builder()
                .port(8787)                                             // siglume.env=sandbox points here
                .origin("http://localhost:8080")
                .webhookUrl("http://localhost:8080/siglume/webhook")
                .build()
                .start();
    }
}
