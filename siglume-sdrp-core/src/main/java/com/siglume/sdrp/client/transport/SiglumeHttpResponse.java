package com.siglume.sdrp.client.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The response head and unread body returned by a {@link SiglumeHttpTransport}.
 *
 * <p>Header lookup through {@link #header(String)} or {@link HttpHeaders#firstValue(String)}
 * ignores case. The body is a stream so that large answers (the settlement batch CSV) are never
 * held in memory whole; closing the response closes the stream and releases the connection.
 *
 * @param status the HTTP status code
 * @param headers the response headers
 * @param body the response body, unread; an empty stream when there is none
 */
public record SiglumeHttpResponse(int status, HttpHeaders headers, InputStream body) implements Closeable {

    /**
     * Fills in absent parts: {@code null} headers mean none, a {@code null} body means an empty one.
     */
    public SiglumeHttpResponse {
        headers = headers == null ? HttpHeaders.of(Map.of(), (name, value) -> true) : headers;
        body = body == null ? InputStream.nullInputStream() : body;
    }

    /**
     * Builds a response from a plain header map.
     *
     * @param status the HTTP status code
     * @param headers header names to values (names matched ignoring case), or {@code null}
     * @param body the unread body
     * @return the response
     */
    public static SiglumeHttpResponse of(int status, @Nullable Map<String, List<String>> headers,
            InputStream body) {
        Map<String, List<String>> clean = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (name != null && values != null) {
                    List<String> kept = new ArrayList<>();
                    values.forEach(value -> {
                        if (value != null) {
                            kept.add(value);
                        }
                    });
                    clean.put(name, kept);
                }
            });
        }
        return new SiglumeHttpResponse(status, HttpHeaders.of(clean, (name, value) -> true), body);
    }

    /**
     * Returns the first value of a header, ignoring the case of its name.
     *
     * @param name the header name
     * @return the first value, or empty
     */
    public Optional<String> header(String name) {
        return name == null ? Optional.empty() : headers.firstValue(name);
    }

    /**
     * Closes the body stream.
     *
     * @throws IOException when closing the stream fails
     */
    @Override
    public void close() throws IOException {
        body.close();
    }
}
