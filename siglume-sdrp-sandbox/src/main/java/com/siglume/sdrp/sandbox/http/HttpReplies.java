package com.siglume.sdrp.sandbox.http;

import com.siglume.sdrp.internal.SdrpJson;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Writes replies and errors on an exchange, with the headers every sandbox answer has. */
final class HttpReplies {

    /** The reference sandbox answers every success with these fixed ids. */
    private static final Meta META = new Meta("req_sandbox", "trc_sandbox");

    private HttpReplies() {
    }

    /** The envelope of every JSON success. */
    private record Envelope(Object data, Meta meta) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    private record Meta(String requestId, String traceId) {
    }

    /** Every error answer: {@code {"error": {"code", "message"}}} and no {@code meta}. */
    private record ErrorBody(Detail error) {

        private record Detail(String code, String message) {
        }
    }

    static void write(HttpExchange exchange, Reply reply) throws IOException {
        if (reply instanceof Reply.Data data) {
            json(exchange, data.status(), new Envelope(data.data(), META));
        } else if (reply instanceof Reply.Html html) {
            exchange.getResponseHeaders().set("Content-Security-Policy", html.contentSecurityPolicy());
            exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
            send(exchange, html.status(), "text/html; charset=utf-8",
                    html.html().getBytes(StandardCharsets.UTF_8));
        } else if (reply instanceof Reply.Bytes bytes) {
            send(exchange, bytes.status(), bytes.contentType(), bytes.body());
        } else if (reply instanceof Reply.Redirect redirect) {
            exchange.getResponseHeaders().set("Location", redirect.location());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(303, -1);
        } else {
            exchange.sendResponseHeaders(204, -1);
        }
    }

    static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        json(exchange, status, new ErrorBody(new ErrorBody.Detail(code, message)));
    }

    private static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", SdrpJson.MAPPER.writeValueAsBytes(body));
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
