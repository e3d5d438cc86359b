package com.example.shop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The shop. */
@SpringBootApplication
public class MyShop {

    public static void main(String[] args) {
        SpringApplication.run(MyShop.class, args);
    }
}
