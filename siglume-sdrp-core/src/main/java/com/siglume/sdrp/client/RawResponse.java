package com.siglume.sdrp.client;

import org.jspecify.annotations.Nullable;

/**
 * A successful answer of a raw call, {@link SiglumeMerchantClient#request(String, String, String)}
 * or {@link SiglumePaymentClient#request(String, String, String)}, as it came.
 *
 * @param status the HTTP status, from 200 to 299 (any other status throws as every call does)
 * @param body the body as UTF-8 text, exactly as sent (an envelope {@code {"data": ..., "meta": ...}}
 *        included); empty when there was none
 * @param requestId the request id the answer carries ({@code meta.request_id}, else a top-level
 *        {@code request_id}), or {@code null}
 */
public record RawResponse(int status, String body, @Nullable String requestId) {
}
