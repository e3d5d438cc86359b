package com.siglume.sdrp.sample.web;

import com.siglume.sdrp.client.HostedCheckoutNotAvailableException;
import com.siglume.sdrp.client.SiglumeApiException;
import com.siglume.sdrp.client.SiglumeTransportException;
import com.siglume.sdrp.sample.agent.AgentOfferController;
import com.siglume.sdrp.sample.checkout.CheckoutController;
import com.siglume.sdrp.sample.checkout.InvalidCheckoutRequestException;
import com.siglume.sdrp.sample.order.OrderController;
import com.siglume.sdrp.sample.order.OrderNotFoundException;
import com.siglume.sdrp.spring.checkout.CheckoutRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every refusal of the shop into a short JSON answer ({@link ApiError}): the shop's own
 * ({@link OrderNotFoundException}, {@link InvalidCheckoutRequestException},
 * {@link CheckoutRefusedException}, Siglume API failures) and Spring MVC's, including those raised
 * before a controller is chosen (wrong method, content type or {@code Accept}, an unknown path),
 * which a controller-scoped advice would never see. Buyers see one plain sentence; the details
 * (status, error code, request id) go to the server log only.
 *
 * @see CheckoutController
 * @see AgentOfferController
 * @see OrderController
 */
@RestControllerAdvice
public class ShopErrorHandler extends ResponseEntityExceptionHandler {

    /** Shown when Hosted Checkout is not enabled for the merchant account. */
    public static final String HOSTED_CHECKOUT_UNAVAILABLE =
            "Paying with Siglume is not available for this shop yet. Please choose another payment method.";

    /** Shown when the Siglume API failed or did not answer. */
    public static final String PAYMENT_UNAVAILABLE = "Payment is temporarily unavailable. Please try again shortly.";

    /** Shown for a body that is not JSON. */
    public static final String INVALID_JSON = "The request body must be JSON like {\"order_id\": \"order_123\"}.";

    /** Shown for a body sent with another content type than JSON. */
    public static final String NOT_JSON = "Send the request with Content-Type: application/json.";

    /** Shown for an unknown order. */
    public static final String ORDER_NOT_FOUND = "Order not found.";

    /** Shown for a path the shop does not serve. */
    public static final String NOT_FOUND = "There is nothing at this address.";

    /** Shown when the request's {@code Accept} header excludes JSON. */
    public static final String JSON_ONLY = "This endpoint answers JSON only: send Accept: application/json.";

    private static final Logger log = LoggerFactory.getLogger(ShopErrorHandler.class);

    /**
     * Unknown order: 404.
     *
     * @param e the failure
     * @return the answer
     */
    @ExceptionHandler(OrderNotFoundException.class)
    public ResponseEntity<ApiError> orderNotFound(OrderNotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, ORDER_NOT_FOUND);
    }

    /**
     * Missing {@code order_id}: 400.
     *
     * @param e the failure
     * @return the answer
     */
    @ExceptionHandler(InvalidCheckoutRequestException.class)
    public ResponseEntity<ApiError> invalidRequest(InvalidCheckoutRequestException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /**
     * The order cannot be paid now (paid, under review, being confirmed, open in Hosted Checkout):
     * 409 with the reason's buyer message.
     *
     * @param e the failure
     * @return the answer
     */
    @ExceptionHandler(CheckoutRefusedException.class)
    public ResponseEntity<ApiError> refused(CheckoutRefusedException e) {
        log.info("Checkout refused for order {}: {}", e.orderId(), e.reason().wireName());
        return answer(HttpStatus.CONFLICT, e.reason().buyerMessage());
    }

    /**
     * Hosted Checkout is not enabled for the account: 409 with a friendly message. Do not retry.
     *
     * @param e the failure
     * @return the answer
     */
    @ExceptionHandler(HostedCheckoutNotAvailableException.class)
    public ResponseEntity<ApiError> hostedCheckoutUnavailable(HostedCheckoutNotAvailableException e) {
        log.warn("Hosted Checkout is not enabled for this merchant (status {}, code {}, request_id {}); "
                + "ask Siglume to enable it", e.status(), e.code(), e.requestId());
        return answer(HttpStatus.CONFLICT, HOSTED_CHECKOUT_UNAVAILABLE);
    }

    /**
     * The Siglume API refused the call: 502.
     *
     * @param e the failure
     * @return the answer
     */
    @ExceptionHandler(SiglumeApiException.class)
    public ResponseEntity<ApiError> apiError(SiglumeApiException e) {
        log.error("Siglume API error: status {}, code {}, request_id {}, trace_id {}: {}", e.status(), e.code(),
                e.requestId(), e.traceId(), e.getMessage());
        return answer(HttpStatus.BAD_GATEWAY, PAYMENT_UNAVAILABLE);
    }

    /**
     * The Siglume API did not answer: 502.
     *
     * @param e the failure
     * @return the answer
     */
    @ExceptionHandler(SiglumeTransportException.class)
    public ResponseEntity<ApiError> transportError(SiglumeTransportException e) {
        log.error("Siglume API unreachable after {} attempt(s) (timeout: {}): {}", e.attempts(), e.isTimeout(),
                e.getMessage());
        return answer(HttpStatus.BAD_GATEWAY, PAYMENT_UNAVAILABLE);
    }

    /**
     * Spring MVC's own refusals (400, 404, 405, 406, 415, …) with the shop's body instead of a
     * problem detail. The headers Spring sets ({@code Allow}, {@code Accept}) are kept.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        HttpHeaders answerHeaders = new HttpHeaders();
        answerHeaders.addAll(headers);
        answerHeaders.setContentType(MediaType.APPLICATION_JSON);
        return ResponseEntity.status(statusCode).headers(answerHeaders).body(new ApiError(messageFor(e, statusCode)));
    }

    private static String messageFor(Exception e, HttpStatusCode statusCode) {
        if (e instanceof HttpMessageNotReadableException) {
            return INVALID_JSON;
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return NOT_JSON;
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return JSON_ONLY;
        }
        if (e instanceof HttpRequestMethodNotSupportedException unsupported) {
            String[] supported = unsupported.getSupportedMethods();
            return "This address does not accept " + unsupported.getMethod() + "."
                    + (supported == null || supported.length == 0 ? "" : " Use " + String.join(" or ", supported) + ".");
        }
        if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
            return NOT_FOUND;
        }
        HttpStatus status = HttpStatus.resolve(statusCode.value());
        return "The request was refused" + (status == null ? "" : " (" + status.getReasonPhrase() + ")") + ".";
    }

    /**
     * Every answer of this class: JSON whatever the request's {@code Accept} header said, so even a
     * 406 carries the documented body.
     */
    private static ResponseEntity<ApiError> answer(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(new ApiError(message));
    }
}
