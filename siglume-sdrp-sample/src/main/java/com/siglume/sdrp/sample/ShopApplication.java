package com.siglume.sdrp.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * A small shop that takes Siglume payments through Hosted Checkout and marks orders paid only
 * from the signed, classified webhook. By default it runs against an embedded Siglume sandbox
 * and an embedded H2 database, so it needs no account, network or database server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ShopApplication {

    /**
     * Starts the shop.
     *
     * @param args Spring Boot command-line arguments, for example {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(ShopApplication.class, args);
    }
}
