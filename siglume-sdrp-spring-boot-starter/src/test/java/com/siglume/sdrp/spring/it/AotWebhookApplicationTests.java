package com.siglume.sdrp.spring.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.it.WebhookTestApplication.PaymentsListener;
import com.siglume.sdrp.spring.listener.SiglumeListenerRegistry;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import com.siglume.sdrp.spring.webhook.EventStatus;
import com.siglume.sdrp.spring.webhook.JdbcSiglumeEventStore;
import com.siglume.sdrp.spring.webhook.SiglumeEventStore;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.aot.AotDetector;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AotApplicationContextInitializer;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

/**
 * The webhook test application processed by Spring AOT, as a native build does, then started
 * on the JVM from the generated code with {@code spring.aot.enabled=true}: signed deliveries are
 * processed once, duplicates and bad signatures are answered as without AOT, and the hints a
 * native image needs were contributed.
 *
 * <p>The generated code is compiled in the test and loaded by a class loader of its own (forked
 * for this class, so generated code may use package-private members as in the application). That
 * second copy of the web server registers JVM-wide URL handlers, so the class runs in the build's
 * {@code aot-tests} execution, in a JVM of its own.
 */
@Tag("aot")
@CompileWithForkedClassLoader
class AotWebhookApplicationTests {

    private static final String PATH = "/siglume/webhook";

    private static final Map<String, Object> PROPERTIES = Map.of("siglume.webhook.secret", TestWebhooks.SECRET,
            "spring.datasource.generate-unique-name", "true", "server.port", "0");

    @Test
    void anApplicationProcessedAheadOfTimeReceivesSignedWebhooks() {
        TestGenerationContext generation = new TestGenerationContext(WebhookTestApplication.class);
        ClassName initializer = processAheadOfTime(generation);
        RuntimeHints hints = generation.getRuntimeHints();
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(PaymentsListener.class, "settled"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(PaymentsListener.class, "any"))
                .accepts(hints);
        assertThat(RuntimeHintsPredicates.resource().forResource("com/siglume/sdrp/spring/webhook/schema-standard.sql"))
                .accepts(hints);

        TestCompiler.forSystem().with(generation).compile(compiled -> {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
            try {
                SpringApplication application = new SpringApplication(WebhookTestApplication.class);
                application.setResourceLoader(new DefaultResourceLoader(compiled.getClassLoader()));
                application.addInitializers(AotApplicationContextInitializer.forInitializerClasses(
                        initializer.canonicalName()));
                application.setDefaultProperties(PROPERTIES);
                try (ConfigurableApplicationContext context = application.run()) {
                    assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
                    deliverWebhooks(context);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                System.clearProperty(AotDetector.AOT_ENABLED);
            }
        });
    }

    /** Prepares the application as {@code SpringApplicationAotProcessor} does and generates its code. */
    private static ClassName processAheadOfTime(TestGenerationContext generation) {
        SpringApplication application = new SpringApplication(WebhookTestApplication.class);
        application.setDefaultProperties(PROPERTIES);
        GenericApplicationContext prepared;
        try {
            SpringApplication.withHook(app -> new SpringApplicationRunListener() {
                @Override
                public void contextLoaded(ConfigurableApplicationContext context) {
                    throw new SpringApplication.AbandonedRunException(context);
                }
            }, () -> application.run());
            throw new IllegalStateException("The application was not abandoned before its refresh");
        } catch (SpringApplication.AbandonedRunException abandoned) {
            prepared = (GenericApplicationContext) abandoned.getApplicationContext();
        }
        ClassName initializer = new ApplicationContextAotGenerator().processAheadOfTime(prepared, generation);
        generation.writeGeneratedContent();
        return initializer;
    }

    private static void deliverWebhooks(ConfigurableApplicationContext context) throws Exception {
        PaymentsListener listener = context.getBean(PaymentsListener.class);
        SiglumeEventStore store = context.getBean(SiglumeEventStore.class);
        assertThat(store).isInstanceOf(JdbcSiglumeEventStore.class);
        assertThat(context.getBean(SiglumeListenerRegistry.class).listeners()).hasSize(2);
        WebhookHttp http = new WebhookHttp(((WebServerApplicationContext) context).getWebServer().getPort());

        String id = "evt_" + UUID.randomUUID();
        byte[] body = TestWebhooks.standardSettled(id);
        HttpResponse<String> processed = http.post(PATH, body, TestWebhooks.sign(body));
        assertThat(processed.statusCode()).isEqualTo(200);
        assertThat(processed.body()).contains("\"outcome\":\"processed\"");
        HttpResponse<String> duplicate = http.post(PATH, body, TestWebhooks.sign(body));
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(duplicate.body()).contains("\"outcome\":\"duplicate\"");
        assertThat(listener.calls(id)).isEqualTo(1);
        assertThat(listener.committedRows(id)).isEqualTo(1);
        assertThat(store.find(id)).hasValueSatisfying(stored -> assertThat(stored.status()).isEqualTo(EventStatus.PROCESSED));

        String refusedId = "evt_" + UUID.randomUUID();
        byte[] refused = TestWebhooks.standardSettled(refusedId);
        assertThat(http.post(PATH, refused, null).statusCode()).isEqualTo(401);
        assertThat(listener.calls(refusedId)).isZero();
        assertThat(store.find(refusedId)).isEmpty();

        listener.failNext(1);
        String failingId = "evt_" + UUID.randomUUID();
        byte[] failing = TestWebhooks.standardSettled(failingId);
        assertThat(http.post(PATH, failing, TestWebhooks.sign(failing)).statusCode()).isEqualTo(500);
        assertThat(store.find(failingId)).isEmpty();
        assertThat(http.post(PATH, failing, TestWebhooks.sign(failing)).statusCode()).isEqualTo(200);
        assertThat(listener.committedRows(failingId)).isEqualTo(1);
    }
}
