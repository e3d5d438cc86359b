package com.siglume.sdrp.sandbox.http;

import com.siglume.sdrp.internal.SdrpJson;
import com.siglume.sdrp.sandbox.SandboxException;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** A request as a route handler sees it: its path variables, query and body. */
public final class SandboxRequest {

    /** Largest request body the sandbox reads. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private final HttpExchange exchange;
    private final Map<String, String> variables;

    SandboxRequest(HttpExchange exchange, Map<String, String> variables) {
        this.exchange = exchange;
        this.variables = variables;
    }

    /**
     * Returns a path variable.
     *
     * @param name the name in the route's pattern, for example {@code session_id}
     * @return the decoded value
     * @throws IllegalArgumentException when the route's pattern has no such variable
     */
    public String pathVariable(String name) {
        String value = variables.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no path variable " + name);
        }
        return value;
    }

    /**
     * Returns the query parameters, form-decoded as URLSearchParams does; the first of repeated
     * names wins.
     *
     * @return the parameters in their order
     */
    public Map<String, String> query() {
        String raw = exchange.getRequestURI().getRawQuery();
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return Collections.unmodifiableMap(query);
    }

    /**
     * Tells whether the body is an HTML form post.
     *
     * @return {@code true} for {@code application/x-www-form-urlencoded}
     */
    public boolean isFormPost() {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /**
     * Reads the body as a JSON object bound to a record; an empty body is an empty object, as in
     * the reference. Fields the record does not name are ignored.
     *
     * @param type the record
     * @param errorCode the code of the 400 answered when the body is not a JSON object
     * @param <T> the record type
     * @return the bound body
     * @throws SandboxException 400 with {@code errorCode} when the body is not one JSON object;
     *         413 {@code PAYLOAD_TOO_LARGE} when it is over {@value #MAX_BODY_BYTES} bytes
     * @throws IOException when the body cannot be read
     */
    public <T> T jsonBody(Class<T> type, String errorCode) throws IOException {
        byte[] body = body();
        JsonNode tree;
        try {
            tree = body.length == 0 ? SdrpJson.MAPPER.createObjectNode() : SdrpJson.MAPPER.readTree(body);
            if (tree != null && tree.isObject()) {
                return SdrpJson.MAPPER.treeToValue(tree, type);
            }
        } catch (JacksonException e) {
            // Not JSON, or not an object: answered below.
        }
        throw new SandboxException(400, errorCode, "request body must be a JSON object");
    }

    /**
     * Reads the body, for a route that ignores it, so the connection can serve the next request.
     *
     * @throws SandboxException 413 {@code PAYLOAD_TOO_LARGE} when it is over {@value #MAX_BODY_BYTES} bytes
     * @throws IOException when the body cannot be read
     */
    public void discardBody() throws IOException {
        body();
    }

    private byte[] body() throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                if (out.size() > MAX_BODY_BYTES) {
                    throw new SandboxException(413, "PAYLOAD_TOO_LARGE",
                            "request body is larger than " + MAX_BODY_BYTES + " bytes");
                }
            }
            return out.toByteArray();
        }
    }
}
