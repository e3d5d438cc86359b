package com.siglume.sdrp.sandbox.http;

import java.nio.charset.StandardCharsets;

/** What a route answers; errors are thrown as {@link com.siglume.sdrp.sandbox.SandboxException} instead. */
public sealed interface Reply permits Reply.Data, Reply.Html, Reply.Bytes, Reply.Redirect, Reply.NoContent {

    /**
     * A JSON answer in the API's envelope, {@code {"data": ..., "meta": ...}}.
     *
     * @param status the HTTP status
     * @param data the record (or list of records) written as {@code data}
     */
    record Data(int status, Object data) implements Reply {
    }

    /**
     * An HTML page.
     *
     * @param status the HTTP status
     * @param html the page
     * @param contentSecurityPolicy the page's {@code Content-Security-Policy}
     */
    record Html(int status, String html, String contentSecurityPolicy) implements Reply {
    }

    /**
     * Any other body.
     *
     * @param status the HTTP status
     * @param contentType its {@code Content-Type}
     * @param body the bytes
     */
    record Bytes(int status, String contentType, byte[] body) implements Reply {
    }

    /**
     * A {@code 303 See Other} to a URL, the answer to a form post.
     *
     * @param location where the browser goes
     */
    record Redirect(String location) implements Reply {
    }

    /** A {@code 204} with no body. */
    record NoContent() implements Reply {
    }

    /**
     * A 200 JSON answer.
     *
     * @param data the {@code data}
     * @return the reply
     */
    static Reply ok(Object data) {
        return new Data(200, data);
    }

    /**
     * A 201 JSON answer.
     *
     * @param data the {@code data}
     * @return the reply
     */
    static Reply created(Object data) {
        return new Data(201, data);
    }

    /**
     * A 200 CSV answer.
     *
     * @param csv the text
     * @return the reply
     */
    static Reply csv(String csv) {
        return new Bytes(200, "text/csv; charset=utf-8", csv.getBytes(StandardCharsets.UTF_8));
    }
}
