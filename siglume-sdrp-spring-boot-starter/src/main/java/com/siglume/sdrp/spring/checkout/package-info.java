/**
 * Hosted Checkout for a shop's orders: {@link com.siglume.sdrp.spring.checkout.SiglumeCheckout}
 * starts (or resumes) the checkout of an order, or issues the challenge an agent pays it with
 * through the API, with one active, durable attempt per order, and the confirmations that come
 * back are matched to those attempts and handed to
 * {@link com.siglume.sdrp.spring.listener.SiglumePaymentListener} methods as
 * {@link com.siglume.sdrp.spring.checkout.OrderPaid},
 * {@link com.siglume.sdrp.spring.checkout.OrderFulfilledUnsettled} or
 * {@link com.siglume.sdrp.spring.checkout.OrderPaymentReview}.
 */
@NullMarked
package com.siglume.sdrp.spring.checkout;

import org.jspecify.annotations.NullMarked;
