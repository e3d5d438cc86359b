package com.siglume.sdrp.client.internal;

import com.siglume.sdrp.SdrpException;
import com.siglume.sdrp.client.Page;
import com.siglume.sdrp.client.RawResponse;
import com.siglume.sdrp.client.RetryPolicy;
import com.siglume.sdrp.client.transport.SiglumeHttpRequest;
import com.siglume.sdrp.client.transport.SiglumeHttpResponse;
import com.siglume.sdrp.client.transport.SiglumeHttpTransport;
import com.siglume.sdrp.client.SiglumeInvalidResponseException;
import com.siglume.sdrp.client.SiglumeOperationListener;
import com.siglume.sdrp.client.SiglumeTransportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP exchange shared by both clients: builds requests, retries per the {@link RetryPolicy},
 * unwraps the {@code {data, meta}} envelope and maps errors to exceptions.
 *
 * <p>Not part of the public API.
 */
public final class ApiHttp {

    private final ClientSettings settings;
    private final SiglumeHttpTransport transport;
    private final DoubleSupplier random;

    public ApiHttp(ClientSettings settings) {
        this.settings = settings;
        this.transport = settings.transport();
        this.random = settings.random() == null ? () -> ThreadLocalRandom.current().nextDouble() : settings.random();
    }

    public String baseUrl() {
        return settings.baseUrl();
    }

    /**
     * How safe it is to send a call again.
     */
    public enum Repeat {
        /** Repeating has the effect of sending once: retried per the policy. */
        IDEMPOTENT,
        /**
         * Repeating could create a second resource: retried only when the API refused it with
         * 429 or no connection was ever made.
         */
        NOT_IDEMPOTENT,
        /** Moves money: never retried unless the client opted in, then retried per the policy. */
        MONEY_MOVING
    }

    /**
     * One API call, described before it is sent.
     *
     * @param operation the client method making the call, for example {@code getMerchant}, as
     *        the {@link SiglumeOperationListener} is told
     * @param method the HTTP method
     * @param path the encoded path and query under the base URL
     * @param body the JSON body (an object, or any JSON value for a raw call), or {@code null} for none
     * @param repeat how safe it is to send the call again
     * @param bearer a token replacing the client's token for this call, or {@code null}
     */
    public record Call(String operation, String method, String path, @Nullable JsonNode body, Repeat repeat,
            @Nullable String bearer) {

        public static Call get(String operation, ApiPath path) {
            return new Call(operation, "GET", path.build(), null, Repeat.IDEMPOTENT, null);
        }

        public static Call post(String operation, ApiPath path, ObjectNode body) {
            return new Call(operation, "POST", path.build(), body, Repeat.IDEMPOTENT, null);
        }

        public Call repeat(Repeat value) {
            return new Call(operation, method, path, body, value, bearer);
        }

        public Call bearer(String value) {
            return new Call(operation, method, path, body, repeat, value);
        }
    }

    /**
     * Sends a JSON call and returns the unwrapped {@code data} (or the body without an envelope,
     * or an empty object for an empty body).
     */
    public JsonNode json(Call call) {
        return json(call, node -> node);
    }

    /**
     * Sends a JSON call and decodes the unwrapped answer with a function that may throw
     * {@link ShapeMismatch} (as {@link #convert} and its siblings do), which becomes a
     * {@link SiglumeInvalidResponseException} with the answer's real status.
     */
    public <T> T json(Call call, Function<JsonNode, T> decode) {
        return execute(call, "application/json", response -> {
            byte[] bytes = readBody(response);
            return decoded(response.status(), bytes, () -> decode.apply(unwrap(response.status(), bytes)));
        });
    }

    /**
     * Sends a JSON call and converts the unwrapped answer to a response type, as
     * {@link #convert} does.
     */
    public <T> T json(Call call, Class<T> type) {
        return execute(call, "application/json", response -> {
            byte[] bytes = readBody(response);
            // The usual answer, an envelope with an object as data, binds without a tree in between.
            T direct = bytes.length == 0 ? null : ClientJson.bindEnvelopeData(bytes, type);
            return direct != null ? direct
                    : decoded(response.status(), bytes, () -> convert(unwrap(response.status(), bytes), type));
        });
    }

    /** Sends a JSON call whose answer is a list, converted as {@link #convertList} does. */
    public <T> List<T> list(Call call, Class<T> type) {
        return json(call, node -> convertList(node, type));
    }

    /** Sends a JSON call whose answer is a page, converted as {@link #convertPage} does. */
    public <T> Page<T> page(Call call, Class<T> itemType) {
        return json(call, node -> convertPage(node, itemType));
    }

    /** Runs a decoding step of an answer, reporting a {@link ShapeMismatch} with the answer's status. */
    public static <T> T decoded(int status, byte[] bytes, Supplier<T> decode) {
        try {
            return decode.get();
        } catch (ShapeMismatch e) {
            throw ApiErrors.unexpected(status, e.getMessage(), ApiErrors.text(bytes));
        }
    }

    /**
     * Sends a raw call: a route this SDK has no method for, through the same token, retries,
     * listener and error mapping as every call. POST and PATCH are retried only as calls that
     * could create something are (after 429, or when no connection was made).
     *
     * @param method {@code GET}, {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}, any case
     * @param path the path and query under the base URL, already encoded (see {@link ApiPath#raw})
     * @param jsonBody the JSON body, or {@code null} for none
     * @return the successful answer as it came
     * @throws com.siglume.sdrp.SdrpValidationException when an input is malformed; nothing is sent
     */
    public RawResponse raw(String method, String path, @Nullable String jsonBody) {
        String verb = Inputs.httpMethod(method);
        String target = ApiPath.raw(path);
        JsonNode body = jsonBody == null ? null : ClientJson.parseStrict("body", jsonBody);
        Repeat repeat = verb.equals("POST") || verb.equals("PATCH") ? Repeat.NOT_IDEMPOTENT : Repeat.IDEMPOTENT;
        Call call = new Call("request", verb, target, body, repeat, null);
        return execute(call, "application/json", response -> {
            byte[] bytes = readBody(response);
            return new RawResponse(response.status(), new String(bytes, StandardCharsets.UTF_8),
                    ApiErrors.requestId(bytes));
        });
    }

    /**
     * Sends a call whose successful answer is streamed, not JSON; returns the open response.
     */
    public SiglumeHttpResponse stream(Call call, String accept) {
        return execute(call, accept, response -> response);
    }

    @FunctionalInterface
    private interface SuccessHandler<R> {
        R handle(SiglumeHttpResponse response) throws IOException;
    }

    /** The status of the last answer an operation got, for its {@link SiglumeOperationListener}. */
    private static final class LastStatus {
        int value;
    }

    private <R> R execute(Call call, String accept, SuccessHandler<R> onSuccess) {
        // Blocking an event loop stalls every request it serves; refuse before anything is sent.
        NonBlockingThreads.refuseBlockingCall(call.operation());
        SiglumeOperationListener operationListener = settings.operationListener();
        if (operationListener == null) {
            return attempts(call, accept, onSuccess, null);
        }
        LastStatus last = new LastStatus();
        SiglumeOperationListener.Operation operation = operationListener.started(call.operation());
        R result;
        try {
            result = attempts(call, accept, onSuccess, last);
        } catch (RuntimeException e) {
            operation.ended(last.value, e);
            throw e;
        }
        operation.ended(last.value, null);
        return result;
    }

    private <R> R attempts(Call call, String accept, SuccessHandler<R> onSuccess, @Nullable LastStatus last) {
        SiglumeHttpRequest request = buildRequest(call, accept);
        Repeat repeat = call.repeat() == Repeat.MONEY_MOVING && settings.retryMoneyMovingCalls() ? Repeat.IDEMPOTENT : call.repeat();
        int maxRetries = repeat == Repeat.MONEY_MOVING ? 0 : settings.retryPolicy().maxRetries();
        Instant start = settings.clock().instant();
        int attempt = 0;
        while (true) {
            attempt++;
            SdrpException failure = null;
            boolean retryable = false;
            Duration retryAfter = null;
            SiglumeHttpResponse response = null;
            try {
                AttemptDeadline deadline = AttemptDeadline.start(settings.timeout());
                response = transport.send(request);
                if (response != null) {
                    // Whatever the transport, the body must be read by the end of the attempt.
                    response = new SiglumeHttpResponse(response.status(), response.headers(),
                            deadline.bound(response.body()));
                    if (last != null) {
                        last.value = response.status();
                    }
                }
            } catch (IOException e) {
                failure = transportFailure(call, e, attempt);
                retryable = !isInterruption(e) && (repeat == Repeat.IDEMPOTENT || e instanceof ConnectException
                        || e instanceof HttpConnectTimeoutException);
            } catch (RuntimeException e) {
                // A custom transport broke its contract; report it without retrying.
                throw new SiglumeTransportException("the HTTP transport failed: " + e.getClass().getName(), false,
                        attempt, e);
            }
            if (response == null) {
                if (failure == null) {
                    throw new SiglumeTransportException("the HTTP transport returned no response", false, attempt, null);
                }
            } else if (response.status() >= 200 && response.status() <= 299) {
                try {
                    return onSuccess.handle(response);
                } catch (IOException e) {
                    closeQuietly(response);
                    failure = transportFailure(call, e, attempt);
                    retryable = !isInterruption(e) && repeat == Repeat.IDEMPOTENT;
                } catch (RuntimeException e) {
                    closeQuietly(response);
                    throw e;
                }
            } else {
                int status = response.status();
                try (SiglumeHttpResponse errorResponse = response) {
                    retryAfter = retryAfter(errorResponse).orElse(null);
                    failure = ApiErrors.errorFor(status, readAll(errorResponse), retryAfter);
                    retryable = status == 429 || (repeat == Repeat.IDEMPOTENT && status >= 500 && status <= 599);
                } catch (IOException e) {
                    failure = transportFailure(call, e, attempt);
                    retryable = !isInterruption(e) && repeat == Repeat.IDEMPOTENT;
                }
            }
            if (!retryable || attempt > maxRetries || Thread.currentThread().isInterrupted()) {
                throw failure;
            }
            Duration wait = retryAfter != null
                    ? min(retryAfter, settings.retryPolicy().maxRetryAfter())
                    : settings.retryPolicy().jittered(settings.retryPolicy().backoff(attempt), random.getAsDouble());
            Duration elapsed = Duration.between(start, settings.clock().instant());
            if (elapsed.plus(wait).compareTo(settings.retryPolicy().maxElapsed()) > 0) {
                throw failure;
            }
            try {
                settings.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    private SiglumeHttpRequest buildRequest(Call call, String accept) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", accept);
        headers.put("Authorization", "Bearer " + (call.bearer() != null ? call.bearer() : settings.token()));
        headers.put("User-Agent", settings.userAgent());
        byte[] body = null;
        if (call.body() != null) {
            headers.put("Content-Type", "application/json");
            body = ClientJson.MAPPER.writeValueAsBytes(call.body());
        }
        return new SiglumeHttpRequest(call.method(), URI.create(settings.baseUrl() + call.path()), headers, body,
                settings.timeout());
    }

    private static byte[] readBody(SiglumeHttpResponse response) throws IOException {
        try (SiglumeHttpResponse closing = response) {
            return readAll(closing);
        }
    }

    /**
     * Reads a body to its end. With a {@code Content-Length}, into an array of that size (the
     * usual answer, a few hundred bytes, needs no growing buffer and no copy), then once more to
     * see the end, which lets the transport finish the exchange.
     */
    private static byte[] readAll(SiglumeHttpResponse response) throws IOException {
        long declared = declaredLength(response);
        InputStream in = response.body();
        if (declared < 0 || declared > EXACT_READ_LIMIT) {
            return readAll(in);
        }
        byte[] bytes = in.readNBytes((int) declared);
        int next = bytes.length < declared ? -1 : in.read();
        if (next < 0) {
            return bytes;
        }
        // More than declared: keep everything, as a body without a length would be kept.
        byte[] rest = readAll(in);
        byte[] all = Arrays.copyOf(bytes, bytes.length + 1 + rest.length);
        all[bytes.length] = (byte) next;
        System.arraycopy(rest, 0, all, bytes.length + 1, rest.length);
        return all;
    }

    /** The {@code data} of an envelope answer, or the answer itself, or an empty object for none. */
    public static JsonNode unwrap(int status, byte[] bytes) {
        if (bytes.length == 0) {
            return ClientJson.object();
        }
        JsonNode parsed = ClientJson.parse(bytes).orElseThrow(() -> ApiErrors.invalidJson(status, bytes));
        if (parsed.isObject() && parsed.has("data")) {
            JsonNode data = parsed.get("data");
            return data == null || data.isNull() ? ClientJson.object() : data;
        }
        return parsed;
    }

    private SiglumeTransportException transportFailure(Call call, IOException e, int attempt) {
        boolean timedOut = e instanceof HttpTimeoutException || e instanceof SocketTimeoutException;
        String what = call.method() + " " + pathWithoutQuery(call.path());
        String message = timedOut
                ? "Siglume API request " + what + " timed out after " + settings.timeout().toMillis() + " ms"
                : isInterruption(e)
                        ? "Siglume API request " + what + " was interrupted"
                        : "Siglume API request " + what + " failed: " + e.getClass().getSimpleName();
        return new SiglumeTransportException(message + " (attempt " + attempt + ")", timedOut, attempt, e);
    }

    private static String pathWithoutQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static boolean isInterruption(IOException e) {
        return (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException))
                || Thread.currentThread().isInterrupted();
    }

    private Optional<Duration> retryAfter(SiglumeHttpResponse response) {
        Optional<String> header = response.header("Retry-After");
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String value = header.get().trim();
        if (!value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            // Long enough digits overflow a long; anything that large is beyond every cap anyway.
            if (value.length() > 12) {
                return Optional.of(settings.retryPolicy().maxRetryAfter());
            }
            return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration wait = Duration.between(settings.clock().instant(), at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Converts an answer to a response type.
     *
     * @throws ShapeMismatch when the answer does not have the documented shape
     */
    public static <T> T convert(JsonNode node, Class<T> type) {
        try {
            T value = ClientJson.MAPPER.treeToValue(node, type);
            if (value == null) {
                throw unexpected(type);
            }
            return value;
        } catch (JacksonException e) {
            throw unexpected(type);
        }
    }

    /**
     * Converts a list answer: a JSON array, or an object whose {@code items} is an array.
     *
     * @throws ShapeMismatch for any other shape
     */
    public static <T> List<T> convertList(JsonNode node, Class<T> type) {
        JsonNode array = node.isArray() ? node : node.isObject() && node.path("items").isArray() ? node.get("items") : null;
        if (array == null) {
            throw unexpected(type);
        }
        List<T> items = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            items.add(convert(item, type));
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * Converts a page answer {@code {items, next_cursor}}.
     *
     * @throws ShapeMismatch for another shape
     */
    public static <T> Page<T> convertPage(JsonNode node, Class<T> itemType) {
        if (!node.isObject() || (node.has("items") && !node.get("items").isArray())) {
            throw unexpected(itemType);
        }
        try {
            Page<T> page = ClientJson.MAPPER.treeToValue(node,
                    ClientJson.MAPPER.getTypeFactory().constructParametricType(Page.class, itemType));
            if (page == null || page.items().stream().anyMatch(java.util.Objects::isNull)) {
                throw unexpected(itemType);
            }
            return page;
        } catch (JacksonException e) {
            throw unexpected(itemType);
        }
    }

    private static ShapeMismatch unexpected(Class<?> type) {
        return new ShapeMismatch("Siglume API returned an answer that is not a valid " + type.getSimpleName() + ".");
    }

    /**
     * An answer without the documented shape, found while converting it; {@link #json(Call, Function)}
     * reports it with the answer's status.
     */
    public static final class ShapeMismatch extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ShapeMismatch(String message) {
            super(message, null, false, false);
        }
    }

    /** The {@code Content-Length} a transport reported, or -1 when there is none it could mean. */
    private static long declaredLength(SiglumeHttpResponse response) {
        try {
            return response.headers().firstValueAsLong("Content-Length").orElse(-1);
        } catch (NumberFormatException malformed) {
            return -1;
        }
    }

    /** Largest declared length read into an array of its size at once. */
    private static final int EXACT_READ_LIMIT = 1 << 20;

    public static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static void closeQuietly(SiglumeHttpResponse response) {
        try {
            response.close();
        } catch (IOException ignored) {
            // The exchange already failed; the close failure adds nothing.
        }
    }
}
