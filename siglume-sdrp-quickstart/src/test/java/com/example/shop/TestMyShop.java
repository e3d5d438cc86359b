package com.example.shop;

import com.siglume.sdrp.sandbox.boot.SiglumeSandboxConfiguration;
import org.springframework.boot.SpringApplication;

/** Runs the shop against a Siglume sandbox started with it: {@code ./mvnw spring-boot:test-run}. */
public class TestMyShop {

    public static void main(String[] args) {
        SpringApplication.from(MyShop::main).with(SiglumeSandboxConfiguration.class).run(args);
    }
}
