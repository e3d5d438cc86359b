package com.siglume.sdrp.benchmarks.startup;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The shop's payment listener, present only when the starter is on the class path (the condition
 * is read from the class file, so without the starter this class is never loaded).
 */
@Component
@ConditionalOnClass(name = "com.siglume.sdrp.spring.listener.SiglumePaymentListener")
class OrderPaymentListener {

    private final JdbcTemplate jdbc;

    OrderPaymentListener(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @SiglumePaymentListener
    public void onStandardSettled(StandardSettled settled) {
        jdbc.update("UPDATE shop_order SET status = 'paid' WHERE challenge_hash = ? AND status = 'created'",
                settled.challengeHash());
    }
}
