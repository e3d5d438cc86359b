package com.siglume.sdrp.benchmarks.reactive.shop;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.ReactiveTransactionManager;

/**
 * What both reactive B2 applications share: the transaction manager of the R2DBC connection
 * factory and the shop's orders.
 */
@Configuration(proxyBeanMethods = false)
public class ReactiveShopConfiguration {

    /**
     * The transaction manager of the R2DBC connection factory. Spring Boot 4.1's own one is
     * evaluated before its connection factory exists in these applications and backs off, so it is
     * declared here, as an application would.
     *
     * @param connectionFactory the auto-configured connection factory
     * @return the transaction manager
     */
    @Bean
    ReactiveTransactionManager transactionManager(ConnectionFactory connectionFactory) {
        return new R2dbcTransactionManager(connectionFactory);
    }

    /**
     * The shop's orders.
     *
     * @param database the auto-configured client of the R2DBC connection factory
     * @param merchant the shop's merchant key
     * @return the order access
     */
    @Bean
    ReactiveShopOrders reactiveShopOrders(DatabaseClient database, @Value("${shop.merchant}") String merchant) {
        return new ReactiveShopOrders(database, merchant);
    }
}
