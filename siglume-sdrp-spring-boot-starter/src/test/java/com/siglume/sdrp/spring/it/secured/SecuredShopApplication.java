package com.siglume.sdrp.spring.it.secured;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A shop with Spring Security in its default configuration and nothing Siglume-specific in its
 * security setup.
 */
@SpringBootApplication
public class SecuredShopApplication {

    /** A protected page and form endpoint. */
    @RestController
    static class ShopController {

        @GetMapping("/orders")
        String orders() {
            return "orders";
        }

        @PostMapping("/orders")
        String create() {
            return "created";
        }
    }

    /** The shop's payment listener. */
    @Component
    public static class Payments {

        /** Event ids received. */
        public final List<String> received = new CopyOnWriteArrayList<>();

        @SiglumePaymentListener
        void settled(StandardSettled settled) {
            received.add(settled.event().id());
        }
    }
}
