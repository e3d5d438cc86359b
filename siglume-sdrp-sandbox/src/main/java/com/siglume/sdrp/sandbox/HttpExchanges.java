package com.siglume.sdrp.sandbox;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;

/** Reading requests and writing responses on a {@link HttpExchange}. */
final class HttpExchanges {

    /** Largest request body the sandbox reads. */
    static final int MAX_BODY_BYTES = 1 << 20;

    /** The reference sandbox answers every success with these fixed ids. */
    static final Map<String, Object> META = Map.of("request_id", "req_sandbox", "trace_id", "trc_sandbox");

    private HttpExchanges() {
    }

    /** Decoded path segments without the leading empty one: {@code /v1/a%20b/} gives {@code [v1, a b, ""]}. */
    static List<String> segments(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        String[] parts = path.substring(1).split("/", -1);
        List<String> segments = new ArrayList<>(parts.length);
        for (String part : parts) {
            // Keep '+' literal: only the query uses form encoding.
            segments.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
        }
        return Collections.unmodifiableList(segments);
    }

    /** Query parameters, form-decoded as URLSearchParams does; the first of repeated names wins. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> query = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return query;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            query.putIfAbsent(name, value);
        }
        return query;
    }

    static byte[] body(HttpExchange exchange) throws IOException {
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

    /** The body as a JSON object; an empty body is an empty object, as in the reference. */
    static Map<String, Object> jsonObject(HttpExchange exchange, String errorCode) throws IOException {
        byte[] body = body(exchange);
        if (body.length == 0) {
            return new LinkedHashMap<>();
        }
        Object parsed;
        try {
            parsed = Json.MAPPER.readValue(body, Object.class);
        } catch (JacksonException e) {
            throw new SandboxException(400, errorCode, "request body must be a JSON object");
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new SandboxException(400, errorCode, "request body must be a JSON object");
        }
        return SandboxEngine.castMap(map);
    }

    static boolean isFormPost(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    static void envelope(HttpExchange exchange, int status, Object data) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("data", data);
        body.put("meta", META);
        json(exchange, status, body);
    }

    static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        json(exchange, status, Map.of("error", error));
    }

    static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", Json.write(body));
    }

    static void html(HttpExchange exchange, int status, String html) throws IOException {
        exchange.getResponseHeaders().set("Content-Security-Policy", CheckoutPage.CONTENT_SECURITY_POLICY);
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        send(exchange, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(303, -1);
    }

    static void noContent(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(204, -1);
    }

    static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
