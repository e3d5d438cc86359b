package com.siglume.sdrp.spring.test;

import com.siglume.sdrp.confirmation.StandardSettled;
import com.siglume.sdrp.spring.listener.SiglumePaymentListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A listener of settled Standard payments that keeps what it receives. The starter refuses to
 * start a webhook endpoint whose payments no listener would fulfil from, so a test of the
 * endpoint that is about something else declares this one.
 */
public class SettledPaymentListener {

    private final List<StandardSettled> settled = new CopyOnWriteArrayList<>();

    @SiglumePaymentListener
    void onSettled(StandardSettled payment) {
        settled.add(payment);
    }

    /**
     * Returns the payments received so far, in order.
     *
     * @return the settled payments
     */
    public List<StandardSettled> settled() {
        return settled;
    }
}
