package com.siglume.sdrp.spring.listener;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.aot.hint.annotation.Reflective;

/**
 * Marks a bean method that receives verified, classified Siglume webhook events.
 *
 * <p>The type of the first parameter selects what the method receives:
 * <ul>
 *   <li>{@link com.siglume.sdrp.confirmation.StandardSettled},
 *       {@link com.siglume.sdrp.confirmation.MeteredUsageAccepted},
 *       {@link com.siglume.sdrp.confirmation.MeteredBatchSettled} or
 *       {@link com.siglume.sdrp.confirmation.Unclassified}: {@code direct_payment.confirmed}
 *       events of that classification;</li>
 *   <li>{@link com.siglume.sdrp.confirmation.PaymentConfirmation}: every
 *       {@code direct_payment.confirmed} event, whatever its classification;</li>
 *   <li>{@link com.siglume.sdrp.spring.checkout.OrderPaid},
 *       {@link com.siglume.sdrp.spring.checkout.OrderFulfilledUnsettled} or
 *       {@link com.siglume.sdrp.spring.checkout.OrderPaymentReview} (or
 *       {@link com.siglume.sdrp.spring.checkout.OrderPaymentEvent} for all three): what the
 *       checkout made of a confirmation by matching it to an order's checkout attempt
 *       (needs the {@link com.siglume.sdrp.spring.checkout.SiglumeCheckout} bean);</li>
 *   <li>{@link com.siglume.sdrp.webhook.WebhookEvent}: events of the types named in
 *       {@link #eventTypes()} (required for this parameter type), for example
 *       {@code direct_payment.spent}.</li>
 * </ul>
 * Further parameters may be a {@link com.siglume.sdrp.webhook.WebhookEvent} and/or a
 * {@link com.siglume.sdrp.webhook.VerifiedWebhook} of the same delivery. The method must return
 * {@code void}. A method that breaks these rules stops the application at startup with a
 * message naming the bean class and method.
 *
 * <p>Listeners run once per event id, inside the event store's transaction, in
 * {@link org.springframework.core.annotation.Order @Order} of the method (or else of the bean);
 * a listener that throws rolls the whole delivery back, the endpoint answers 500 and Siglume
 * delivers the event again later. Readiness-probe deliveries reach no listener.
 *
 * <p>The bean must be a singleton (the default scope): a listener on a prototype-, request-,
 * session- or otherwise scoped bean stops startup, since it could not be called once per event.
 * A {@link org.springframework.context.annotation.Lazy @Lazy} bean is not created for
 * discovery; it is created when its first event arrives.
 *
 * <p>The annotation may be used as a meta-annotation: an annotation type annotated with it
 * marks listeners too, and may redeclare {@link #eventTypes()} with
 * {@link org.springframework.core.annotation.AliasFor @AliasFor}. The methods it marks are
 * registered for reflective invocation when the application is processed ahead of time.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Reflective
public @interface SiglumePaymentListener {

    /**
     * Event types a {@link com.siglume.sdrp.webhook.WebhookEvent} listener receives, for example
     * {@code "direct_payment.spent"}. Required when the first parameter is a
     * {@code WebhookEvent}; not allowed otherwise.
     *
     * @return the event types
     */
    String[] eventTypes() default {};
}
