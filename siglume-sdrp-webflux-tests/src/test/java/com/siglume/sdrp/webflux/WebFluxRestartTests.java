package com.siglume.sdrp.webflux;

import static org.assertj.core.api.Assertions.assertThat;

import com.siglume.sdrp.spring.test.IsolatedDatabase;
import com.siglume.sdrp.spring.test.RealDatabase;
import com.siglume.sdrp.spring.test.RequiresDatabase;
import com.siglume.sdrp.spring.test.TestWebhooks;
import com.siglume.sdrp.spring.test.WebhookHttp;
import com.siglume.sdrp.webflux.ReactiveShopApplication.PaymentsListener;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The R2DBC store is durable: the application is stopped and started again on the same database
 * (an H2 file, a PostgreSQL schema), and a redelivery of an event processed before the restart
 * is answered as a duplicate and calls no listener.
 */
class WebFluxRestartTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aRedeliveryAfterARestartOnAnH2FileIsADuplicate(@TempDir Path directory) throws Exception {
        assertRedeliveryAfterRestartIsADuplicate(List.of(
                // The file is the URL path after the (empty) host: file:/// + /tmp/x names /tmp/x.
                "spring.r2dbc.url=r2dbc:h2:file:///" + directory.resolve("shop").toAbsolutePath(),
                "spring.r2dbc.username=sa"));
    }

    @Test
    @RequiresDatabase(RealDatabase.POSTGRESQL)
    void aRedeliveryAfterARestartOnPostgresqlIsADuplicate() throws Exception {
        IsolatedDatabase database = IsolatedDatabase.create(RealDatabase.POSTGRESQL, "restart");
        try {
            assertRedeliveryAfterRestartIsADuplicate(List.of("spring.r2dbc.url=" + R2dbcUrls.of(database),
                    "spring.r2dbc.username=" + database.server().username(),
                    "spring.r2dbc.password=" + database.server().password()));
        } finally {
            database.drop();
        }
    }

    private static void assertRedeliveryAfterRestartIsADuplicate(List<String> databaseProperties) throws Exception {
        String id = WebFluxWebhookEndpointTests.newEventId();
        byte[] body = TestWebhooks.standardSettled(id);
        try (ConfigurableApplicationContext first = start(databaseProperties)) {
            HttpResponse<String> response = post(first, body);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("outcome").asString()).isEqualTo("processed");
            assertThat(first.getBean(PaymentsListener.class).calls(id)).isEqualTo(1);
        }
        try (ConfigurableApplicationContext second = start(databaseProperties)) {
            HttpResponse<String> response = post(second, body);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).get("outcome").asString()).isEqualTo("duplicate");
            PaymentsListener listener = second.getBean(PaymentsListener.class);
            assertThat(listener.calls(id)).isZero();
            assertThat(listener.committedRows(id)).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(List<String> databaseProperties) {
        List<String> properties = new ArrayList<>(databaseProperties);
        properties.add("server.port=0");
        properties.add("siglume.webhook.secret=" + TestWebhooks.SECRET);
        properties.add("siglume.webhook.r2dbc.initialize-schema=always");
        properties.add("spring.sql.init.mode=always");
        return new SpringApplicationBuilder(ReactiveShopApplication.class).properties(properties.toArray(String[]::new))
                .run();
    }

    private static HttpResponse<String> post(ConfigurableApplicationContext context, byte[] body) throws Exception {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new WebhookHttp(port).post("/siglume/webhook", body, TestWebhooks.sign(body));
    }
}
