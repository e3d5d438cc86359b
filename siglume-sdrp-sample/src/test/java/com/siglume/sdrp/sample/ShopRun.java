package com.siglume.sdrp.sample;

import com.siglume.sdrp.sandbox.SiglumeSandbox;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One run of the shop as {@code java -jar} starts it (no test profile), on free ports, closed
 * by the test. For tests that need a real restart or another database.
 */
final class ShopRun implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ShopRun(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts the shop with the given extra arguments, on a free port with its sandbox on a free
     * port.
     */
    static ShopRun start(String... arguments) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--shop.sandbox.port=0"));
        args.addAll(List.of(arguments));
        return new ShopRun(new SpringApplicationBuilder(ShopApplication.class).run(args.toArray(String[]::new)));
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    ShopHttp shop() {
        return ShopHttp.onPort(port());
    }

    SiglumeSandbox sandbox() {
        return context.getBean(SiglumeSandbox.class);
    }

    ShopHttp sandboxHttp() {
        return new ShopHttp(sandbox().baseUrl());
    }

    JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    boolean hasBean(String name) {
        return context.containsBean(name);
    }

    /** The name the JDBC driver gives the database product, for example {@code PostgreSQL}. */
    String databaseProduct() {
        return new JdbcTemplate(context.getBean(DataSource.class))
                .execute((ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
    }

    @Override
    public void close() {
        context.close();
    }
}
