package com.siglume.sdrp.spring.it.minimal;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

/**
 * A new application exactly as the starter's promise reads: the web starter, this starter,
 * {@code siglume.webhook.secret} set (with {@code siglume.webhook.store=memory}, as it has no
 * database), and one annotated method.
 */
@SpringBootApplication
public class MinimalShopApplication {

    /** The one listener. */
    @Service
    public static class Orders {

        /** The confirmations received, in order. */
        public final List<StandardSettled> paid = new CopyOnWriteArrayList<>();

        @SiglumePaymentListener
        void onPaid(StandardSettled settled) {
            paid.add(settled);
        }
    }
}
